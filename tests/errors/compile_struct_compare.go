package main

import "fmt"

type T struct {
	Items []int
}

func main() {
	a, b := T{}, T{}
	fmt.Println(a == b)
}
