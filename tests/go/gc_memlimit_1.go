package main

import (
	"fmt"
	"math"
	"runtime/debug"
)

// debug.SetMemoryLimit returns the previous limit; a negative limit only reads it.
func main() {
	fmt.Println("default is MaxInt64:", debug.SetMemoryLimit(-1) == math.MaxInt64)
	fmt.Println(debug.SetMemoryLimit(64 << 20))
	fmt.Println(debug.SetMemoryLimit(-1))
	fmt.Println(debug.SetMemoryLimit(-12345))
	fmt.Println(debug.SetMemoryLimit(0))
	fmt.Println(debug.SetMemoryLimit(1))
	fmt.Println(debug.SetMemoryLimit(math.MaxInt64))
	fmt.Println(debug.SetMemoryLimit(math.MinInt64) == math.MaxInt64)
	var limit int64 = 3 << 30
	old := debug.SetMemoryLimit(limit)
	fmt.Println(old == math.MaxInt64, debug.SetMemoryLimit(old) == limit)
}
