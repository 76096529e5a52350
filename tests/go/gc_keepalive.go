package main

import (
	"fmt"
	"runtime"
	"time"
)

type handle struct {
	closed *bool
	pad    [16]int
}

func main() {
	closed := false
	h := &handle{closed: &closed}
	runtime.SetFinalizer(h, func(h *handle) { *h.closed = true })
	for i := 0; i < 5; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	// h is still live here because of KeepAlive below.
	fmt.Println("closed while alive:", closed)
	runtime.KeepAlive(h)

	// KeepAlive of other kinds of values is a no-op.
	runtime.KeepAlive(42)
	runtime.KeepAlive("s")
	runtime.KeepAlive(nil)
	s := []int{1, 2, 3}
	runtime.KeepAlive(s)
	fmt.Println("done", len(s))
}
