// context: WithCancel/WithTimeout/WithDeadline/WithValue, propagation, Go's panics and names.
package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"
)

type key string
type ikey int

type myCtx struct {
	context.Context
	done chan struct{}
}

func (m *myCtx) Done() <-chan struct{} { return m.done }
func (m *myCtx) Err() error {
	select {
	case <-m.done:
		return context.Canceled
	default:
		return nil
	}
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Done() == nil, bg.Err())
	_, ok := bg.Deadline()
	fmt.Println("bg deadline:", ok)

	ctx := context.WithValue(bg, key("user"), "gopher")
	ctx = context.WithValue(ctx, ikey(7), 42)
	fmt.Println(ctx.Value(key("user")), ctx.Value(ikey(7)), ctx.Value(key("none")), ctx.Value("user"))
	fmt.Println(ctx)

	cctx, cancel := context.WithCancel(ctx)
	fmt.Println(cctx, cctx.Err(), cctx.Value(key("user")))
	child, ccancel := context.WithCancel(cctx)
	defer ccancel()
	grand := context.WithValue(child, key("g"), 1)
	gchild, gcancel := context.WithCancel(grand)
	defer gcancel()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		<-gchild.Done()
		fmt.Println("gchild done:", gchild.Err())
	}()
	runtime.Gosched()
	cancel()
	wg.Wait()
	fmt.Println(cctx.Err(), child.Err(), errors.Is(child.Err(), context.Canceled))
	cancel()
	fmt.Println("after second cancel:", cctx.Err())

	tctx, tcancel := context.WithTimeout(bg, 20*time.Millisecond)
	dl, ok := tctx.Deadline()
	fmt.Println("has deadline:", ok, time.Until(dl) > 0)
	start := time.Now()
	<-tctx.Done()
	el := time.Since(start)
	fmt.Println(tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded), el >= 15*time.Millisecond)
	tcancel()
	fmt.Println(tctx.Err())
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(tctx.Err(), &te), te.Timeout())

	past, pcancel := context.WithDeadline(bg, time.Now().Add(-time.Second))
	fmt.Println("past:", past.Err())
	pcancel()

	outer, ocancel := context.WithTimeout(bg, time.Hour)
	inner, icancel := context.WithTimeout(outer, 2*time.Hour)
	d1, _ := outer.Deadline()
	d2, _ := inner.Deadline()
	fmt.Println("inner deadline is outer's:", d1.Equal(d2))
	ocancel()
	<-inner.Done()
	fmt.Println("inner:", inner.Err())
	icancel()

	before := runtime.NumGoroutine()
	m := &myCtx{bg, make(chan struct{})}
	mc, mcancel := context.WithCancel(m)
	fmt.Println("extra goroutines:", runtime.NumGoroutine()-before)
	close(m.done)
	<-mc.Done()
	fmt.Println("custom parent:", mc.Err())
	mcancel()
	time.Sleep(time.Millisecond)
	fmt.Println("goroutines back:", runtime.NumGoroutine()-before)

	try("nil parent", func() { context.WithCancel(nil) })
	try("nil key", func() { context.WithValue(bg, nil, 1) })
	try("slice key", func() { context.WithValue(bg, []int{1}, 1) })
	try("nil parent value", func() { context.WithValue(nil, 1, 1) })
	try("nil parent deadline", func() { context.WithTimeout(nil, time.Second) })

	c3, cancel3 := context.WithCancel(bg)
	cancel3()
	c4, cancel4 := context.WithCancel(c3)
	fmt.Println("child of cancelled:", c4.Err())
	cancel4()
	fmt.Printf("%v %T %T\n", context.Canceled, context.DeadlineExceeded, c4)
	fmt.Println(context.WithValue(bg, key("k"), struct{}{}))
	sctx := context.WithValue(bg, 1, time.Second)
	fmt.Println(sctx)
}
