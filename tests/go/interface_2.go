package main

import (
	"fmt"
	"sort"
	"strings"
)

type Visitor interface {
	VisitNum(n Num) string
	VisitAdd(a Add) string
}

type Expr interface {
	Accept(v Visitor) string
	Eval() int
}

type Num int
type Add struct{ L, R Expr }
type Mul struct{ L, R Expr }

func (n Num) Accept(v Visitor) string { return v.VisitNum(n) }
func (n Num) Eval() int               { return int(n) }
func (a Add) Accept(v Visitor) string { return v.VisitAdd(a) }
func (a Add) Eval() int               { return a.L.Eval() + a.R.Eval() }
func (m Mul) Accept(v Visitor) string { return "(" + m.L.Accept(v) + " * " + m.R.Accept(v) + ")" }
func (m Mul) Eval() int               { return m.L.Eval() * m.R.Eval() }

type Printer struct{}

func (Printer) VisitNum(n Num) string { return fmt.Sprint(int(n)) }
func (p Printer) VisitAdd(a Add) string {
	return "(" + a.L.Accept(p) + " + " + a.R.Accept(p) + ")"
}

type Plugin interface {
	Name() string
	Run(input string) string
}

type upper struct{}
type reverse struct{}
type repeat struct{ n int }

func (upper) Name() string            { return "upper" }
func (upper) Run(s string) string     { return strings.ToUpper(s) }
func (reverse) Name() string          { return "reverse" }
func (*reverse) Run(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}
func (r repeat) Name() string        { return fmt.Sprintf("repeat%d", r.n) }
func (r repeat) Run(s string) string { return strings.Repeat(s, r.n) }

type rev2 struct{ reverse }

func (rev2) Name() string { return "rev2" }
func (rev2) Run(s string) string { return s + "|" + s }

func main() {
	e := Add{Num(1), Mul{Add{Num(2), Num(3)}, Num(4)}}
	fmt.Println(e.Accept(Printer{}), "=", e.Eval())
	registry := map[string]Plugin{}
	for _, p := range []Plugin{upper{}, repeat{2}, rev2{}} {
		registry[p.Name()] = p
	}
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	s := "go!"
	for _, n := range names {
		s = registry[n].Run(s)
		fmt.Println(n, s)
	}
	var exprs []Expr = []Expr{Num(5), Add{Num(1), Num(1)}}
	total := 0
	for _, x := range exprs {
		total += x.Eval()
	}
	fmt.Println(total)
	var iface interface{ Eval() int } = Num(9)
	fmt.Println(iface.Eval())
	if _, ok := iface.(Expr); ok {
		fmt.Println("Num is an Expr")
	}
}
