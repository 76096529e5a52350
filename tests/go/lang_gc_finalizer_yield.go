package main

import (
	"fmt"
	"runtime"
)

// runtime.GC lets the finalizer goroutine run the finalizers it made ready, as Go's does.

type node struct {
	id   int
	next *node
}

var finalized []int

func build(n int) {
	for i := 0; i < n; i++ {
		p := &node{id: i}
		runtime.SetFinalizer(p, func(q *node) { finalized = append(finalized, q.id) })
	}
}

func main() {
	build(1)
	runtime.GC()
	fmt.Println(finalized)
	runtime.GC()
	fmt.Println(len(finalized))
}
