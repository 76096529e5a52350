package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Gosched moves the current goroutine to the back of the global run queue.
func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			fmt.Println("a", i)
			runtime.Gosched()
			fmt.Println("b", i)
		}(i)
	}
	runtime.Gosched()
	fmt.Println("main after gosched")
	wg.Wait()
	fmt.Println("end")
}
