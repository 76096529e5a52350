package main

import "fmt"

type Named interface{ Name() string }

type T struct{}

func (t *T) Name() string { return "t" }

func main() {
	var n Named = T{}
	fmt.Println(n.Name())
}
