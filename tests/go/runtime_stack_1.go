package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

func report(title, s string, wants ...string) {
	fmt.Println(title)
	for _, w := range wants {
		neg := strings.HasPrefix(w, "!")
		w = strings.TrimPrefix(w, "!")
		fmt.Printf("  contains %q: %v\n", w, strings.Contains(s, w))
		_ = neg
	}
}

//go:noinline
func leaf(all bool) string {
	buf := make([]byte, 1<<16)
	n := runtime.Stack(buf, all)
	return string(buf[:n])
}

//go:noinline
func middle(all bool) string { return leaf(all) }

type T struct{}

//go:noinline
func (T) method() string { return string(debug.Stack()) }

func main() {
	s := leaf(false)
	report("Stack(false):", s,
		"goroutine 1 [running]:\nmain.leaf(", "runtime_stack_1.go:23 +0x",
		"\nmain.main()\n", "runtime_stack_1.go:36 +0x", "runtime.Stack", "goroutine 2", "runtime.main")
	fmt.Println("  starts with goroutine:", strings.HasPrefix(s, "goroutine 1 [running]:\n"))
	fmt.Println("  ends with newline:", strings.HasSuffix(s, "\n"))

	s = middle(false)
	report("through middle:", s, "main.leaf(", "main.middle(", "runtime_stack_1.go:28")

	d := T{}.method()
	report("debug.Stack:", d, "goroutine 1 [running]:\nruntime/debug.Stack()", "main.T.method(", "main.main()")

	block := make(chan int)
	started := make(chan bool)
	go func() {
		started <- true
		<-block
	}()
	<-started
	s = leaf(true)
	report("Stack(true):", s, "goroutine 1 [running]:", "[chan receive]:\nmain.main.func1()",
		"created by main.main\n")

	done := make(chan string)
	go func() { done <- leaf(false) }()
	s = <-done
	report("in a goroutine:", s, "main.main.func2()", "created by main.main\n", "goroutine 1 ")
	close(block)

	small := make([]byte, 10)
	n := runtime.Stack(small, false)
	fmt.Printf("small buffer: %d %q\n", n, small[:n])

	func() {
		defer func() {
			recover()
			s := leaf(false)
			report("in a deferred call during a panic:", s, "main.main.func3.1()", "\npanic(", "main.main.func3()",
				"runtime_stack_1.go:83 +0x")
		}()
		var p *T
		_ = *p
	}()
}
