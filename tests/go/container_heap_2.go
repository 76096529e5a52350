package main

import (
	"container/heap"
	"fmt"
	"strings"
)

// A priority queue of tasks whose priority can change; each task knows its index in the heap.
type Task struct {
	name     string
	priority int
	index    int
}

type Queue []*Task

func (q Queue) Len() int { return len(q) }

// Higher priority first; equal priorities come out in the order the heap happens to give,
// which must be Go's.
func (q Queue) Less(i, j int) bool { return q[i].priority > q[j].priority }

func (q Queue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}

func (q *Queue) Push(x any) {
	t := x.(*Task)
	t.index = len(*q)
	*q = append(*q, t)
}

func (q *Queue) Pop() any {
	old := *q
	last := len(old) - 1
	t := old[last]
	old[last] = nil
	t.index = -1
	*q = old[:last]
	return t
}

func (q *Queue) setPriority(t *Task, p int) {
	t.priority = p
	heap.Fix(q, t.index)
}

func main() {
	input := map[string]int{}
	names := strings.Fields("write test build lint deploy review plan fix doc ship")
	prios := []int{3, 5, 3, 1, 5, 3, 2, 5, 1, 3}
	q := make(Queue, len(names))
	tasks := map[string]*Task{}
	for i, n := range names {
		input[n] = prios[i]
		q[i] = &Task{name: n, priority: prios[i], index: i}
		tasks[n] = q[i]
	}
	heap.Init(&q)
	for i, t := range q {
		fmt.Printf("%d:%s/%d/%d ", i, t.name, t.priority, t.index)
	}
	fmt.Println()
	heap.Push(&q, &Task{name: "hotfix", priority: 9})
	q.setPriority(tasks["lint"], 4)
	q.setPriority(tasks["test"], 0)
	removed := heap.Remove(&q, tasks["plan"].index).(*Task)
	fmt.Println("removed", removed.name, removed.index)
	for q.Len() > 0 {
		t := heap.Pop(&q).(*Task)
		fmt.Printf("%s(%d) ", t.name, t.priority)
	}
	fmt.Println()
	fmt.Println(len(input))
}
