package main

import (
	"fmt"
	"runtime"
)

type rec struct {
	a, b, c, d, e, f int64
}

var sink []*rec

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.NumGC
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("NumGC increased:", m.NumGC > before)
	fmt.Println("HeapAlloc > 0:", m.HeapAlloc > 0)
	fmt.Println("Alloc == HeapAlloc:", m.Alloc == m.HeapAlloc)
	fmt.Println("Mallocs >= Frees:", m.Mallocs >= m.Frees)
	fmt.Println("HeapObjects == Mallocs-Frees:", m.HeapObjects == m.Mallocs-m.Frees)
	fmt.Println("TotalAlloc >= HeapAlloc:", m.TotalAlloc >= m.HeapAlloc)
	fmt.Println("Sys > 0:", m.Sys > 0)
	fmt.Println("HeapSys >= HeapInuse:", m.HeapSys >= m.HeapInuse)
	fmt.Println("len(BySize):", len(m.BySize))
	fmt.Println("BySize[0].Size:", m.BySize[0].Size)
	fmt.Println("BySize[1].Size:", m.BySize[1].Size)
	fmt.Println("BySize[2].Size:", m.BySize[2].Size)
	fmt.Println("EnableGC:", m.EnableGC)
	fmt.Println("DebugGC:", m.DebugGC)
	fmt.Println("NextGC > 0:", m.NextGC > 0)
	fmt.Println("LastGC > 0:", m.LastGC > 0)
	fmt.Println("PauseTotalNs >= 0:", m.PauseTotalNs >= 0)
	fmt.Println("len(PauseNs):", len(m.PauseNs), "len(PauseEnd):", len(m.PauseEnd))
	fmt.Printf("%T %T %T\n", m.HeapAlloc, m.NumGC, m.GCCPUFraction)

	// Allocating 1000 objects of 48 bytes shows up in Mallocs.
	runtime.ReadMemStats(&m)
	mallocs := m.Mallocs
	total := m.TotalAlloc
	for i := 0; i < 1000; i++ {
		sink = append(sink, &rec{a: int64(i)})
	}
	runtime.ReadMemStats(&m)
	fmt.Println("Mallocs delta >= 1000:", m.Mallocs-mallocs >= 1000)
	fmt.Println("TotalAlloc delta >= 48000:", m.TotalAlloc-total >= 48000)
	fmt.Println("live objects kept:", len(sink), sink[999].a)
	sink = nil
	runtime.GC()
	var m2 runtime.MemStats
	runtime.ReadMemStats(&m2)
	fmt.Println("Frees increased:", m2.Frees > m.Frees)
}
