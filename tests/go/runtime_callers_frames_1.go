package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

func frames(skip int) []string {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(skip, pcs)
	fs := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := fs.Next()
		s := fmt.Sprintf("%s %s:%d", f.Function, base(f.File), f.Line)
		if f.Func != nil && f.Func.Name() != f.Function {
			s += " (Func disagrees)"
		}
		if f.Entry > f.PC {
			s += " (entry after pc)"
		}
		out = append(out, s)
		if !more {
			break
		}
	}
	return out
}

func show(title string, fs []string) {
	fmt.Println(title)
	for _, f := range fs {
		fmt.Println("  ", f)
	}
}

//go:noinline
func inner() []string { return frames(2) }

//go:noinline
func outer() []string { return inner() }

type E struct{}

//go:noinline
func (e *E) Error() string {
	show("in Error method called by fmt:", frames(2)[:1])
	return "E"
}

//go:noinline
func fail() {
	panic("failing")
}

func main() {
	// Callers(0) starts at runtime.Callers itself; Callers(1) at its caller.
	pcs := make([]uintptr, 10)
	n := runtime.Callers(0, pcs)
	f0, _ := runtime.CallersFrames(pcs[:n]).Next()
	fmt.Println(n, f0.Function)
	n = runtime.Callers(1, pcs)
	f0, _ = runtime.CallersFrames(pcs[:n]).Next()
	fmt.Println(n, f0.Function)
	fmt.Println(runtime.Callers(1, nil), runtime.Callers(100, pcs))
	fmt.Println(runtime.Callers(1, pcs[:2]))

	show("outer:", outer())
	show("closure:", func() []string { return frames(2) }())

	_ = fmt.Sprint(error(&E{}))
	_ = errors.New("x")

	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
			show("during panic:", frames(2))
		}()
		fail()
	}()

	ch := make(chan []string)
	go func() { ch <- frames(2) }()
	show("goroutine:", <-ch)

	f, more := runtime.CallersFrames(nil).Next()
	fmt.Printf("%q %v %v\n", f.Function, f.PC, more)

	checkFuncForPC()
}

// Every frame's pc maps back to the function Callers found.
//
//go:noinline
func checkFuncForPC() {
	pcs := make([]uintptr, 10)
	n := runtime.Callers(2, pcs)
	ok := true
	fs := runtime.CallersFrames(pcs[:n])
	for i := 0; i < n; i++ {
		fr, _ := fs.Next()
		if runtime.FuncForPC(pcs[i]).Name() != fr.Function {
			ok = false
		}
	}
	fmt.Println("FuncForPC agrees with CallersFrames:", ok, strings.Count(fmt.Sprint(pcs[:n]), " ")+1 == n)
}

func base(path string) string { return path[strings.LastIndex(path, "/")+1:] }
