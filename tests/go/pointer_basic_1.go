package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func inc(p *int) { *p++ }

func newInt(v int) *int { return &v }

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	x := 1
	p := &x
	*p = 5
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	q := newInt(10)
	r := newInt(10)
	fmt.Println(*q == *r, q == r)
	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b)
	n := new(int)
	fmt.Println(*n)
	*n = 3
	fmt.Println(*n)
	var np *Node
	fmt.Println(np == nil, np)
	head := &Node{1, &Node{2, &Node{3, nil}}}
	for c := head; c != nil; c = c.Next {
		fmt.Print(c.Val, " ")
	}
	fmt.Println()
	pp := &p
	**pp = 77
	fmt.Println(x)
	s := new(Node)
	s.Val = 9
	fmt.Println(*s, s.Next == nil)
	arr := [3]int{1, 2, 3}
	ep := &arr[1]
	*ep = 20
	fmt.Println(arr)
	sl := []int{1, 2, 3}
	sp := &sl[2]
	*sp = 30
	fmt.Println(sl)
	type T struct{ A, B int }
	t := T{1, 2}
	fp := &t.B
	*fp = 200
	fmt.Println(t)
	ps := new([]string)
	*ps = append(*ps, "x")
	fmt.Println(*ps, len(*ps))
	var ip *int
	fmt.Println(ip)
	fmt.Printf("%v %t\n", ip, ip == nil)
}
