package main

import (
	"fmt"
	"runtime"
)

// Goroutines blocked on a channel are served in the order they blocked (FIFO wait
// queues); with GOMAXPROCS=1 they block in the order they were scheduled.
func main() {
	c := make(chan int)
	for i := 0; i < 4; i++ {
		go func(i int) { c <- i }(i)
	}
	for i := 0; i < 4; i++ {
		fmt.Print(<-c, " ")
	}
	fmt.Println()

	// A goroutine made runnable by a send runs after the sender blocks or yields.
	ping := make(chan string)
	done := make(chan bool)
	go func() {
		for s := range ping {
			fmt.Println("recv", s)
		}
		done <- true
	}()
	for _, s := range []string{"a", "b", "c"} {
		fmt.Println("send", s)
		ping <- s
	}
	close(ping)
	<-done

	// Unblocked receivers on a buffered channel.
	b := make(chan int, 3)
	out := make(chan int, 3)
	for i := 0; i < 3; i++ {
		go func(i int) { out <- i*10 + <-b }(i)
	}
	runtime.Gosched()
	for i := 1; i <= 3; i++ {
		b <- i
	}
	for i := 0; i < 3; i++ {
		fmt.Print(<-out, " ")
	}
	fmt.Println()
}
