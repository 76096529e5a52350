package main

import (
	"fmt"
	"runtime/debug"
)

// debug.SetTraceback accepts Go's levels; "all" adds the other goroutines to the report of the
// panic that ends the program.
func main() {
	for _, l := range []string{"none", "single", "system", "1", "bogus", "all"} {
		debug.SetTraceback(l)
		fmt.Println("set", l)
	}
	block := make(chan int)
	go func() { <-block }()
	panic(fmt.Sprintf("boom %d", 42))
}
