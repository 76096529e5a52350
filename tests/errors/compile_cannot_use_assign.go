package main

import "fmt"

func main() {
	var f float64 = 1.5
	var i int
	i = f
	fmt.Println(i)
}
