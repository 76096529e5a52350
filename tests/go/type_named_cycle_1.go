package main

import "fmt"

type T1 struct {
	Next *T2
	N    int
}

type T2 T1

type T3 struct {
	Next *T4
}

type T4 T5
type T5 T6
type T6 T3

type T10 struct {
	x struct {
		y **struct {
			z *struct {
				Next *T11
			}
		}
	}
}

type T11 T10

func (t *T2) Len() int {
	n := 0
	for p := t; p != nil; p = p.Next {
		n++
	}
	return n
}

func main() {
	a := &T1{&T2{&T2{nil, 3}, 2}, 1}
	fmt.Println(a.N, a.Next.N, a.Next.Next.N, (*T2)(a).Len())
	b := &T3{&T4{&T4{}}}
	fmt.Println(b.Next.Next.Next == nil)
	var t11 T11
	fmt.Println(t11.x.y == nil)
	fmt.Printf("%T %T %T\n", T2{}, T5{}, t11)
}
