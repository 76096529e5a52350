package main

import "fmt"

// Discrete-time simulation of a bank with several tellers, driven by a deterministic LCG.

type LCG struct{ s uint32 }

func (l *LCG) Intn(n int) int {
	l.s = l.s*1664525 + 1013904223
	return int(l.s>>16) % n
}

type Customer struct {
	id, arrive, service int
}

type Teller struct {
	busyUntil int
	served    int
	current   *Customer
}

func simulate(tellers, minutes int, seed uint32) {
	rng := &LCG{seed}
	ts := make([]Teller, tellers)
	var queue []Customer
	nextID := 0
	totalWait, maxWait, maxQueue := 0, 0, 0
	served := 0
	for t := 0; t < minutes; t++ {
		if rng.Intn(10) < 6 {
			nextID++
			queue = append(queue, Customer{nextID, t, 2 + rng.Intn(6)})
		}
		for i := range ts {
			tl := &ts[i]
			if tl.current != nil && t >= tl.busyUntil {
				tl.current = nil
			}
			if tl.current == nil && len(queue) > 0 {
				c := queue[0]
				queue = queue[1:]
				wait := t - c.arrive
				totalWait += wait
				if wait > maxWait {
					maxWait = wait
				}
				tl.current = &c
				tl.busyUntil = t + c.service
				tl.served++
				served++
			}
		}
		if len(queue) > maxQueue {
			maxQueue = len(queue)
		}
	}
	avg := 0.0
	if served > 0 {
		avg = float64(totalWait) / float64(served)
	}
	fmt.Printf("tellers=%d arrived=%d served=%d left=%d avgwait=%.2f maxwait=%d maxqueue=%d\n",
		tellers, nextID, served, len(queue), avg, maxWait, maxQueue)
	for i, tl := range ts {
		fmt.Printf("  teller %d served %d\n", i, tl.served)
	}
}

func main() {
	for _, n := range []int{1, 2, 3, 4} {
		simulate(n, 480, 42)
	}
}
