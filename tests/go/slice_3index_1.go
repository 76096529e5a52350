package main

import "fmt"

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:5]
	fmt.Println(s, len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(s, len(s), cap(s))
	t := arr[2:4:5]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100)
	fmt.Println(arr, t)
	t = append(t, 200)
	t[0] = -1
	fmt.Println(arr, t)
	u := arr[:0:0]
	fmt.Println(u, len(u), cap(u))
	full := arr[:]
	fmt.Println(len(full), cap(full))
	x := []int{1, 2, 3, 4, 5}
	y := x[1:3]
	fmt.Println(y, cap(y))
	y = append(y, 99)
	fmt.Println(x)
	z := x[1:3:3]
	z = append(z, 77)
	z[0] = 55
	fmt.Println(x, z)
	str := "abcdef"
	fmt.Println(str[2:], str[:0], str[6:])
	b := []byte(str)
	b2 := b[1:2:4]
	fmt.Println(string(b2), len(b2), cap(b2), string(b2[:3]))
	e := x[5:]
	fmt.Println(e, len(e), cap(e))
	m := x[2:2]
	fmt.Println(m, len(m), cap(m))
}
