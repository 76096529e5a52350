package main

import (
	"fmt"
	"strings"
)

type Acc struct{ total int }

func (a *Acc) Add(n int)     { a.total += n }
func (a Acc) Get() int       { return a.total }
func (a Acc) Plus(n int) int { return a.total + n }

type Greeter string

func (g Greeter) Greet(name string) string { return string(g) + ", " + name }

func apply(xs []int, f func(int)) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	a := &Acc{}
	add := a.Add
	apply([]int{1, 2, 3, 4}, add)
	fmt.Println(a.total)

	v := Acc{total: 10}
	get := v.Get // receiver copied now
	v.total = 99
	fmt.Println(get(), v.Get())

	plus := (*Acc).Plus
	fmt.Println(plus(a, 5))
	getE := Acc.Get
	fmt.Println(getE(Acc{7}))
	addE := (*Acc).Add
	addE(a, 100)
	fmt.Println(a.Get())
	fmt.Printf("%T\n", getE)
	fmt.Printf("%T\n", addE)

	g := Greeter("Hello")
	fs := []func(string) string{g.Greet, Greeter("Hi").Greet, strings.ToUpper}
	for _, f := range fs {
		fmt.Println(f("bob"))
	}
	greet := Greeter.Greet
	fmt.Println(greet("Yo", "al"))

	var b Acc
	pa := &b
	m := pa.Add
	m(3)
	m(4)
	fmt.Println(b.total)
}
