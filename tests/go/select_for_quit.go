package main

import (
	"fmt"
	"sync"
)

func fibonacci(c chan<- int, quit <-chan struct{}) int {
	x, y := 0, 1
	sent := 0
	for {
		select {
		case c <- x:
			x, y = y, x+y
			sent++
		case <-quit:
			return sent
		}
	}
}

func main() {
	c := make(chan int)
	quit := make(chan struct{})
	res := make(chan int)
	go func() { res <- fibonacci(c, quit) }()
	for i := 0; i < 10; i++ {
		fmt.Print(<-c, " ")
	}
	fmt.Println()
	close(quit)
	fmt.Println("sent", <-res)

	// A worker loop that processes jobs until told to stop.
	jobs := make(chan int)
	stop := make(chan bool)
	var wg sync.WaitGroup
	total := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case j := <-jobs:
				total += j
			case <-stop:
				fmt.Println("worker stopping")
				return
			}
		}
	}()
	for i := 1; i <= 5; i++ {
		jobs <- i
	}
	stop <- true
	wg.Wait()
	fmt.Println("total", total)

	// Labeled break out of a for-select.
	data := make(chan int, 3)
	data <- 1
	data <- 2
	data <- 3
	close(data)
	count := 0
outer:
	for {
		select {
		case v, ok := <-data:
			if !ok {
				break outer
			}
			count += v
		}
	}
	fmt.Println("count", count)

	// break inside select only leaves the select.
	iters := 0
	for i := 0; i < 3; i++ {
		select {
		default:
			iters++
			break
		}
	}
	fmt.Println("iters", iters)
}
