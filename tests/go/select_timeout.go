package main

import (
	"fmt"
	"time"
)

func main() {
	// Nothing ever arrives: the timeout fires.
	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("got", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}

	// The value arrives well before the timeout.
	fast := make(chan string)
	go func() { fast <- "fast result" }()
	select {
	case s := <-fast:
		fmt.Println(s)
	case <-time.After(500 * time.Millisecond):
		fmt.Println("timeout")
	}

	// A slow producer loses against a short timeout, then is received later.
	slow := make(chan string, 1)
	go func() {
		time.Sleep(100 * time.Millisecond)
		slow <- "slow result"
	}()
	select {
	case s := <-slow:
		fmt.Println(s)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timed out waiting for slow")
	}
	fmt.Println(<-slow)

	// A timer value from time.After has type <-chan time.Time.
	t := time.After(time.Millisecond)
	fmt.Printf("%T\n", t)
	v := <-t
	fmt.Println(v.IsZero())

	// Timeout per iteration in a loop.
	results := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			results <- i
		}
	}()
	for {
		select {
		case r := <-results:
			fmt.Println("result", r)
			continue
		case <-time.After(50 * time.Millisecond):
			fmt.Println("no more results")
		}
		break
	}
}
