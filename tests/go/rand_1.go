package main

import (
	"fmt"
	"math/rand"
)

// Without a call to Seed, Go 1.19's top-level functions behave as if seeded with 1.
func main() {
	fmt.Println(rand.Int(), rand.Int63(), rand.Int31(), rand.Uint32(), rand.Uint64())
	for i := 0; i < 10; i++ {
		fmt.Print(rand.Intn(100), " ")
	}
	fmt.Println()
	for i := 0; i < 5; i++ {
		fmt.Print(rand.Int31n(1000), " ", rand.Int63n(1e12), " ")
	}
	fmt.Println()
	for i := 0; i < 4; i++ {
		fmt.Println(rand.Float64(), rand.Float32())
	}
	fmt.Println(rand.Perm(10))
	fmt.Println(rand.Perm(0), rand.Perm(1))
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
	rand.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
	// Dice histogram.
	var counts [6]int
	for i := 0; i < 6000; i++ {
		counts[rand.Intn(6)]++
	}
	fmt.Println(counts)
	fmt.Println(rand.Intn(1), rand.Int31n(1), rand.Int63n(1))
	fmt.Println(rand.Intn(1<<31), rand.Intn(1<<31-1), rand.Intn(1<<40), rand.Intn(1<<62+12345))
}
