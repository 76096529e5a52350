package main

import "fmt"

func trace(name string, v int) int {
	fmt.Println("eval", name)
	return v
}

func main() {
	a := []int{0, 0, 0}
	i := 0
	i, a[i] = 1, 9
	fmt.Println(i, a)
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
	x, y = x+y, x*y
	fmt.Println(x, y)
	a[trace("idx", 1)] = trace("val", 5)
	fmt.Println(a)
	m := map[string]int{}
	m["k"] += trace("inc", 3)
	m["k"] *= 2
	fmt.Println(m)
	b := [3]int{1, 2, 3}
	b[0], b[1], b[2] = b[2], b[0], b[1]
	fmt.Println(b)
	n := 10
	n += 5
	n -= 3
	n *= 2
	n /= 4
	n %= 4
	n <<= 3
	n >>= 1
	n |= 1
	n &= 0xD
	n ^= 0xF
	n &^= 2
	fmt.Println(n)
	s := "a"
	s += "b"
	s += s
	fmt.Println(s)
	f := 1.5
	f *= 4
	f -= 0.5
	fmt.Println(f)
	var p struct{ A, B int }
	p.A, p.B = 3, p.A
	fmt.Println(p)
	c := 5
	c++
	c++
	c--
	fmt.Println(c)
	arr := []int{1, 2, 3}
	j := 0
	arr[j], j = 100, 2
	fmt.Println(arr, j)
	fmt.Println(trace("left", 1) + trace("right", 2)*trace("mul", 3))
	res := []int{trace("e0", 0), trace("e1", 1)}
	fmt.Println(res)
	mm := map[int]int{trace("k", 1): trace("v", 2)}
	fmt.Println(mm)
	ptr := &arr[0]
	*ptr += 1
	arr[1]++
	fmt.Println(arr)
	var q, r int = trace("q", 7), trace("r", 8)
	fmt.Println(q, r)
}
