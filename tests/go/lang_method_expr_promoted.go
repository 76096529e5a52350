package main

import (
	"fmt"
	"strings"
)

type T struct{ n int }

func (t T) Get() int       { return t.n }
func (t *T) Add(k int) int { t.n += k; return t.n }

type U struct {
	T
	name string
}

type V struct {
	*T
	x [3]int
}

type R interface{ Read() string }
type rd struct{ s string }

func (r rd) Read() string { return r.s }

type W struct {
	R
	extra int
}

type Big struct {
	a, b, c int
	s       string
	U
}

func main() {
	fmt.Println(U.Get(U{T{5}, "u"}))
	fmt.Println((*U).Get(&U{T{6}, "u"}))
	fmt.Println((*U).Add(&U{T{6}, "u"}, 4))
	v := V{&T{7}, [3]int{}}
	fmt.Println(V.Get(v), V.Add(v, 3), v.n)
	fmt.Println(W.Read(W{rd{"hello"}, 1}))
	fmt.Println((*W).Read(&W{rd{"ptr"}, 1}))
	g := struct{ T }.Get
	fmt.Println(g(struct{ T }{T{9}}))
	f := Big.Get
	fmt.Println(f(Big{1, 2, 3, "s", U{T{11}, "x"}}))
	h := strings.ToUpper
	fmt.Println(h("x"))
	fmt.Printf("%T\n", U.Get)
	var b strings.Builder
	ws := (*strings.Builder).WriteString
	ws(&b, "abc")
	fmt.Println(b.String())
}
