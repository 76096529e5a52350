package main

type E struct{ f int }
type T struct {
	E
	n int
}

func (t *T) Meth() {}
func (t T) Meth2() {}
func (*T) f() int  { return 0 }

type P *T
type PP **T

func main() {
	t := &T{}
	p := P(t)
	p.Meth()
	p.Meth2()
	_ = p.n
	_ = p.f
	var y PP
	_ = y.f
}
