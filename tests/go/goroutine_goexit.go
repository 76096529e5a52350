package main

import (
	"fmt"
	"runtime"
)

func inner(log chan<- string) {
	defer func() { log <- "inner defer" }()
	runtime.Goexit()
	log <- "unreachable"
}

func main() {
	log := make(chan string, 10)
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() { log <- "outer defer 1" }()
		defer func() {
			// recover returns nil during Goexit: it is not a panic.
			log <- fmt.Sprint("recover: ", recover())
		}()
		inner(log)
		log <- "after inner (unreachable)"
	}()
	<-done
	close(log)
	for s := range log {
		fmt.Println(s)
	}

	// Goexit in a goroutine reports results through a channel written by a defer.
	res := make(chan int)
	go func() {
		n := 0
		defer func() { res <- n }()
		for i := 0; i < 10; i++ {
			n += i
			if i == 4 {
				runtime.Goexit()
			}
		}
	}()
	fmt.Println("partial sum:", <-res)
}
