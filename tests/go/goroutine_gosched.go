package main

import (
	"fmt"
	"runtime"
)

func main() {
	// Ping-pong using channels; Gosched calls must not disturb a channel-forced order.
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			runtime.Gosched()
			pong <- v * 2
		}
		close(pong)
	}()
	for i := 1; i <= 4; i++ {
		ping <- i
		runtime.Gosched()
		fmt.Println("got", <-pong)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong closed:", !ok)

	// Gosched in a spin wait lets another goroutine make progress.
	flag := make(chan bool, 1)
	go func() { flag <- true }()
	spins := 0
	for len(flag) == 0 {
		runtime.Gosched()
		spins++
	}
	fmt.Println("flag set:", <-flag, "spun:", spins > 0 || spins == 0)

	// Gosched in main with nothing else runnable just returns.
	for i := 0; i < 3; i++ {
		runtime.Gosched()
	}
	fmt.Println("done")
}
