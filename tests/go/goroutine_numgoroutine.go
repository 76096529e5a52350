package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func waitFor(n int) int {
	// Finished goroutines disappear from the count once they have exited.
	for i := 0; i < 200; i++ {
		if runtime.NumGoroutine() == n {
			return n
		}
		runtime.Gosched()
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	fmt.Println("start:", runtime.NumGoroutine())

	block := make(chan struct{})
	var started sync.WaitGroup
	for i := 0; i < 5; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-block
		}()
	}
	started.Wait()
	fmt.Println("blocked:", runtime.NumGoroutine())
	close(block)
	fmt.Println("after close:", waitFor(1))

	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() { wg.Done() }()
	}
	wg.Wait()
	fmt.Println("after wait:", waitFor(1))
}
