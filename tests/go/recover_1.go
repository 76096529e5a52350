package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func mustPositive(n int) int {
	if n < 0 {
		panic(fmt.Sprintf("negative value %d", n))
	}
	return n
}

func try(f func()) (msg interface{}) {
	defer func() {
		msg = recover()
	}()
	f()
	return "no panic"
}

func repanic() (out string) {
	defer func() {
		r := recover()
		out = fmt.Sprint("outer got: ", r)
	}()
	defer func() {
		r := recover()
		panic(fmt.Sprint("re-panic of ", r))
	}()
	panic("first")
}

func helperRecover() interface{} { return recover() }

func notDirect() (res string) {
	defer func() {
		r := recover()
		res = fmt.Sprint("direct recover: ", r)
	}()
	defer func() {
		// recover called from a nested function is not a direct call from the deferred fn
		r := helperRecover()
		fmt.Println("helper got:", r)
	}()
	panic("deep")
}

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(try(func() { mustPositive(-4) }))
	fmt.Println(try(func() { mustPositive(4) }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() { panic(errors.New("an error")) }))
	r := try(func() { panic(MyErr{7}) })
	if e, ok := r.(error); ok {
		fmt.Println("error value:", e, e.(MyErr).Code)
	}
	fmt.Println(try(func() {
		var m map[string]int
		m["x"] = 1
	}))
	fmt.Println(try(func() {
		s := []int{1}
		i := 5
		_ = s[i]
	}))
	fmt.Println(try(func() {
		var p *MyErr
		_ = p.Code
	}))
	fmt.Println(try(func() {
		var i interface{} = "s"
		_ = i.(int)
	}))
	fmt.Println(repanic())
	fmt.Println(notDirect())
	fmt.Println(recover())
	fmt.Println("end")
}
