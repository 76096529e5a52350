package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	done := make(chan string)
	time.AfterFunc(20*time.Millisecond, func() { done <- "after func ran" })
	fmt.Println(<-done)

	// Stopping an AfterFunc timer before it fires prevents the call.
	ran := false
	var mu sync.Mutex
	t := time.AfterFunc(30*time.Millisecond, func() {
		mu.Lock()
		ran = true
		mu.Unlock()
	})
	fmt.Println("stopped:", t.Stop())
	time.Sleep(60 * time.Millisecond)
	mu.Lock()
	fmt.Println("ran:", ran)
	mu.Unlock()

	// Several AfterFuncs fire in deadline order.
	out := make(chan int, 3)
	for _, ms := range []int{60, 20, 40} {
		ms := ms
		time.AfterFunc(time.Duration(ms)*time.Millisecond, func() { out <- ms })
	}
	fmt.Println(<-out, <-out, <-out)

	// Reset re-arms a fired AfterFunc timer.
	count := make(chan int, 2)
	n := 0
	var t2 *time.Timer
	t2 = time.AfterFunc(5*time.Millisecond, func() {
		n++
		count <- n
	})
	fmt.Println(<-count)
	fmt.Println("reset:", t2.Reset(5*time.Millisecond))
	fmt.Println(<-count)
	fmt.Println("C is nil:", t2.C == nil)
}
