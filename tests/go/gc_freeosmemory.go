package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var big [][]byte

func main() {
	for i := 0; i < 64; i++ {
		big = append(big, make([]byte, 64<<10))
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("HeapAlloc >= 4MiB:", m.HeapAlloc >= 4<<20)
	before := m.NumGC
	big = nil
	debug.FreeOSMemory()
	runtime.ReadMemStats(&m)
	fmt.Println("HeapReleased > 0:", m.HeapReleased > 0)
	fmt.Println("GC ran:", m.NumGC > before)
	fmt.Println("HeapAlloc < 4MiB:", m.HeapAlloc < 4<<20)
	fmt.Println("HeapIdle >= HeapReleased:", m.HeapIdle >= m.HeapReleased)
}
