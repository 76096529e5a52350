package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var sink []byte

// With GOGC=off the memory limit alone paces the collector: the heap goal (NextGC) drops below
// the limit and the garbage is collected as the heap nears it.
func main() {
	debug.SetGCPercent(-1)
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("NextGC without a limit is huge:", m.NextGC > 1<<62)

	const limit = 32 << 20
	fmt.Println("previous limit is MaxInt64:", debug.SetMemoryLimit(limit) == 1<<63-1)
	runtime.ReadMemStats(&m)
	fmt.Println("NextGC under the limit:", m.NextGC < limit)
	fmt.Println("NextGC above the live heap:", m.NextGC > m.HeapAlloc)
	n0 := m.NumGC

	// 256 MiB of garbage in 8 KiB pieces; 1 piece in 256 stays live (1 MiB).
	var keep [][]byte
	maxHeap := uint64(0)
	for i := 0; i < 32768; i++ {
		b := make([]byte, 8192)
		b[0] = byte(i)
		if i%256 == 0 {
			keep = append(keep, b)
		}
		sink = b
		if i%1024 == 0 {
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > maxHeap {
				maxHeap = m.HeapAlloc
			}
		}
	}
	runtime.ReadMemStats(&m)
	fmt.Println("collections ran:", m.NumGC > n0)
	fmt.Println("heap stayed under the limit:", maxHeap < limit)
	fmt.Println("retained heap under the limit:", m.HeapSys-m.HeapReleased < limit)
	fmt.Println("kept:", len(keep), keep[5][0])

	// Without the limit the goal is huge again.
	debug.SetMemoryLimit(1<<63 - 1)
	runtime.ReadMemStats(&m)
	fmt.Println("NextGC huge again:", m.NextGC > 1<<62)
	debug.SetGCPercent(100)
	runtime.ReadMemStats(&m)
	fmt.Println("GOGC goal is back:", m.NextGC < 1<<40)
}
