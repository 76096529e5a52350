package main

import "fmt"

type Speaker interface{ Speak() string }
type Rock struct{}

func main() {
	var x interface{} = Rock{}
	s := x.(Speaker)
	fmt.Println(s.Speak())
}
