package main

import (
	"fmt"
	"math/rand"
)

func sample() []int {
	out := make([]int, 8)
	for i := range out {
		out[i] = rand.Intn(1000)
	}
	return out
}

func main() {
	rand.Seed(42)
	a := sample()
	fmt.Println(a)
	fmt.Println(rand.Int63(), rand.Float64(), rand.Perm(6))
	rand.Seed(42)
	b := sample()
	fmt.Println(b, fmt.Sprint(a) == fmt.Sprint(b))
	// Seeds equal modulo 2^31-1 give the same sequence; 0 is a seed of its own.
	for _, s := range []int64{0, 1, -1, 7, 7 + (1<<31 - 1), -7, 1 << 31, 1<<62 + 3, -1 << 63, 1<<63 - 1, 2147483647, 89482311, 20230101} {
		rand.Seed(s)
		fmt.Println(s, rand.Int63(), rand.Intn(10), rand.Uint32())
	}
	rand.Seed(1)
	fmt.Println("seed 1 again:", rand.Int())
	// Run long enough to wrap around the 607-word state several times.
	rand.Seed(99)
	var sum uint64
	for i := 0; i < 5000; i++ {
		sum += rand.Uint64()
	}
	fmt.Println("sum", sum, rand.Int63())
	// Monte Carlo estimate of pi.
	rand.Seed(2022)
	inside := 0
	const n = 20000
	for i := 0; i < n; i++ {
		x, y := rand.Float64(), rand.Float64()
		if x*x+y*y < 1 {
			inside++
		}
	}
	fmt.Printf("pi ~ %.4f\n", 4*float64(inside)/n)
}
