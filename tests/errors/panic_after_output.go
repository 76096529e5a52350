package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println("line", i)
	}
	var p *[3]int
	p[1] = 5
}
