package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	// Goroutines started in one order wake in sleep-length order (gaps of 30 ms).
	var mu sync.Mutex
	var order []string
	var wg sync.WaitGroup
	delays := map[string]int{"c": 90, "a": 30, "b": 60}
	for _, name := range []string{"c", "a", "b"} {
		wg.Add(1)
		go func(name string, ms int) {
			defer wg.Done()
			time.Sleep(time.Duration(ms) * time.Millisecond)
			mu.Lock()
			order = append(order, name)
			mu.Unlock()
		}(name, delays[name])
	}
	wg.Wait()
	fmt.Println(order)

	// Sleep of zero or negative duration returns immediately.
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println("zero sleeps ok")

	// Sleeping main lets goroutines run.
	done := false
	go func() { done = true }()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("done:", done)

	// Sleep sort.
	out := make(chan int)
	for _, v := range []int{3, 1, 2} {
		go func(v int) {
			time.Sleep(time.Duration(v) * 25 * time.Millisecond)
			out <- v
		}(v)
	}
	fmt.Println(<-out, <-out, <-out)
}
