package main

import "fmt"

func main() {
	var f func(int) int
	fmt.Println("f is nil:", f == nil)
	fmt.Println(f(1))
}
