// RWMutex: a pending writer blocks new readers; readers that queued behind it are released
// together when it unlocks.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	rw.RLock()
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			rw.Lock()
			fmt.Println("writer", i)
			runtime.Gosched()
			rw.Unlock()
		}(i)
	}
	runtime.Gosched()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			rw.RLock()
			fmt.Println("reader", i)
			runtime.Gosched()
			rw.RUnlock()
		}(i)
	}
	runtime.Gosched()
	fmt.Println("main runlock")
	rw.RUnlock()
	wg.Wait()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.Unlock()
	fmt.Println(rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
}
