package main

import "fmt"

var (
	global     = 10
	gName      string
	gList      []int
	gMap       map[string]int
	gPtr       *int
	gFunc      func(int) int
	gIface     interface{}
	gErr       error
	a, b, c    = 1, "two", 3.0
	computed   = double(global)
	gArr       [3]bool
	initOrder1 = initOrder2 + 1
	initOrder2 = 5
)

func double(x int) int { return x * 2 }

func swap(x, y int) (int, int) { return y, x }

func main() {
	fmt.Println(global, gName == "", gList == nil, gMap == nil, gPtr == nil, gFunc == nil, gIface == nil, gErr == nil)
	fmt.Println(a, b, c)
	fmt.Println(computed, gArr, initOrder1, initOrder2)
	var x, y int = 1, 2
	x, y = swap(x, y)
	fmt.Println(x, y)
	x, y = y, x
	fmt.Println(x, y)
	var z = x + y
	w := z * 2
	fmt.Println(z, w)
	var (
		p float64
		q = "q"
	)
	fmt.Println(p, q)
	arr := []int{1, 2, 3}
	i := 0
	i, arr[i] = 1, 9
	fmt.Println(i, arr)
	m, n := 1, 2
	n, k := 3, 4
	fmt.Println(m, n, k)
	global++
	fmt.Println(global)
	_ = w
	var _ = 5
	var u8 uint8
	var f32 float32
	var r rune
	var s struct{ A int; B string }
	fmt.Println(u8, f32, r, s)
	fmt.Printf("%v|%+v|%q\n", s, s, gName)
}
