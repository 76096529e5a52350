package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type node struct {
	next *node
	pad  [56]byte
}

var sink *node

// A limit below the live heap: the collector runs often but the program still makes progress,
// and the heap goal never drops below what the last cycle found live.
func main() {
	debug.SetMemoryLimit(4 << 20)
	var live *node
	for i := 0; i < 200000; i++ { // ~12 MiB live
		live = &node{next: live}
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	n0 := m.NumGC
	for i := 0; i < 300000; i++ {
		sink = &node{}
	}
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("collections ran:", m.NumGC > n0)
	fmt.Println("NextGC at least the live heap:", m.NextGC >= m.HeapAlloc)
	n := 0
	for p := live; p != nil; p = p.next {
		n++
	}
	fmt.Println("live nodes:", n)
	// Raising the limit with GOGC=100 gives back the GOGC goal.
	debug.SetMemoryLimit(1 << 40)
	runtime.ReadMemStats(&m)
	fmt.Println("NextGC above the live heap:", m.NextGC > m.HeapAlloc)
}
