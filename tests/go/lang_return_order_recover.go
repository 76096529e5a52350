package main

import "fmt"

// A return statement assigns its results only once every operand is evaluated: when a later
// operand panics and a deferred call recovers, the results keep their earlier values.

type pair struct{ a, b int }

func unnamed(p *pair) (string, int) {
	defer func() { recover() }()
	return "set", p.b
}

func blanks(xs []int) (_ bool, _ int) {
	defer func() { recover() }()
	return true, xs[3]
}

func named(m map[string]int, p *int) (s string, n int) {
	defer func() { recover() }()
	s = "before"
	return "after", *p + m["k"]
}

func fine(p *pair) (string, int) {
	defer func() { recover() }()
	return "ok", p.a + p.b
}

func main() {
	fmt.Println(unnamed(nil))
	fmt.Println(blanks([]int{1}))
	fmt.Println(named(nil, nil))
	fmt.Println(fine(&pair{2, 3}))
}
