package main

import "fmt"

type Shape interface{ Area() float64 }

func main() {
	var e error
	s := e.(fmt.Stringer)
	fmt.Println(s)
}
