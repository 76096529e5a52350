package main

import (
	"fmt"
	"runtime/debug"
)

func main() {
	fmt.Println(debug.SetGCPercent(50))
	fmt.Println(debug.SetGCPercent(200))
	fmt.Println(debug.SetGCPercent(-1))
	fmt.Println(debug.SetGCPercent(-5))
	fmt.Println(debug.SetGCPercent(0))
	fmt.Println(debug.SetGCPercent(100))
	fmt.Println(debug.SetGCPercent(100))

	// Allocation still works with GC disabled.
	debug.SetGCPercent(-1)
	var keep [][]byte
	for i := 0; i < 100; i++ {
		keep = append(keep, make([]byte, 1024))
	}
	fmt.Println(len(keep), len(keep[99]))
	fmt.Println(debug.SetGCPercent(100))
}
