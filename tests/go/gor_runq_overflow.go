// More than 256 runnable goroutines: Go's local run queue overflows into the global queue, and
// every 61st scheduling tick takes a goroutine from the global queue first.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	order := []int{}
	for i := 0; i < 262; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	// Which goroutines run when a fairness tick comes varies by a tick or so between Go runs,
	// so only the first and last few are printed.
	fmt.Println(order[:40])
	fmt.Println(order[len(order)-3:])
}
