package main

import "fmt"

const a = a

const (
	X    = A
	A    = B
	B    = D
	C, D = 1, A
)

func main() {
	fmt.Println(a, X)
}
