package main

type T1 func(i, i int)

type I interface {
	F(x int) (x int)
}

type S struct {
	a int
	b string
	a float64
}

func h(x, y ...int) {}

func main() {
	var s S
	_ = s.a
	var v I
	_ = v
	var t T1
	_ = t
	h()
}
