package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
	fmt.Stringer
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }
type Polygon struct {
	Name string
	Pts  [][2]float64
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.R) }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) String() string     { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) String() string     { return fmt.Sprintf("Triangle(%g,%g,%g)", t.A, t.B, t.C) }

func (p *Polygon) Area() float64 {
	a := 0.0
	n := len(p.Pts)
	for i := range p.Pts {
		j := (i + 1) % n
		a += p.Pts[i][0]*p.Pts[j][1] - p.Pts[j][0]*p.Pts[i][1]
	}
	return math.Abs(a) / 2
}

func (p *Polygon) Perimeter() float64 {
	per := 0.0
	for i := range p.Pts {
		j := (i + 1) % len(p.Pts)
		per += math.Hypot(p.Pts[j][0]-p.Pts[i][0], p.Pts[j][1]-p.Pts[i][1])
	}
	return per
}

func (p *Polygon) String() string { return fmt.Sprintf("Polygon %s (%d pts)", p.Name, len(p.Pts)) }

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	shapes := []Shape{
		Circle{1},
		Rect{3, 4},
		Triangle{3, 4, 5},
		&Polygon{"square", [][2]float64{{0, 0}, {2, 0}, {2, 2}, {0, 2}}},
		Circle{0.5},
		&Polygon{"L", [][2]float64{{0, 0}, {3, 0}, {3, 1}, {1, 1}, {1, 3}, {0, 3}}},
	}
	sort.Sort(ByArea(shapes))
	var total float64
	for _, s := range shapes {
		fmt.Printf("%-24v area=%8.4f perim=%8.4f\n", s, s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total area %.3f\n", total)
	counts := map[string]int{}
	for _, s := range shapes {
		switch s.(type) {
		case Circle:
			counts["circle"]++
		case Rect, Triangle:
			counts["simple"]++
		case *Polygon:
			counts["polygon"]++
		}
	}
	fmt.Println(counts)
	fmt.Println(shapes[0], shapes[len(shapes)-1])
}
