package main

import (
	"fmt"
)

func main() {
	m := map[string]int{}
	m["a"]++
	m["a"] += 5
	m["b"] -= 2
	x := 7
	m["c"] *= x
	m["c"] |= x
	var ms map[string]string = map[string]string{}
	ms["k"] += "hello"
	ms["k"] += " world"
	mf := map[int]float64{}
	mf[1] += 1.5
	mf[1]++
	var m8 map[int]int8 = map[int]int8{}
	m8[1] += 127
	m8[1]++
	fmt.Println(m, ms, mf, m8)
	defer func() { fmt.Println("recovered:", recover(), len(m)) }()
	z := 0
	m["d"] /= z
}

func init() {
	// A panicking right-hand side must not leave an entry behind (Go assigns after evaluating).
	m := map[string]int{}
	f := func() int { panic("rhs") }
	func() {
		defer func() { recover() }()
		m["x"] += f()
	}()
	_, ok := m["x"]
	fmt.Println("entry after panic:", ok, len(m))
	var nm map[string]int
	defer func() { fmt.Println("nil map:", recover().(error).Error()) }()
	nm["a"]++
}
