// Structs, methods with value and pointer receivers, interfaces, closures, maps and errors:
// a tour of the language subset gomi runs.
package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct {
	W, H float64
}

type Circle struct {
	R float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) String() string     { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) Grow(f float64)     { c.R *= f }

var ErrEmpty = errors.New("no shapes")

func largest(shapes []Shape) (Shape, error) {
	if len(shapes) == 0 {
		return nil, ErrEmpty
	}
	best := shapes[0]
	for _, s := range shapes[1:] {
		if s.Area() > best.Area() {
			best = s
		}
	}
	return best, nil
}

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	c := &Circle{R: 1}
	c.Grow(2)
	shapes := []Shape{Rect{3, 4}, c, Rect{W: 1, H: 10}}

	for i, s := range shapes {
		fmt.Printf("%d: %-14v area=%7.3f perimeter=%.2f\n", i, s, s.Area(), s.Perimeter())
	}

	if s, err := largest(shapes); err == nil {
		fmt.Printf("largest: %T %v\n", s, s)
	}
	if _, err := largest(nil); errors.Is(err, ErrEmpty) {
		fmt.Println("error:", err)
	}

	kinds := map[string]int{}
	for _, s := range shapes {
		kinds[fmt.Sprintf("%T", s)]++
	}
	fmt.Println(kinds)

	names := []string{"circle", "rect", "triangle", "hexagon"}
	sort.Strings(names)
	fmt.Println(strings.Join(names, ", "))

	next := counter()
	next()
	next()
	fmt.Println("counter:", next())
}
