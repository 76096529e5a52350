package main

import (
	"fmt"
	"runtime"
	"sync"
)

type safeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *safeCounter) inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func (c *safeCounter) value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

func main() {
	// 100 goroutines increment a shared counter; Gosched inside the critical
	// section would expose any lost update if the mutex did not exclude.
	var mu sync.Mutex
	counter := 0
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				mu.Lock()
				v := counter
				runtime.Gosched()
				counter = v + 1
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter", counter)

	c := safeCounter{m: map[string]int{}}
	var wg2 sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			if i%2 == 0 {
				c.inc("even")
			} else {
				c.inc("odd")
			}
			runtime.Gosched()
			c.inc("all")
		}(i)
	}
	wg2.Wait()
	fmt.Println(c.value("even"), c.value("odd"), c.value("all"))

	// TryLock (Go 1.18+).
	var m sync.Mutex
	fmt.Println("trylock free:", m.TryLock())
	fmt.Println("trylock held:", m.TryLock())
	m.Unlock()
	fmt.Println("trylock after unlock:", m.TryLock())
	m.Unlock()

	// A mutex can be unlocked by a different goroutine than the one that locked it.
	var hand sync.Mutex
	hand.Lock()
	go func() { hand.Unlock() }()
	hand.Lock()
	fmt.Println("locked again after other goroutine unlocked")
	hand.Unlock()

	// sync.Locker interface.
	var l sync.Locker = &mu
	l.Lock()
	l.Unlock()
	fmt.Printf("%T\n", l)
}
