// A sender blocked on a channel panics when the channel is closed under it.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	c := make(chan int)
	go func() {
		fmt.Println("sending")
		c <- 1
	}()
	runtime.Gosched()
	close(c)
	runtime.Gosched()
	fmt.Println("unreachable")
}
