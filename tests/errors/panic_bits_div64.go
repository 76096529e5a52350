package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.Div64(1, 2, 3))
	fmt.Println(bits.Div64(3, 2, 3))
}
