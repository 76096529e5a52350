package main

import "fmt"

func main() {
	s := []int{1, 2}
	s = append(s, "three")
	fmt.Println(s)
}
