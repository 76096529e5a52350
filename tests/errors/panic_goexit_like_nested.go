package main

import "fmt"

func level(n int) {
	if n == 0 {
		panic(fmt.Errorf("bottom reached at depth %d", n))
	}
	defer fmt.Println("unwinding", n)
	level(n - 1)
}

func main() {
	level(3)
}
