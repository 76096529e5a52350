package main

import (
	"errors"
	"fmt"
	"math"
)

type T struct {
	A int
	B string
}

func main() {
	fmt.Println(1, "a", 2.5, true, nil, 'x', byte(1))
	fmt.Println("a", "b")
	fmt.Print("a", "b", 1, 2, "c", 3.5, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 1, true, false, "\n")
	fmt.Println([]int{1, 2}, [2]string{"a", "b"}, map[string]int{"z": 1, "a": 2})
	fmt.Println(T{1, "x"}, &T{2, "y"}, []T{{3, "z"}}, []*T{})
	fmt.Println([][]int{{1}, {2, 3}, nil}, [][]string{{"a"}})
	var ns []int
	var nm map[string]int
	var np *T
	var ni interface{}
	var ne error
	var nf func()
	fmt.Println(ns, nm, np, ni, ne, nf == nil)
	fmt.Println(errors.New("err value"), []error{errors.New("e1"), nil})
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), -0.0, math.Copysign(0, -1))
	fmt.Println(float32(0.1), float32(1e10), float32(1)/3, float32(16777217))
	fmt.Println(1e21, 1e20, 1e-5, 0.0001, 1.0, 10.0, 1.5e-7, 12345.678)
	x, y := 0.1, 0.2
	fmt.Println(x+y, x*y, 1/3.0)
	fmt.Println(int64(-5), uint64(5), uintptr(9), int8(-1))
	fmt.Println(struct{}{}, struct{ A, B int }{1, 2}, [0]int{})
	fmt.Println(map[T]int{{1, "a"}: 1})
	fmt.Println(&[]int{1}, &map[string]int{"a": 1}, &[2]int{3, 4})
	pp := &T{}
	fmt.Println([]interface{}{1, "s", nil, pp == nil})
	s := fmt.Sprintln("x", 1, 2)
	fmt.Print(s)
	fmt.Printf("%q\n", fmt.Sprint("a", 1, 2, "b", "c", 3.0, 4))
	fmt.Printf("%q\n", fmt.Sprint(1, 2))
	fmt.Printf("%q\n", fmt.Sprint("a", "b"))
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Println()
	fmt.Println(map[string][]int{"b": {2}, "a": {1}}, map[int]bool{})
	fmt.Println('a', "a"[0], string('a'))
	fmt.Println(true && false, !true)
}
