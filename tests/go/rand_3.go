package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Int(), r.Intn(10), r.Int63(), r.Int31(), r.Uint32(), r.Uint64())
	fmt.Println(r.Float64(), r.Float32(), r.Int31n(77), r.Int63n(1<<50+3))
	fmt.Println(r.Perm(12))
	// Two generators with the same seed agree; the global one is not disturbed.
	g1 := rand.New(rand.NewSource(7))
	g2 := rand.New(rand.NewSource(7))
	same := true
	for i := 0; i < 1000; i++ {
		if g1.Int63() != g2.Int63() {
			same = false
		}
	}
	fmt.Println("same:", same, rand.Intn(1000))
	g1.Seed(123)
	g2.Seed(123)
	fmt.Println(g1.Intn(100), g2.Intn(100))
	// Bounds where Int31n's and Int63n's rejection loops run often.
	r = rand.New(rand.NewSource(-5))
	for i := 0; i < 6; i++ {
		fmt.Print(r.Int31n(1<<30+1), " ", r.Int63n(1<<62+1), " ", r.Intn(3<<30), " ")
	}
	fmt.Println()
	for i := 0; i < 6; i++ {
		fmt.Print(r.Int31n(1<<20), " ", r.Int63n(1<<40), " ")
	}
	fmt.Println()
	// A Source is usable on its own.
	src := rand.NewSource(2)
	fmt.Println(src.Int63(), src.Int63())
	s64 := src.(rand.Source64)
	fmt.Println(s64.Uint64())
	src.Seed(2)
	fmt.Println(src.Int63())
	fmt.Printf("%T %T\n", r, src)
	// Shuffle with a generator: a deck of cards.
	deck := make([]string, 0, 52)
	for _, s := range "SHDC" {
		for _, v := range []string{"A", "2", "3", "4", "5", "6", "7", "8", "9", "T", "J", "Q", "K"} {
			deck = append(deck, v+string(s))
		}
	}
	r = rand.New(rand.NewSource(1234))
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck[:13])
	fmt.Println(deck[13:26])
	buf := make([]byte, 10)
	n, err := r.Read(buf)
	fmt.Println(n, err, buf)
	n, err = r.Read(buf[:3])
	fmt.Println(n, err, buf[:3])
}
