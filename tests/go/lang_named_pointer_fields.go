package main

import "fmt"

type S struct {
	a int
	b string
}

func (s *S) Get() int { return s.a }

type PS *S

func bump(p PS) {
	p.a++
	(*p).b += "!"
}

func main() {
	var p PS = &S{1, "x"}
	bump(p)
	bump(p)
	fmt.Println(p.a, p.b, (*S)(p).Get())
	q := PS(new(S))
	fmt.Println(q.a == 0, q.b == "")
}
