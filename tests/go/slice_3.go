package main

import (
	"fmt"
	"strings"
)

func main() {
	var nilS []string
	empty := []string{}
	made := make([]string, 0)
	fmt.Println(nilS == nil, empty == nil, made == nil)
	fmt.Println(len(nilS), len(empty), cap(made))
	fmt.Printf("%v %v %v|%q %q\n", nilS, empty, made, nilS, empty)
	fmt.Printf("%#v %#v\n", nilS, empty)
	nilS = append(nilS, empty...)
	fmt.Println(nilS == nil)
	nilS = append(nilS, "x")
	fmt.Println(nilS, nilS == nil)
	fmt.Println(strings.Join(nil, ","), len(strings.Split("", ",")))
	for i := range nilS[:0] {
		fmt.Println("never", i)
	}
	sub := nilS[1:]
	fmt.Println(len(sub), cap(sub), sub == nil)
	var nilInts []int
	sub2 := nilInts[:]
	fmt.Println(sub2 == nil, len(nilInts[0:0]))
	matrix := make([][]float64, 2)
	fmt.Println(matrix, matrix[0] == nil)
	matrix[0] = append(matrix[0], 1.5)
	fmt.Println(matrix)
	stack := []int{}
	for i := 0; i < 5; i++ {
		stack = append(stack, i)
	}
	for len(stack) > 0 {
		n := len(stack) - 1
		fmt.Print(stack[n], " ")
		stack = stack[:n]
	}
	fmt.Println(len(stack))
	queue := []string{"a", "b", "c"}
	for len(queue) > 0 {
		head := queue[0]
		queue = queue[1:]
		if head == "a" {
			queue = append(queue, "d")
		}
		fmt.Print(head)
	}
	fmt.Println()
	byts := []byte("hello")
	upper := make([]byte, len(byts))
	for i, b := range byts {
		upper[i] = b - 32
	}
	fmt.Println(string(upper), string(byts[1:4]))
	ptrs := []*int{}
	for i := 0; i < 3; i++ {
		v := i * 10
		ptrs = append(ptrs, &v)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}
