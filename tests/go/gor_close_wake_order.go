// close wakes every waiter; Go readies them so that the first waiter runs first and the rest
// follow in reverse order.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	c := make(chan int)
	done := make(chan int, 10)
	for i := 0; i < 4; i++ {
		go func(i int) {
			v, ok := <-c
			fmt.Println("r", i, v, ok)
			done <- i
		}(i)
	}
	runtime.Gosched()
	close(c)
	fmt.Println("closed")
	for i := 0; i < 4; i++ {
		<-done
	}

	// Senders blocked on a channel that gets closed panic; receivers queued with them first.
	d := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) {
			defer func() { fmt.Println("sender", i, recover()); done <- i }()
			d <- i
		}(i)
	}
	runtime.Gosched()
	close(d)
	for i := 0; i < 3; i++ {
		<-done
	}
	fmt.Println("end")
}
