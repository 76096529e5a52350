package main

type P *int

func (p P) M() {}

type A struct{ x int }

func main() {
	n := 3
	var v n
	_ = v
	var w [1.5]int
	var z [n]int
	_, _ = w, z
	_ = A.y
	_ = fmt
}
