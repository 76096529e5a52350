package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type server struct {
	requests atomic.Int64
	errors   atomic.Int32
	healthy  atomic.Bool
}

func main() {
	var c atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Add(int64(i))
		}(i)
	}
	wg.Wait()
	fmt.Println(c.Load())
	c.Store(10)
	fmt.Println(c.Swap(20), c.Load())
	fmt.Println(c.CompareAndSwap(10, 30), c.CompareAndSwap(20, 30), c.Load())

	var u atomic.Uint32
	u.Add(7)
	fmt.Println(u.Load())
	var u64 atomic.Uint64
	u64.Store(1 << 40)
	fmt.Println(u64.Add(1))

	var b atomic.Bool
	fmt.Println(b.Load())
	b.Store(true)
	fmt.Println(b.Load(), b.Swap(false), b.Load())
	fmt.Println(b.CompareAndSwap(false, true), b.Load())

	s := &server{}
	s.healthy.Store(true)
	var wg2 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			s.requests.Add(1)
			if i%5 == 0 {
				s.errors.Add(1)
			}
		}(i)
	}
	wg2.Wait()
	fmt.Println(s.requests.Load(), s.errors.Load(), s.healthy.Load())
}
