package main

var (
	x int = a
	a int = b
	b int = c
	c int = a
)

func main() {
	var s uint = 3
	_ = string(1 << s)
	switch t := x.(type) {
	default:
		_ = t
	}
}
