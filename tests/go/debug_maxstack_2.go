package main

import (
	"fmt"
	"runtime/debug"
)

var calls int

func recurse(n int) int {
	calls++
	var pad [16]int
	pad[n%16] = n
	return recurse(n+1) + pad[3]
}

// Past debug.SetMaxStack's limit a goroutine dies with Go's fatal "stack overflow".
func main() {
	fmt.Println("previous:", debug.SetMaxStack(1<<20))
	fmt.Println("recursing")
	recurse(0)
	fmt.Println("unreachable")
}
