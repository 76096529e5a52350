// A contended sync.Mutex with GOMAXPROCS=1: the unlocker re-locks before the waiter it woke
// runs, and the waiter goes back to the head of the queue (Go 1.19's mutex state machine).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 3; j++ {
				mu.Lock()
				fmt.Println("g", i, "j", j)
				runtime.Gosched()
				mu.Unlock()
			}
		}(i)
	}
	runtime.Gosched()
	mu.Unlock()
	wg.Wait()

	// A shared counter whose critical section yields.
	type counter struct {
		mu sync.Mutex
		n  int
	}
	c := counter{}
	var log []string
	var lmu sync.Mutex
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 4; j++ {
				c.mu.Lock()
				c.n++
				runtime.Gosched()
				c.mu.Unlock()
				lmu.Lock()
				log = append(log, fmt.Sprint(i, ":", c.n))
				lmu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(log)
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
}
