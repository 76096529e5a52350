package main

import (
	"fmt"
	"math/rand"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v (%T)\n", name, r, r)
	}()
	f()
}

func main() {
	try("Intn(0)", func() { rand.Intn(0) })
	try("Intn(-3)", func() { rand.Intn(-3) })
	try("Int31n(0)", func() { rand.Int31n(0) })
	try("Int63n(-1)", func() { rand.Int63n(-1) })
	try("Shuffle(-1)", func() { rand.Shuffle(-1, func(i, j int) {}) })
	r := rand.New(rand.NewSource(3))
	try("r.Intn(0)", func() { r.Intn(0) })
	try("r.Int63n(0)", func() { r.Int63n(0) })
	try("Shuffle(0)", func() { r.Shuffle(0, func(i, j int) { panic("called") }) })
	try("Shuffle(1)", func() { r.Shuffle(1, func(i, j int) { panic("called") }) })
	try("Perm(-1)", func() { rand.Perm(-1) })
	fmt.Println(r.Intn(5), rand.Intn(5))
}
