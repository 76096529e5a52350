package main

import (
	"container/heap"
	"fmt"
)

// tracer records every Less and Swap so the exact call sequence is visible.
type item struct {
	key, id int
}

type tracer struct {
	items []item
	log   []string
}

func (t *tracer) Len() int { return len(t.items) }
func (t *tracer) Less(i, j int) bool {
	t.log = append(t.log, fmt.Sprintf("L%d%d", i, j))
	return t.items[i].key < t.items[j].key
}
func (t *tracer) Swap(i, j int) {
	t.log = append(t.log, fmt.Sprintf("S%d%d", i, j))
	t.items[i], t.items[j] = t.items[j], t.items[i]
}
func (t *tracer) Push(x any) { t.items = append(t.items, x.(item)) }
func (t *tracer) Pop() any {
	n := len(t.items) - 1
	x := t.items[n]
	t.items = t.items[:n]
	return x
}

func (t *tracer) flush(what string) {
	fmt.Println(what, t.log, t.items)
	t.log = t.log[:0]
}

func main() {
	t := &tracer{}
	keys := []int{4, 2, 4, 1, 2, 4, 1, 3, 2}
	for i, k := range keys {
		t.items = append(t.items, item{k, i})
	}
	heap.Init(t)
	t.flush("init")
	heap.Push(t, item{2, 9})
	t.flush("push")
	heap.Push(t, item{0, 10})
	t.flush("push")
	heap.Fix(t, 4)
	t.flush("fix no-op")
	t.items[1].key = 5
	heap.Fix(t, 1)
	t.flush("fix down")
	fmt.Println(heap.Remove(t, 2))
	t.flush("remove")
	fmt.Println(heap.Remove(t, t.Len()-1))
	t.flush("remove last")
	for t.Len() > 0 {
		it := heap.Pop(t).(item)
		fmt.Print(it.key, "/", it.id, " ")
	}
	fmt.Println()
	t.flush("pops")
}
