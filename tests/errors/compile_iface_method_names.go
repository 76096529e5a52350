package main

import "fmt"

type I interface {
	M(n int, s ...string) (r int, err error)
	N(int, string) bool
}

type A struct{}

func (A) M(a int) (int, error)     { return 0, nil }
func (A) N(x int, _ string) bool { return true }

type B struct{}

func (B) M(n int, s ...string) (r int, err error) { return 0, nil }
func (B) n(int, string) bool                   { return true }

type C struct{}

func (*C) M(n int, s ...string) (r int, err error) { return 0, nil }
func (*C) N(int, string) bool                    { return true }

func main() {
	var i I = A{}
	i = B{}
	i = C{}
	var e interface{} = 1
	_ = e.(I)
	_ = i.(A)
	fmt.Println(i)
}
