package main

import "fmt"

// Local arrays larger than a frame can hold (Go moves them to the heap).

func sieve(n int) int {
	var composite [200000]bool
	count := 0
	for i := 2; i < n; i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j < n; j += i {
			composite[j] = true
		}
	}
	return count
}

type grid [300][300]int

func main() {
	for k := 0; k < 3; k++ {
		var g grid // zero again on every iteration
		g[k][k] += k + 1
		g[299][299]++
		s := 0
		for i := range g {
			for j := range g[i] {
				s += g[i][j]
			}
		}
		g[k][1] = 5
		fmt.Println(k, s, len(g), g[k][1])
	}
	fmt.Println(sieve(200000))
}
