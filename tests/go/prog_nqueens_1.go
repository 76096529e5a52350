package main

import (
	"fmt"
	"strings"
)

func solve(n int) (count int, first []int) {
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	pos := make([]int, n)
	var place func(r int)
	place = func(r int) {
		if r == n {
			if count == 0 {
				first = append([]int(nil), pos...)
			}
			count++
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			pos[r] = c
			place(r + 1)
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
	}
	place(0)
	return
}

func render(pos []int) string {
	var sb strings.Builder
	for _, c := range pos {
		sb.WriteString(strings.Repeat(". ", c))
		sb.WriteString("Q ")
		sb.WriteString(strings.Repeat(". ", len(pos)-c-1))
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	for n := 1; n <= 9; n++ {
		c, f := solve(n)
		fmt.Println(n, c, f)
	}
	_, f := solve(8)
	fmt.Print(render(f))
}
