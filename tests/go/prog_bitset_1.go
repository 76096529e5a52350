package main

import (
	"fmt"
	"strings"
)

type BitSet struct {
	words []uint64
}

func (b *BitSet) Add(i uint) {
	w := int(i / 64)
	for len(b.words) <= w {
		b.words = append(b.words, 0)
	}
	b.words[w] |= 1 << (i % 64)
}

func (b *BitSet) Has(i uint) bool {
	w := int(i / 64)
	return w < len(b.words) && b.words[w]&(1<<(i%64)) != 0
}

func (b *BitSet) Remove(i uint) {
	if w := int(i / 64); w < len(b.words) {
		b.words[w] &^= 1 << (i % 64)
	}
}

func (b *BitSet) Union(o *BitSet) *BitSet {
	r := &BitSet{}
	n := len(b.words)
	if len(o.words) > n {
		n = len(o.words)
	}
	r.words = make([]uint64, n)
	for i := range r.words {
		if i < len(b.words) {
			r.words[i] |= b.words[i]
		}
		if i < len(o.words) {
			r.words[i] |= o.words[i]
		}
	}
	return r
}

func (b *BitSet) Intersect(o *BitSet) *BitSet {
	r := &BitSet{}
	for i := 0; i < len(b.words) && i < len(o.words); i++ {
		r.words = append(r.words, b.words[i]&o.words[i])
	}
	return r
}

func (b *BitSet) Len() int {
	n := 0
	for _, w := range b.words {
		for w != 0 {
			w &= w - 1
			n++
		}
	}
	return n
}

func (b *BitSet) String() string {
	var parts []string
	for i, w := range b.words {
		for j := 0; j < 64; j++ {
			if w&(1<<uint(j)) != 0 {
				parts = append(parts, fmt.Sprint(i*64+j))
			}
		}
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	a := &BitSet{}
	for _, v := range []uint{1, 3, 5, 64, 65, 130, 200} {
		a.Add(v)
	}
	b := &BitSet{}
	for i := uint(0); i < 140; i += 5 {
		b.Add(i)
	}
	fmt.Println(a, a.Len())
	fmt.Println(b, b.Len())
	fmt.Println(a.Union(b).Len(), a.Intersect(b))
	a.Remove(65)
	a.Remove(1000)
	fmt.Println(a.Has(64), a.Has(65), a.Has(1000), a)
	fmt.Printf("%x\n", a.words)
	primes := &BitSet{}
	for i := uint(2); i < 100; i++ {
		primes.Add(i)
	}
	for i := uint(2); i*i < 100; i++ {
		if primes.Has(i) {
			for j := i * i; j < 100; j += i {
				primes.Remove(j)
			}
		}
	}
	fmt.Println(primes.Len(), primes)
}
