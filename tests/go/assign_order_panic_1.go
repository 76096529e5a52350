package main

import "fmt"

type P struct{ i int }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func two() (int, int) { return 10, 20 }

var g int

func main() {
	m := map[string]int{}
	try("star", func() { var p *int; m["star"], *p = 1, 2 })
	try("slice index", func() { p := []int{}; m["slice"], p[1] = 2, 2 })
	try("field", func() { var p *P; m["field"], p.i = 3, 2 })
	try("array pointer", func() { var p *[3]int; i := 1; m["arrptr"], p[i] = 4, 2 })
	try("array pointer const", func() { var p *[3]int; m["arrptrc"], p[1] = 5, 2 })
	try("array pointer range", func() { p := &[3]int{}; i := 7; m["arrrange"], p[i] = 6, 2 })
	try("call results", func() { var s []int; m["call"], s[0] = two() })
	try("nil map first", func() {
		var nm map[string]int
		nm["x"], g = 1, 2
	})
	fmt.Println("g =", g)
	try("pointer then nil map", func() {
		a := 0
		p := &a
		var nm map[int]int
		defer func() { fmt.Println("a =", a) }()
		*p, nm[2] = 5, 2
	})
	fmt.Println(len(m), m)

	// Index operands are evaluated before any assignment.
	s := []int{0, 0, 0}
	i := 0
	i, s[i] = 2, 9
	fmt.Println(i, s)
	s[i], i = 7, 1
	fmt.Println(i, s)
	s[0], s[1] = s[1], s[0]
	fmt.Println(s)
	arr := &[2]string{"a", "b"}
	arr[0], arr[1] = arr[1], arr[0]
	fmt.Println(*arr)
	j := 1
	s[j], j = two()
	fmt.Println(j, s)
	sp := &s
	(*sp)[0], sp = 42, nil
	fmt.Println(s, sp == nil)
}
