package main

import "fmt"

func appendOne(s []int) []int { return append(s, 1) }

func setFirst(s []int) { s[0] = 42 }

func grow(s []int) { s = append(s, 5); s[0] = -5 }

func main() {
	a := make([]int, 3, 4)
	b := append(a, 10)
	c := append(a, 20)
	fmt.Println(a, b, c)
	b[0] = 7
	fmt.Println(a[0], c[0])
	d := appendOne(a[:1])
	fmt.Println(a, d)
	setFirst(a)
	fmt.Println(a)
	full := []int{1, 2, 3}
	grow(full)
	fmt.Println(full)
	roomy := make([]int, 1, 10)
	grow(roomy)
	fmt.Println(roomy, roomy[:2])
	orig := []int{1, 2, 3, 4}
	view := orig[1:3]
	view = append(view, 100)
	fmt.Println(orig, view)
	cp := make([]int, len(orig))
	copy(cp, orig)
	cp[0] = 0
	fmt.Println(orig[0], cp[0])
	matrix := [][]int{{1, 2}, {3, 4}}
	row := matrix[0]
	row[1] = 20
	fmt.Println(matrix)
	clone := append([]int(nil), orig...)
	clone[3] = -4
	fmt.Println(orig, clone)
	s := []int{0, 1, 2, 3, 4, 5}
	s = s[2:4]
	s = s[:4]
	fmt.Println(s)
}
