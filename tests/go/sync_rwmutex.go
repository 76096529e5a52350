package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
)

type cache struct {
	mu   sync.RWMutex
	data map[string]string
}

func (c *cache) get(k string) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *cache) set(k, v string) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := &cache{data: map[string]string{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.set(fmt.Sprint("k", i), fmt.Sprint("v", i*i))
		}(i)
	}
	wg.Wait()
	var found []string
	var fmu sync.Mutex
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if v, ok := c.get(fmt.Sprint("k", i)); ok {
				fmu.Lock()
				found = append(found, v)
				fmu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	sort.Strings(found)
	fmt.Println(len(found), found)

	// Multiple readers can hold the lock at once.
	var rw sync.RWMutex
	var mu sync.Mutex
	readers, maxReaders := 0, 0
	var wg2 sync.WaitGroup
	start := make(chan struct{})
	for i := 0; i < 5; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			<-start
			rw.RLock()
			mu.Lock()
			readers++
			if readers > maxReaders {
				maxReaders = readers
			}
			mu.Unlock()
			for j := 0; j < 5; j++ {
				runtime.Gosched()
			}
			mu.Lock()
			readers--
			mu.Unlock()
			rw.RUnlock()
		}()
	}
	close(start)
	wg2.Wait()
	fmt.Println("concurrent readers > 1:", maxReaders > 1)

	// A writer excludes readers.
	rw.Lock()
	got := make(chan string, 1)
	go func() {
		rw.RLock()
		got <- "reader in"
		rw.RUnlock()
	}()
	runtime.Gosched()
	fmt.Println("reader waiting:", len(got) == 0)
	rw.Unlock()
	fmt.Println(<-got)

	// TryRLock / TryLock.
	var t sync.RWMutex
	fmt.Println(t.TryRLock(), t.TryRLock(), t.TryLock())
	t.RUnlock()
	t.RUnlock()
	fmt.Println(t.TryLock(), t.TryRLock())
	t.Unlock()

	// RLocker.
	l := t.RLocker()
	l.Lock()
	fmt.Println("rlocker held, trylock:", t.TryLock())
	l.Unlock()
	fmt.Println("rlocker released, trylock:", t.TryLock())
	t.Unlock()
}
