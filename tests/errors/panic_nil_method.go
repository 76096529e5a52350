package main

import "fmt"

type T struct{ name string }

func (t *T) Name() string { return t.name }

func main() {
	var t *T
	fmt.Println("calling")
	fmt.Println(t.Name())
}
