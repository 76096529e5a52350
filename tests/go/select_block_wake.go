package main

import (
	"fmt"
	"time"
)

func main() {
	// A select blocked on several channels is woken by whichever gets a value.
	a := make(chan string)
	b := make(chan string)
	go func() {
		time.Sleep(20 * time.Millisecond)
		b <- "b first"
		time.Sleep(40 * time.Millisecond)
		a <- "a second"
	}()
	for i := 0; i < 2; i++ {
		select {
		case s := <-a:
			fmt.Println(s)
		case s := <-b:
			fmt.Println(s)
		}
	}

	// Closing a channel wakes a select waiting on it.
	quit := make(chan struct{})
	data := make(chan int)
	go func() {
		time.Sleep(10 * time.Millisecond)
		close(quit)
	}()
	select {
	case <-data:
		fmt.Println("data")
	case _, ok := <-quit:
		fmt.Println("quit closed, ok =", ok)
	}

	// Two selects communicating with each other.
	c := make(chan int)
	res := make(chan int)
	go func() {
		select {
		case v := <-c:
			res <- v + 1
		}
	}()
	select {
	case c <- 41:
	}
	fmt.Println(<-res)
}
