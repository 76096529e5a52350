package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type rng struct{ state uint64 }

func (r *rng) next() uint64 {
	r.state ^= r.state << 13
	r.state ^= r.state >> 7
	r.state ^= r.state << 17
	return r.state
}

func (r *rng) float() float64 { return float64(r.next()>>11) / (1 << 53) }

func (r *rng) normal() float64 {
	// Box-Muller
	u1, u2 := r.float(), r.float()
	return math.Sqrt(-2*math.Log(u1)) * math.Cos(2*math.Pi*u2)
}

func main() {
	r := &rng{88172645463325252}
	first := make([]uint64, 5)
	for i := range first {
		first[i] = r.next() % 1000
	}
	fmt.Println(first)
	buckets := make([]int, 10)
	var samples []float64
	for i := 0; i < 5000; i++ {
		x := r.normal()
		samples = append(samples, x)
		b := int(math.Floor((x + 2.5) * 2))
		if b >= 0 && b < len(buckets) {
			buckets[b]++
		}
	}
	for i, c := range buckets {
		lo := float64(i)/2 - 2.5
		fmt.Printf("%5.1f..%5.1f %4d %s\n", lo, lo+0.5, c, strings.Repeat("#", c/25))
	}
	sort.Float64s(samples)
	median := (samples[len(samples)/2-1] + samples[len(samples)/2]) / 2
	sum := 0.0
	for _, s := range samples {
		sum += s
	}
	fmt.Printf("min %.4f max %.4f median %.4f mean %.4f\n", samples[0], samples[len(samples)-1], median, sum/float64(len(samples)))
	dice := map[int]int{}
	for i := 0; i < 6000; i++ {
		d := int(r.next()%6) + 1
		dice[d]++
	}
	fmt.Println(dice)
}
