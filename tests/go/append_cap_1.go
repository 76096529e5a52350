package main

import "fmt"

func main() {
	var s []int
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Println(len(s), cap(s))
			prev = cap(s)
		}
	}
	var b []byte
	prev = -1
	for i := 0; i < 5000; i++ {
		b = append(b, 'x')
		if cap(b) != prev {
			fmt.Println("byte", len(b), cap(b))
			prev = cap(b)
		}
	}
	x := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(x), cap(x))
	y := append([]int(nil), make([]int, 13)...)
	fmt.Println(len(y), cap(y))
	z := append(make([]string, 5), "a")
	fmt.Println(len(z), cap(z))
	type P struct{ A, B, C int64 }
	var ps []P
	prev = -1
	for i := 0; i < 300; i++ {
		ps = append(ps, P{})
		if cap(ps) != prev {
			fmt.Println("P", len(ps), cap(ps))
			prev = cap(ps)
		}
	}
}
