package main

import (
	"fmt"
	"runtime/debug"
)

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [8]int
	pad[n%8] = n
	return depth(n-1) + 1 + pad[0]*0
}

// debug.SetMaxStack returns the previous setting; any value is stored as given. Recursion well
// within the limit works, in main and in a goroutine.
func main() {
	fmt.Println(debug.SetMaxStack(1 << 20))
	fmt.Println(debug.SetMaxStack(-7))
	fmt.Println(debug.SetMaxStack(5))
	fmt.Println(debug.SetMaxStack(1000000000))
	fmt.Println(depth(100000))
	done := make(chan int)
	go func() { done <- depth(50000) }()
	fmt.Println(<-done)
	old := debug.SetMaxStack(64 << 20)
	fmt.Println(old, depth(10000))
}
