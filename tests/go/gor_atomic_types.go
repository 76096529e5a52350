// sync/atomic: the functions and Go 1.19's typed values (Int32 ... Bool, Value), and Value's panics.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type S struct{ a, b int }

func main() {
	var n int64
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				atomic.AddInt64(&n, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n))
	var u32 uint32
	fmt.Println(atomic.CompareAndSwapUint32(&u32, 0, 5), atomic.CompareAndSwapUint32(&u32, 0, 6), u32)
	fmt.Println(atomic.SwapUint32(&u32, 9), u32)
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)))
	var i32 atomic.Int32
	i32.Store(3)
	fmt.Println(i32.Add(4), i32.Load(), i32.Swap(1), i32.CompareAndSwap(1, 2), i32.Load())
	var i64 atomic.Int64
	fmt.Println(i64.Add(-5))
	var u64 atomic.Uint64
	fmt.Println(u64.Add(10), u64.Load())
	var b atomic.Bool
	fmt.Println(b.Load(), b.Swap(true), b.Load(), b.CompareAndSwap(true, false), b.Load())
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("hello")
	fmt.Println(v.Load(), v.Swap("world"), v.Load())
	fmt.Println(v.CompareAndSwap("world", "x"), v.Load())
	var up atomic.Uintptr
	fmt.Println(up.Add(3))
	var u32t atomic.Uint32
	fmt.Println(u32t.Add(7), u32t.CompareAndSwap(7, 8), u32t.Load())
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		v.Store(42)
	}()
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		var v2 atomic.Value
		v2.Store(nil)
	}()
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		var v2 atomic.Value
		v2.CompareAndSwap(nil, nil)
	}()
}
