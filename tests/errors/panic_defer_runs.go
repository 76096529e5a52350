package main

import "fmt"

func work() {
	defer fmt.Println("work deferred 1")
	defer fmt.Println("work deferred 2")
	var arr []int
	_ = arr[0]
}

func main() {
	defer fmt.Println("main deferred")
	work()
}
