package main

import (
	"fmt"
	"math/rand"
)

// counter is a Source that is not a Source64: Rand.Uint64 takes two draws from it.
type counter struct {
	n     int64
	draws int
}

func (c *counter) Int63() int64 {
	c.draws++
	c.n = c.n*6364136223846793005 + 1442695040888963407
	return int64(uint64(c.n) >> 1)
}

func (c *counter) Seed(seed int64) { c.n = seed }

// wide also provides Uint64, so Rand uses it directly.
type wide struct{ counter }

func (w *wide) Uint64() uint64 {
	w.draws += 100
	return 0xfeedfacecafebeef
}

func main() {
	c := &counter{n: 1}
	r := rand.New(c)
	fmt.Println(r.Uint64(), c.draws)
	fmt.Println(r.Int63(), r.Uint32(), r.Int31(), r.Intn(1000), r.Float64(), c.draws)
	fmt.Println(r.Perm(5), c.draws)
	r.Seed(1)
	fmt.Println(r.Uint64(), c.draws)

	w := &wide{}
	rw := rand.New(w)
	fmt.Println(rw.Uint64(), w.draws, rw.Int63n(10), w.draws)

	// Read keeps the unused bytes of a draw for the next call, until Seed.
	r2 := rand.New(rand.NewSource(5))
	a := make([]byte, 3)
	b := make([]byte, 6)
	r2.Read(a)
	r2.Read(b)
	fmt.Println(a, b)
	r2.Seed(5)
	all := make([]byte, 9)
	r2.Read(all)
	fmt.Println(all)
	rand.Seed(5)
	top := make([]byte, 9)
	n, err := rand.Read(top)
	fmt.Println(n, err, top)
}
