package main

import (
	"fmt"
	"runtime"
	"strings"
)

type T struct{ n int }

func where(skip int) string {
	pc, file, line, ok := runtime.Caller(skip + 1)
	if !ok {
		return "unknown"
	}
	fn := runtime.FuncForPC(pc)
	f2, l2 := fn.FileLine(pc)
	return fmt.Sprintf("%s:%d %s (FileLine agrees: %v, entry <= pc: %v)",
		base(file), line, fn.Name(), f2 == file && l2 == line, fn.Entry() <= pc)
}

//go:noinline
func (t *T) ptrMethod() string { return where(0) }

//go:noinline
func (t T) valMethod() string { return where(0) }

//go:noinline
func (t *T) closureInMethod() string {
	f := func() string { return where(0) }
	return f()
}

var globalClosure = func() string { return where(0) }

//go:noinline
func plain() string { return where(0) }

//go:noinline
func callerOfCaller() string { return where(1) }

//go:noinline
func deeper() string { return callerOfCaller() }

func main() {
	fmt.Println(plain())
	t := &T{}
	fmt.Println(t.ptrMethod())
	fmt.Println(t.valMethod())
	fmt.Println(t.closureInMethod())
	fmt.Println(globalClosure())
	fmt.Println(deeper())
	func() {
		fmt.Println(where(0))
		func() {
			fmt.Println(where(0))
			fmt.Println(where(1))
		}()
	}()
	var s fmt.Stringer = nil
	_ = s
	defer func() {
		fmt.Println("deferred:", where(0))
		fmt.Println("deferred's caller:", where(1))
	}()

	// Walk every caller of main: main.main, runtime.main, runtime.goexit, then nothing.
	for i := 0; ; i++ {
		pc, file, line, ok := runtime.Caller(i)
		if !ok {
			fmt.Println(i, "not ok", pc, file == "", line)
			break
		}
		fmt.Println(i, base(file), runtime.FuncForPC(pc).Name())
	}

	fmt.Println(runtime.FuncForPC(0) == nil)
	var nilFunc *runtime.Func
	fmt.Printf("%q\n", nilFunc.Name())

	done := make(chan bool)
	go func() {
		fmt.Println("goroutine:", where(0))
		_, _, _, ok := runtime.Caller(2)
		fmt.Println("goroutine caller 2 ok:", ok)
		_, _, _, ok = runtime.Caller(3)
		fmt.Println("goroutine caller 3 ok:", ok)
		done <- true
	}()
	<-done
}

func base(path string) string { return path[strings.LastIndex(path, "/")+1:] }
