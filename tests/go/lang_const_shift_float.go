package main

import "fmt"

// Untyped float constants that are integers may be shifted, even beyond 128 bits.
const (
	tiny  = 1e100 >> 1000
	nine  = 1e302 >> 1000
	neg   = -1e100 >> 1000
	small = 4.0 << 3
	half  = 1e3 >> 2
)

func main() {
	fmt.Println(tiny, nine, neg, small, half)
	var n uint = 2
	var x int64 = 8.0 << n
	fmt.Println(x)
}
