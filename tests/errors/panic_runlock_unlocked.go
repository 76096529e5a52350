package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	fmt.Println("runlock without rlock")
	rw.RUnlock()
}
