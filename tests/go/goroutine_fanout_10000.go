package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 10000
	// Fan-out: one goroutine per item; fan-in through a single channel.
	results := make(chan int)
	for i := 0; i < n; i++ {
		go func(v int) { results <- v % 7 }(i)
	}
	sum := 0
	counts := make([]int, 7)
	for i := 0; i < n; i++ {
		v := <-results
		sum += v
		counts[v]++
	}
	fmt.Println(sum, counts)

	// Results collected by index.
	sq := make([]int, n)
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			defer wg.Done()
			sq[i] = i * i
		}(i)
	}
	wg.Wait()
	total := 0
	for _, v := range sq {
		total += v
	}
	fmt.Println(total, sq[9999])

	// A chain of 10000 goroutines passing a value along.
	first := make(chan int)
	in := first
	for i := 0; i < n; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) { out <- 1 + <-in }(in, out)
		in = out
	}
	first <- 0
	fmt.Println(<-in)
}
