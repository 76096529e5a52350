package main

import "fmt"

func main() {
	s := uint(3)
	var f = float64(1 << s)
	fmt.Println(f)
}
