package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				atomic.AddInt64(&n, 1)
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n))

	r := atomic.AddInt64(&n, -500)
	fmt.Println(r, n)
	atomic.StoreInt64(&n, 42)
	fmt.Println(atomic.LoadInt64(&n))
	ok := atomic.CompareAndSwapInt64(&n, 41, 0)
	fmt.Println(ok, n)
	ok = atomic.CompareAndSwapInt64(&n, 42, 7)
	fmt.Println(ok, n)
	r = atomic.SwapInt64(&n, 9)
	fmt.Println(r, n)

	var i32 int32
	atomic.AddInt32(&i32, 5)
	atomic.AddInt32(&i32, -7)
	fmt.Println(atomic.LoadInt32(&i32))

	var u32 uint32
	atomic.AddUint32(&u32, 3)
	atomic.AddUint32(&u32, ^uint32(0)) // decrement by one
	fmt.Println(atomic.LoadUint32(&u32))

	var u64 uint64 = 10
	r64 := atomic.AddUint64(&u64, 5)
	ok = atomic.CompareAndSwapUint64(&u64, 15, 1)
	fmt.Println(r64, ok, u64)

	// CAS loop implementing a max.
	var maxV int64
	var wg2 sync.WaitGroup
	for _, v := range []int64{5, 17, 3, 12, 17, 9} {
		wg2.Add(1)
		go func(v int64) {
			defer wg2.Done()
			for {
				cur := atomic.LoadInt64(&maxV)
				if v <= cur || atomic.CompareAndSwapInt64(&maxV, cur, v) {
					return
				}
			}
		}(v)
	}
	wg2.Wait()
	fmt.Println("max", maxV)

	// atomic.Value.
	var cfg atomic.Value
	fmt.Println(cfg.Load() == nil)
	cfg.Store([]string{"a", "b"})
	fmt.Println(cfg.Load().([]string))
	cfg.Store([]string{"c"})
	fmt.Println(cfg.Load())
	old := cfg.Swap([]string{"d"})
	fmt.Println(old, cfg.Load())
	var name atomic.Value
	fmt.Println(name.CompareAndSwap(nil, "a"), name.CompareAndSwap("b", "c"), name.CompareAndSwap("a", "d"), name.Load())

	// Pointer-sized.
	var up uintptr
	atomic.AddUintptr(&up, 8)
	fmt.Println(atomic.LoadUintptr(&up))
}
