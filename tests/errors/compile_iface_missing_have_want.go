package main

import "fmt"

type I interface {
	M(int) string
}

type A struct{}

func (a A) M(x string) string { return x }

type B struct{}

func (b *B) m(x int) string { return "" }

func main() {
	var i I = A{}
	var j I = B{}
	var k I = &B{}
	fmt.Println(i, j, k)
	var e error = "string"
	_ = e
	n := 5
	n.foo()
	var p *int
	p.x = 1
	fmt.Printn()
	undefined.X()
}
