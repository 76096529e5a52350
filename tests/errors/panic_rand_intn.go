package main

import (
	"fmt"
	"math/rand"
)

func main() {
	n := 3
	for n >= 0 {
		fmt.Println(rand.Intn(n))
		n--
	}
}
