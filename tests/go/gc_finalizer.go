package main

import (
	"fmt"
	"runtime"
	"time"
)

type resource struct {
	id   int
	data [64]byte
}

func main() {
	// A finalizer runs after the object becomes unreachable and a GC cycle runs.
	done := make(chan int)
	func() {
		r := &resource{id: 7}
		runtime.SetFinalizer(r, func(r *resource) { done <- r.id })
	}()
	var got int
	for i := 0; ; i++ {
		runtime.GC()
		select {
		case got = <-done:
		case <-time.After(10 * time.Millisecond):
			if i < 100 {
				continue
			}
			fmt.Println("finalizer did not run")
			return
		}
		break
	}
	fmt.Println("finalized", got)

	// Several objects, each with a finalizer; collect their ids.
	fin := make(chan int, 10)
	func() {
		for i := 0; i < 5; i++ {
			r := &resource{id: i}
			runtime.SetFinalizer(r, func(r *resource) { fin <- r.id })
		}
	}()
	seen := map[int]bool{}
	for tries := 0; len(seen) < 5 && tries < 200; tries++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
		for len(fin) > 0 {
			seen[<-fin] = true
		}
	}
	fmt.Println("finalized count", len(seen))

	// A finalizer closing a channel.
	closed := make(chan struct{})
	func() {
		b := new([128]int)
		runtime.SetFinalizer(b, func(*[128]int) { close(closed) })
	}()
	for i := 0; i < 200; i++ {
		runtime.GC()
		select {
		case <-closed:
			fmt.Println("closed by finalizer")
			return
		case <-time.After(time.Millisecond):
		}
	}
	fmt.Println("not closed")
}
