// runtime.Gosched puts the goroutine on the global run queue, which is only looked at once the
// local queue (where new and woken goroutines go) is empty.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	order := []int{}
	for i := 0; i < 25; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			order = append(order, i)
			runtime.Gosched()
			order = append(order, -i)
		}(i)
	}
	wg.Wait()
	fmt.Println(order)

	wg.Add(3)
	go func() {
		defer wg.Done()
		fmt.Println("A start")
		runtime.Gosched()
		fmt.Println("A end")
	}()
	go func() {
		defer wg.Done()
		fmt.Println("B start")
		wg.Add(2)
		go func() { defer wg.Done(); fmt.Println("D") }()
		go func() { defer wg.Done(); fmt.Println("E") }()
		fmt.Println("B end")
	}()
	go func() {
		defer wg.Done()
		fmt.Println("C")
	}()
	wg.Wait()
}
