package main

import "fmt"

func main() {
	c := make(chan struct{})
	close(c)
	fmt.Println("closed once")
	close(c)
}
