package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	// A buffered channel as a counting semaphore limiting concurrency to 3.
	sem := make(chan struct{}, 3)
	var mu sync.Mutex
	active, maxActive := 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			runtime.Gosched()
			runtime.Gosched()
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("max active <= 3:", maxActive <= 3, "max active >= 1:", maxActive >= 1)
	fmt.Println("active at end:", active, "sem len:", len(sem))

	// Binary semaphore as a lock.
	lock := make(chan bool, 1)
	counter := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			lock <- true
			c := counter
			runtime.Gosched()
			counter = c + 1
			<-lock
		}()
	}
	wg2.Wait()
	fmt.Println("counter:", counter)

	// Token bucket pre-filled.
	tokens := make(chan int, 5)
	for i := 0; i < 5; i++ {
		tokens <- i
	}
	taken := 0
	for {
		select {
		case <-tokens:
			taken++
			continue
		default:
		}
		break
	}
	fmt.Println("taken:", taken)
}
