package main

import (
	"fmt"
	"strconv"
)

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	if v, err := strconv.Atoi("123"); err == nil {
		fmt.Println("parsed", v)
	} else {
		fmt.Println("error", err)
	}
	if v, err := strconv.Atoi("12a"); err == nil {
		fmt.Println("parsed", v)
	} else {
		fmt.Println("error", err, v)
	}
	x := 10
	if x := 5; x > 3 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	if m := map[string]int{"a": 1}; m["a"] == 1 && len(m) == 1 {
		fmt.Println("map ok")
	}
	a, b := true, false
	if a && !b || b {
		fmt.Println("logic1")
	}
	if !(a && b) {
		fmt.Println("logic2")
	}
	calls := 0
	f := func(r bool) bool { calls++; return r }
	if f(false) && f(true) {
		fmt.Println("unreachable")
	}
	if f(true) || f(true) {
		fmt.Println("short-circuit", calls)
	}
	var p *int
	if p != nil && *p > 0 {
		fmt.Println("deref")
	} else {
		fmt.Println("nil guarded")
	}
}
