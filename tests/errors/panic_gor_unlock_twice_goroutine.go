// A mutex may be unlocked by another goroutine, but only once.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	done := make(chan bool)
	go func() {
		mu.Unlock()
		fmt.Println("unlocked by goroutine")
		done <- true
	}()
	<-done
	defer fmt.Println("deferred calls do not run on fatal errors")
	mu.Unlock()
}
