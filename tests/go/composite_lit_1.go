package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	A, B  Point
	Label string
}

type Shape struct {
	Name   string
	Points []Point
	Meta   map[string]string
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	r := &Point{X: 3}
	fmt.Println(p, q, r, *r)
	l := Line{Point{0, 0}, Point{1, 1}, "diag"}
	l2 := Line{A: Point{2, 2}, Label: "partial"}
	fmt.Println(l, l2)
	fmt.Printf("%+v\n", l2)
	pts := []Point{{1, 2}, {3, 4}, {Y: 6}}
	fmt.Println(pts)
	pps := []*Point{{1, 1}, {2, 2}}
	fmt.Println(*pps[0], pps[1].X, len(pps))
	m := map[string]Point{"a": {1, 2}, "b": {3, 4}}
	fmt.Println(m)
	mp := map[Point]string{{1, 2}: "x", {0, 0}: "o"}
	fmt.Println(mp)
	arr := [...]Point{{1, 1}, 5: {5, 5}}
	fmt.Println(len(arr), arr)
	nested := [][]int{{1}, {2, 3}, {}}
	fmt.Println(nested, len(nested[2]))
	s := Shape{
		Name:   "tri",
		Points: []Point{{0, 0}, {1, 0}, {0, 1}},
		Meta:   map[string]string{"color": "red"},
	}
	fmt.Printf("%+v\n", s)
	fmt.Println(s)
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(grid)
	idx := []string{2: "c", 0: "a"}
	fmt.Printf("%q %d\n", idx, len(idx))
	mm := map[string][]Point{"line": {{0, 0}, {9, 9}}}
	fmt.Println(mm)
	anon := []struct {
		N int
		S string
	}{{1, "one"}, {2, "two"}}
	fmt.Println(anon)
	ptrArr := [2]*Point{{7, 8}, nil}
	fmt.Println(*ptrArr[0], ptrArr[1])
	fmap := map[string]func(int) int{"sq": func(x int) int { return x * x }}
	fmt.Println(fmap["sq"](9))
	pl := &[]int{1, 2, 3}
	fmt.Println(*pl, len(*pl))
	pm := &map[string]int{"k": 1}
	fmt.Println(*pm)
}
