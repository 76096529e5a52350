package main

import (
	"fmt"
	"runtime"
	"sync"
)

type node struct {
	val  int
	next *node
}

func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{i, head}
	}
	return head
}

func sum(l *node) int {
	s := 0
	for ; l != nil; l = l.next {
		s += l.val
	}
	return s
}

func main() {
	// Goroutines allocate lists while GC cycles are forced; blocked goroutines'
	// stacks keep their lists alive.
	var wg sync.WaitGroup
	results := make([]int, 8)
	gate := make(chan struct{})
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			l := build(1000 + g)
			<-gate
			runtime.GC()
			results[g] = sum(l)
		}(g)
	}
	runtime.GC()
	close(gate)
	wg.Wait()
	fmt.Println(results)

	// Values in channel buffers survive GC.
	c := make(chan *node, 4)
	for i := 0; i < 4; i++ {
		c <- build(100)
	}
	runtime.GC()
	runtime.GC()
	total := 0
	for i := 0; i < 4; i++ {
		total += sum(<-c)
	}
	fmt.Println(total)

	// A value held only by a blocked sender survives GC.
	uc := make(chan []int)
	go func() { uc <- []int{1, 2, 3, 4} }()
	runtime.Gosched()
	runtime.GC()
	fmt.Println(<-uc)
}
