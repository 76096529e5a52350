package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			if i != 1 {
				defer wg.Done()
			}
		}(i)
	}
	fmt.Println("waiting for 3, only 2 finish")
	wg.Wait()
}
