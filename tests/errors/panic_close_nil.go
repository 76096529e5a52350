package main

import "fmt"

func main() {
	var c chan string
	fmt.Println("closing nil")
	close(c)
}
