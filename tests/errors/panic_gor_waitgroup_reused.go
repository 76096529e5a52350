// The goroutine that releases a waiter re-arms the WaitGroup before the waiter has run: Go's
// Wait notices when it wakes.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		fmt.Println("done, and adding again")
		wg.Done()
		wg.Add(1)
	}()
	wg.Wait()
	fmt.Println("unreachable")
}
