package main

import "fmt"

var (
	a = c + b
	b = f()
	c = f()
	d = 3
)

var registry = map[string]int{}

func f() int {
	d++
	fmt.Println("f called, d =", d)
	return d
}

func init() {
	fmt.Println("init 1: a, b, c, d =", a, b, c, d)
	registry["first"] = 1
}

func init() {
	fmt.Println("init 2:", len(registry))
	registry["second"] = 2
}

var late = initLate()

func initLate() string {
	fmt.Println("initLate, registry size", len(registry))
	return "late"
}

func main() {
	fmt.Println("main:", a, b, c, d, late, registry)
}
