package main

// 100 000 goroutines park on channels at once, then are released in two ways (a close that
// wakes a whole group, and one send each), while the collector runs.

import (
	"fmt"
	"runtime"
	"sync"
)

const n = 100000

type payload struct {
	id   int
	data []int
}

func main() {
	var wg sync.WaitGroup
	gate := make(chan struct{})
	each := make([]chan *payload, n/2)
	results := make(chan int, 1024)
	var total int
	done := make(chan bool)
	go func() {
		for v := range results {
			total += v
		}
		done <- true
	}()
	for i := 0; i < n/2; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-gate
			results <- i % 10
		}(i)
	}
	for i := range each {
		each[i] = make(chan *payload)
		wg.Add(1)
		go func(c chan *payload) {
			defer wg.Done()
			p := <-c
			results <- len(p.data) + p.id%3
		}(each[i])
	}
	fmt.Println("parked:", runtime.NumGoroutine()-2 >= n)
	runtime.GC()
	for i, c := range each {
		c <- &payload{id: i, data: make([]int, i%5)}
	}
	close(gate)
	wg.Wait()
	close(results)
	<-done
	fmt.Println("total:", total)
	fmt.Println("left:", runtime.NumGoroutine())
}
