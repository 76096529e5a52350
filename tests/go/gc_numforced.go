package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

func main() {
	// Disable automatic GC so only forced cycles happen.
	old := debug.SetGCPercent(-1)
	fmt.Println("default GC percent:", old)
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	forced0, num0 := m.NumForcedGC, m.NumGC
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	runtime.ReadMemStats(&m)
	fmt.Println("forced delta:", m.NumForcedGC-forced0)
	fmt.Println("NumGC delta:", m.NumGC-num0)
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("forced delta:", m.NumForcedGC-forced0)
	fmt.Println("EnableGC:", m.EnableGC)
	fmt.Println("restored from:", debug.SetGCPercent(old))
}
