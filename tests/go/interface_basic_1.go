package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type Square struct{ Rect }

func (s Square) Name() string { return "square" }

func total(shapes ...Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	var s Shape = Rect{3, 4}
	fmt.Println(s.Area(), s.Perimeter())
	s = &Circle{1}
	fmt.Printf("%.4f %.4f\n", s.Area(), s.Perimeter())
	fmt.Printf("%.3f\n", total(Rect{1, 1}, &Circle{2}, Rect{2, 5}))
	var ns NamedShape = Square{Rect{2, 2}}
	fmt.Println(ns.Name(), ns.Area())
	var n Named = ns
	fmt.Println(n.Name())
	s = ns
	fmt.Println(s.Perimeter())
	var e interface{} = 42
	fmt.Println(e)
	e = "str"
	fmt.Println(e)
	var a any = []int{1, 2}
	fmt.Println(a)
	var nilShape Shape
	fmt.Println(nilShape == nil, nilShape)
	var cp *Circle
	nilShape = cp
	fmt.Println(nilShape == nil, nilShape)
	fmt.Printf("%T %T %T\n", s, e, nilShape)
	shapes := []Shape{Rect{1, 2}, &Circle{0.5}, Square{Rect{3, 3}}}
	for i, sh := range shapes {
		fmt.Printf("%d %T %.2f\n", i, sh, sh.Area())
	}
}
