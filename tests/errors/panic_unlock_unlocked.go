package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocked")
	defer func() { fmt.Println("recover cannot catch a fatal error:", recover()) }()
	mu.Unlock()
}
