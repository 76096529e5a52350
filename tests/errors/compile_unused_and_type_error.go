package main

import "fmt"

func main() {
	unused := 1
	var s string = 5
	fmt.Println(s)
}
