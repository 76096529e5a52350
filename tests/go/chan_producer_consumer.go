package main

import (
	"fmt"
	"sort"
	"sync"
)

type item struct {
	producer int
	seq      int
}

func main() {
	queue := make(chan item, 4)
	var producers sync.WaitGroup
	for p := 0; p < 3; p++ {
		producers.Add(1)
		go func(p int) {
			defer producers.Done()
			for s := 0; s < 5; s++ {
				queue <- item{p, s}
			}
		}(p)
	}
	go func() {
		producers.Wait()
		close(queue)
	}()

	var mu sync.Mutex
	got := map[int][]int{}
	var consumers sync.WaitGroup
	for c := 0; c < 2; c++ {
		consumers.Add(1)
		go func() {
			defer consumers.Done()
			for it := range queue {
				mu.Lock()
				got[it.producer] = append(got[it.producer], it.seq)
				mu.Unlock()
			}
		}()
	}
	consumers.Wait()
	keys := make([]int, 0, len(got))
	for k := range got {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		// Each producer's items arrive in order since one producer sends sequentially
		// but two consumers may interleave them; sort to be safe.
		s := got[k]
		sort.Ints(s)
		fmt.Println(k, s)
	}

	// Single producer, single consumer: order is preserved.
	q := make(chan int, 2)
	done := make(chan []int)
	go func() {
		var seen []int
		for v := range q {
			seen = append(seen, v)
		}
		done <- seen
	}()
	for i := 0; i < 8; i++ {
		q <- i
	}
	close(q)
	fmt.Println(<-done)
}
