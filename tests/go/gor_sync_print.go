// fmt prints sync and sync/atomic values with Go 1.19's fields, blank ones included.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	mu    sync.Mutex
	n     atomic.Int64
	b     atomic.Bool
	u     atomic.Uint32
	wg    sync.WaitGroup
	rw    sync.RWMutex
	once  sync.Once
}

func main() {
	var s Stats
	s.n.Add(3)
	s.b.Store(true)
	s.mu.Lock()
	fmt.Printf("%v\n", s.n)
	fmt.Printf("%+v\n", s.n)
	fmt.Printf("%v %v %v %v %v %v\n", s.mu, s.b, s.u, s.wg, s.rw, s.once)
	fmt.Printf("%+v\n", s.mu)
	var i32 atomic.Int32
	var u64 atomic.Uint64
	var v atomic.Value
	fmt.Println(i32, u64, v)
}
