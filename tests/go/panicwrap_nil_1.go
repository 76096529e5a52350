package main

import "fmt"

type T int

type I interface{ F() int }

func (t T) F() int { return int(t) }

type S struct{ n int }

func (s S) Get() int { return s.n }

var (
	t *T
	i I = t
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		_, isRuntime := r.(interface{ RuntimeError() })
		fmt.Println(name, "->", ok && isRuntime, err)
	}()
	f()
}

func main() {
	try("iface", func() { i.F() })
	try("method expr", func() {
		var p *S
		f := (*S).Get
		f(p)
	})
	try("method value", func() {
		var p *S
		f := p.Get
		f()
	})
	x := T(7)
	i = &x
	fmt.Println(i.F())
}
