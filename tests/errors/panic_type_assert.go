package main

import "fmt"

func main() {
	var i interface{} = "string value"
	n := i.(int)
	fmt.Println(n)
}
