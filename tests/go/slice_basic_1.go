package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s, len(s), cap(s), s == nil)
	s = append(s, 1, 2, 3)
	fmt.Println(s, len(s))
	t := make([]int, 3, 10)
	fmt.Println(t, len(t), cap(t))
	u := make([]string, 2)
	u[0] = "a"
	fmt.Printf("%q %d\n", u, len(u))
	e := []int{}
	fmt.Println(e, e == nil, len(e))
	s2 := s[1:]
	s2[0] = 20
	fmt.Println(s, s2)
	n := copy(t, s)
	fmt.Println(n, t)
	n = copy(t, []int{9})
	fmt.Println(n, t)
	bs := make([]byte, 3)
	n = copy(bs, "hello")
	fmt.Println(n, bs, string(bs))
	overlap := []int{1, 2, 3, 4, 5}
	copy(overlap[1:], overlap)
	fmt.Println(overlap)
	twoD := make([][]int, 3)
	for i := range twoD {
		twoD[i] = make([]int, i+1)
		for j := range twoD[i] {
			twoD[i][j] = i + j
		}
	}
	fmt.Println(twoD)
	strs := []string{"a", "b", "c", "d"}
	strs = append(strs[:1], strs[2:]...)
	fmt.Println(strs, len(strs))
	ints := []int{5, 6, 7}
	ints = append([]int{4}, ints...)
	fmt.Println(ints)
	ints = append(ints[:2], append([]int{100}, ints[2:]...)...)
	fmt.Println(ints)
	var ps []*int
	x := 5
	ps = append(ps, &x, nil)
	fmt.Println(len(ps), *ps[0], ps[1] == nil)
	sum := 0
	for _, v := range ints {
		sum += v
	}
	fmt.Println(sum)
	last := ints[len(ints)-1]
	ints = ints[:len(ints)-1]
	fmt.Println(last, ints)
	fmt.Println(append([]byte("ab"), "cd"...))
}
