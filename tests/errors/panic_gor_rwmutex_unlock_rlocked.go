// Unlock of an RWMutex that is only read-locked.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("read-locked")
	rw.Unlock()
}
