package main

import "fmt"

func main() {
	a := undefinedA
	var b int = "str"
	fmt.Println(a, b, undefinedC)
}
