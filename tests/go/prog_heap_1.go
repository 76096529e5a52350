package main

import "fmt"

type Item struct {
	Name     string
	Priority int
	seq      int
}

type PQ struct {
	items []Item
	seq   int
}

func (pq *PQ) less(i, j int) bool {
	a, b := pq.items[i], pq.items[j]
	if a.Priority != b.Priority {
		return a.Priority > b.Priority
	}
	return a.seq < b.seq
}

func (pq *PQ) Push(name string, prio int) {
	pq.seq++
	pq.items = append(pq.items, Item{name, prio, pq.seq})
	i := len(pq.items) - 1
	for i > 0 {
		parent := (i - 1) / 2
		if !pq.less(i, parent) {
			break
		}
		pq.items[i], pq.items[parent] = pq.items[parent], pq.items[i]
		i = parent
	}
}

func (pq *PQ) Pop() (Item, bool) {
	if len(pq.items) == 0 {
		return Item{}, false
	}
	top := pq.items[0]
	last := len(pq.items) - 1
	pq.items[0] = pq.items[last]
	pq.items = pq.items[:last]
	i := 0
	for {
		l, r := 2*i+1, 2*i+2
		best := i
		if l < len(pq.items) && pq.less(l, best) {
			best = l
		}
		if r < len(pq.items) && pq.less(r, best) {
			best = r
		}
		if best == i {
			break
		}
		pq.items[i], pq.items[best] = pq.items[best], pq.items[i]
		i = best
	}
	return top, true
}

func (pq *PQ) Len() int { return len(pq.items) }

func heapSort(xs []int) []int {
	out := append([]int(nil), xs...)
	n := len(out)
	sift := func(i, n int) {
		for {
			l := 2*i + 1
			if l >= n {
				return
			}
			m := l
			if l+1 < n && out[l+1] > out[l] {
				m = l + 1
			}
			if out[i] >= out[m] {
				return
			}
			out[i], out[m] = out[m], out[i]
			i = m
		}
	}
	for i := n/2 - 1; i >= 0; i-- {
		sift(i, n)
	}
	for end := n - 1; end > 0; end-- {
		out[0], out[end] = out[end], out[0]
		sift(0, end)
	}
	return out
}

func main() {
	pq := &PQ{}
	tasks := []struct {
		n string
		p int
	}{{"write", 2}, {"test", 5}, {"deploy", 1}, {"review", 5}, {"plan", 9}, {"rest", 0}, {"fix", 5}}
	for _, t := range tasks {
		pq.Push(t.n, t.p)
	}
	fmt.Println("len", pq.Len())
	for pq.Len() > 0 {
		it, _ := pq.Pop()
		fmt.Printf("%-7s p=%d seq=%d\n", it.Name, it.Priority, it.seq)
	}
	_, ok := pq.Pop()
	fmt.Println(ok)
	fmt.Println(heapSort([]int{5, 2, 9, 1, 5, 6, -3, 0, 12, 7}))
	fmt.Println(heapSort(nil), heapSort([]int{1}))
}
