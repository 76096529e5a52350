package main

import "fmt"

func fp() (*int, int) { return nil, 42 }

func p10() {
	p := new(int)
	p, *p = fp()
}

func p10b() {
	p := new(int)
	q := p
	p, *p = fp()
	fmt.Println(p == nil, *q)
}

func main() {
	p10b()
	p10()
	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
		break
	}
	fmt.Println(i, x)
	m := map[int]int{5: 6}
	var k int
	for k, x[k] = range m {
	}
	fmt.Println(k, x)
}

func init() {
	type node struct {
		next *node
		v    int
	}
	n := &node{v: 1}
	m := &node{v: 2}
	n.next = m
	p := n
	p, p.next = p.next, nil
	fmt.Println(p.v, n.next == nil)
	arr := []int{0, 0, 0}
	i := 0
	i, arr[i], arr[i+1] = 2, 5, 6
	fmt.Println(i, arr)
	mk := map[string]int{}
	k := "a"
	k, mk[k] = "b", 1
	fmt.Println(k, mk)
}
