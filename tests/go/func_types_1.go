package main

import (
	"fmt"
	"sort"
	"strings"
)

type BinOp func(int, int) int
type Pred func(string) bool

func apply(op BinOp, a, b int) int { return op(a, b) }

func filter(xs []string, p Pred) []string {
	var out []string
	for _, x := range xs {
		if p(x) {
			out = append(out, x)
		}
	}
	return out
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func not(p Pred) Pred { return func(s string) bool { return !p(s) } }

func makeMultiplier(n int) func(int) int { return func(x int) int { return x * n } }

func curry(f func(int, int) int) func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return f(a, b) }
	}
}

func main() {
	ops := map[string]BinOp{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	names := make([]string, 0, len(ops))
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, apply(ops[n], 7, 3))
	}
	words := []string{"go", "rust", "c", "python", "zig"}
	short := func(s string) bool { return len(s) <= 3 }
	fmt.Println(filter(words, short), filter(words, not(short)))
	fmt.Println(filter(words, func(s string) bool { return strings.Contains(s, "o") }))
	sq := mapInts([]int{1, 2, 3, 4}, func(x int) int { return x * x })
	fmt.Println(sq, reduce(sq, 0, func(a, b int) int { return a + b }))
	triple := makeMultiplier(3)
	fmt.Println(mapInts(sq, triple))
	add := curry(func(a, b int) int { return a + b })
	add5 := add(5)
	fmt.Println(add5(10), add(1)(2))
	var nilF func()
	fmt.Println(nilF == nil)
	fs := []func(int) int{triple, makeMultiplier(-1), func(x int) int { return x }}
	for _, f := range fs {
		fmt.Print(f(4), " ")
	}
	fmt.Println()
	fmt.Printf("%T\n%T\n", apply, curry)
}
