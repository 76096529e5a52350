package main

import "fmt"

type Grid [3][3]int

func fill(g Grid) Grid {
	for i := range g {
		for j := range g[i] {
			g[i][j] = i*3 + j
		}
	}
	return g
}

func modifyPtr(a *[4]int) { a[0] = 99 }

func main() {
	var a [5]int
	a[2] = 7
	fmt.Println(a, len(a))
	b := [...]string{"x", "y", "z"}
	fmt.Println(b, len(b))
	c := [5]int{1, 2, 3}
	d := [5]int{4: 10, 1: 5}
	fmt.Println(c, d)
	e := c
	e[0] = 100
	fmt.Println(c[0], e[0], c == e, c != d)
	var g Grid
	g2 := fill(g)
	fmt.Println(g, g2)
	fmt.Println(g2[1][2], len(g2[0]))
	arr := [4]int{1, 2, 3, 4}
	modifyPtr(&arr)
	fmt.Println(arr)
	p := &arr
	p[1] = 50
	fmt.Println(p[1], len(p), arr)
	for i, v := range p {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	sl := arr[1:3]
	sl[0] = -1
	fmt.Println(arr, sl, cap(sl))
	bools := [3]bool{true}
	fmt.Println(bools)
	type P struct{ X, Y int }
	ps := [2]P{{1, 2}, {3, 4}}
	fmt.Println(ps, ps == [2]P{{1, 2}, {3, 4}})
	matrix := [2][2]float64{{1, 2}, {3, 4}}
	fmt.Println(matrix)
	var zero [0]int
	fmt.Println(zero, len(zero))
	arrOfSlices := [2][]int{{1}, {2, 3}}
	fmt.Println(arrOfSlices)
	for i := range arr {
		arr[i] *= 2
	}
	fmt.Println(arr)
	copyArr := arr
	for i, v := range copyArr {
		copyArr[i] = v + 1
	}
	fmt.Println(arr, copyArr)
}
