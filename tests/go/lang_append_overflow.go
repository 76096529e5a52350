package main

import "fmt"

// Appending to a slice of zero-size elements past the largest int panics.

type empty struct{}

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	maxInt := int(^uint(0) >> 1)
	s := make([]empty, maxInt-1)
	s = append(s, empty{})
	fmt.Println(len(s) == maxInt)
	try("one", func() { s = append(s, empty{}) })
	try("spread", func() { s = append(s, make([]empty, 2)...) })
	fmt.Println(len(s) == maxInt)
	t := append([]empty{}, empty{}, empty{})
	fmt.Println(len(t))
}
