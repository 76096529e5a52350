package main

import (
	"fmt"
	"runtime/debug"
)

type big struct{ a [64]int }

func grow(b big, n int) big {
	b.a[n%64] = n
	r := grow(b, n+1)
	r.a[0]++
	return r
}

// The limit applies to every goroutine, and recover cannot catch a stack overflow.
func main() {
	debug.SetMaxStack(4 << 20)
	done := make(chan bool)
	go func() {
		defer func() {
			fmt.Println("recovered:", recover())
			done <- true
		}()
		grow(big{}, 0)
	}()
	<-done
	fmt.Println("unreachable")
}
