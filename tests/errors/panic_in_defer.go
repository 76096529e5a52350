package main

import "fmt"

func main() {
	defer func() {
		panic("panic in deferred call")
	}()
	fmt.Println("main body")
	panic("original")
}
