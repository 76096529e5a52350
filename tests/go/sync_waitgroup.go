package main

import (
	"fmt"
	"sync"
)

type stats struct {
	wg  sync.WaitGroup
	mu  sync.Mutex
	sum int
}

func (s *stats) add(v int) {
	defer s.wg.Done()
	s.mu.Lock()
	s.sum += v
	s.mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 8)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i * 3
		}(i)
	}
	wg.Wait()
	fmt.Println(results)

	// Add with a count greater than one.
	var wg2 sync.WaitGroup
	wg2.Add(3)
	out := make(chan string, 3)
	for _, s := range []string{"x", "y", "z"} {
		go func(s string) {
			out <- s
			wg2.Done()
		}(s)
	}
	wg2.Wait()
	close(out)
	fmt.Println(len(out))

	// Wait with a zero counter returns at once; a WaitGroup can be reused.
	var wg3 sync.WaitGroup
	wg3.Wait()
	for round := 0; round < 3; round++ {
		n := 0
		var mu sync.Mutex
		for i := 0; i < 4; i++ {
			wg3.Add(1)
			go func() {
				defer wg3.Done()
				mu.Lock()
				n++
				mu.Unlock()
			}()
		}
		wg3.Wait()
		fmt.Println("round", round, n)
	}

	// WaitGroup embedded in a struct, passed by pointer.
	s := &stats{}
	for i := 1; i <= 10; i++ {
		s.wg.Add(1)
		go s.add(i)
	}
	s.wg.Wait()
	fmt.Println("sum", s.sum)

	// Multiple waiters are all released.
	var gate sync.WaitGroup
	gate.Add(1)
	var waiters sync.WaitGroup
	released := make(chan int, 3)
	for i := 0; i < 3; i++ {
		waiters.Add(1)
		go func(i int) {
			defer waiters.Done()
			gate.Wait()
			released <- i
		}(i)
	}
	gate.Done()
	waiters.Wait()
	fmt.Println("released", len(released))

	// Nested: goroutines spawning goroutines, all tracked.
	var tree sync.WaitGroup
	var mu sync.Mutex
	leaves := 0
	var spawn func(depth int)
	spawn = func(depth int) {
		defer tree.Done()
		if depth == 0 {
			mu.Lock()
			leaves++
			mu.Unlock()
			return
		}
		tree.Add(2)
		go spawn(depth - 1)
		go spawn(depth - 1)
	}
	tree.Add(1)
	go spawn(6)
	tree.Wait()
	fmt.Println("leaves", leaves)
}
