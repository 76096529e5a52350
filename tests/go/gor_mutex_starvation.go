// Lock holders that sleep make waiters wait over 1 ms: the mutex enters starvation mode and
// Unlock hands it to the oldest waiter.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 3; j++ {
				mu.Lock()
				fmt.Println("g", i, "j", j)
				time.Sleep(2 * time.Millisecond)
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
}
