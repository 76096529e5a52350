package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	// Unseeded top-level draws, then a seeded generator.
	fmt.Println(rand.NormFloat64(), rand.ExpFloat64(), rand.NormFloat64())
	r := rand.New(rand.NewSource(77))
	for i := 0; i < 5; i++ {
		fmt.Println(r.NormFloat64(), r.ExpFloat64())
	}
	// Enough draws to reach the tails and the slow paths: compare moments and extremes.
	var sum, sumSq, maxN, minN, sumE, maxE float64
	const n = 30000
	for i := 0; i < n; i++ {
		x := r.NormFloat64()*2 + 10
		sum += x
		sumSq += x * x
		maxN = math.Max(maxN, x)
		if i == 0 || x < minN {
			minN = x
		}
		e := r.ExpFloat64() / 3
		sumE += e
		maxE = math.Max(maxE, e)
	}
	mean := sum / n
	fmt.Printf("normal mean %.6f sd %.6f min %.6f max %.6f\n", mean, math.Sqrt(sumSq/n-mean*mean), minN, maxN)
	fmt.Printf("exp mean %.6f max %.6f\n", sumE/n, maxE)
	fmt.Println(r.Int63(), sum, sumE)
	// A histogram of normal draws.
	var bins [8]int
	rand.Seed(3)
	for i := 0; i < 4000; i++ {
		b := int(math.Floor(rand.NormFloat64())) + 4
		if b >= 0 && b < len(bins) {
			bins[b]++
		}
	}
	fmt.Println(bins)
}
