package main

import (
	"container/heap"
	"fmt"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }

func (h *IntHeap) Push(x any) { *h = append(*h, x.(int)) }

func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func main() {
	h := &IntHeap{5, 2, 8, 1, 9, 3, 7, 3, 0, 6}
	heap.Init(h)
	fmt.Println("after Init:", *h)
	heap.Push(h, 4)
	heap.Push(h, -1)
	fmt.Println("after Push:", *h, "min", (*h)[0])
	fmt.Println("removed index 3:", heap.Remove(h, 3), *h)
	(*h)[2] = 100
	heap.Fix(h, 2)
	fmt.Println("after Fix:", *h)
	(*h)[len(*h)-1] = -50
	heap.Fix(h, len(*h)-1)
	fmt.Println("after Fix up:", *h)
	fmt.Println("removed last:", heap.Remove(h, h.Len()-1), *h)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	// k smallest of a stream with a bounded max-heap (negated values).
	var top IntHeap
	for _, v := range []int{42, 7, 19, 3, 88, 23, 5, 61, 11, 2, 70} {
		heap.Push(&top, -v)
		if top.Len() > 4 {
			heap.Pop(&top)
		}
	}
	fmt.Println("4 smallest (heap order):", top)

	var empty IntHeap
	heap.Init(&empty)
	heap.Push(&empty, 1)
	fmt.Println(heap.Pop(&empty), empty.Len())
}
