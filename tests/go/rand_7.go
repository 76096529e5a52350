package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(11))
	z := rand.NewZipf(r, 1.5, 2, 100)
	for i := 0; i < 15; i++ {
		fmt.Print(z.Uint64(), " ")
	}
	fmt.Println()
	// Word-frequency-like counts: small values dominate.
	z = rand.NewZipf(rand.New(rand.NewSource(5)), 1.1, 1, 9)
	var counts [10]int
	for i := 0; i < 5000; i++ {
		counts[z.Uint64()]++
	}
	fmt.Println(counts)
	big := rand.NewZipf(r, 3, 1, 1<<40)
	fmt.Println(big.Uint64(), big.Uint64(), big.Uint64())
	fmt.Println(rand.NewZipf(r, 1, 1, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	var none *rand.Zipf
	none.Uint64()
}
