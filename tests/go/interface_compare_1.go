package main

import (
	"errors"
	"fmt"
)

type T struct{ A int }
type U struct{ A int }
type MyInt int

func main() {
	var a, b interface{}
	fmt.Println(a == b, a == nil)
	a = 1
	b = 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	b = MyInt(1)
	fmt.Println(a == b)
	a = "x"
	b = "x"
	fmt.Println(a == b)
	a = T{1}
	b = T{1}
	fmt.Println(a == b)
	b = U{1}
	fmt.Println(a == b)
	a = nil
	fmt.Println(a == b, a == nil, b != nil)
	var p *T
	a = p
	fmt.Println(a == nil, a == (*T)(nil))
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, e1 == e1)
	var err error
	fmt.Println(err == nil)
	x := 5
	a, b = &x, &x
	fmt.Println(a == b)
	a = 1.5
	fmt.Println(a == 1.5, a == 1)
	var i interface{} = 3
	fmt.Println(i == 3, i != 4)
	a = [2]int{1, 2}
	b = [2]int{1, 2}
	fmt.Println(a == b)
	a = true
	fmt.Println(a == true, a == 1)
	vals := []interface{}{1, "1", 1.0, int8(1), uint(1), nil, T{1}}
	for _, v := range vals {
		fmt.Print(v == 1, " ")
	}
	fmt.Println()
	var s fmt.Stringer
	var any2 any = s
	fmt.Println(any2 == nil)
}
