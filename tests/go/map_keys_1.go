package main

import "fmt"

type Point struct{ X, Y int }

type Key struct {
	Name string
	ID   int
}

func main() {
	grid := map[Point]string{}
	grid[Point{0, 0}] = "origin"
	grid[Point{1, 2}] = "a"
	grid[Point{1, 2}] = "b"
	fmt.Println(len(grid), grid[Point{1, 2}], grid)
	arrKey := map[[2]int]bool{{1, 2}: true, {3, 4}: false}
	fmt.Println(arrKey[[2]int{1, 2}], arrKey[[2]int{3, 4}], arrKey[[2]int{5, 6}], len(arrKey))
	fmt.Println(arrKey)
	ik := map[interface{}]int{}
	ik[1] = 1
	ik["1"] = 2
	ik[1.0] = 3
	ik[int8(1)] = 4
	ik[true] = 5
	fmt.Println(len(ik), ik[1], ik["1"], ik[1.0], ik[int8(1)], ik[true])
	fk := map[float64]string{1.5: "x", -2: "y", 0: "z"}
	fmt.Println(fk)
	bk := map[bool]int{true: 1, false: 0}
	fmt.Println(bk)
	km := map[Key]int{{"a", 1}: 10, {"a", 2}: 20}
	fmt.Println(km[Key{"a", 2}], km)
	pk := map[*int]string{}
	a, b := 1, 1
	pk[&a] = "a"
	pk[&b] = "b"
	fmt.Println(len(pk), pk[&a], pk[&b])
	rk := map[rune]bool{'a': true}
	fmt.Println(rk['a'], rk['b'])
	mp := map[string]Point{"a": {1, 2}, "b": {Y: 5}}
	fmt.Println(mp)
	mpp := map[string]*Point{"p": {3, 4}}
	mpp["p"].X = 30
	fmt.Println(*mpp["p"])
	u8 := map[uint8]int{255: 1, 0: 2, 128: 3}
	fmt.Println(u8)
	sk := map[string]int{"b": 2, "a": 1, "B": 3, "": 0}
	fmt.Println(sk)
	fmt.Printf("%v %d\n", sk, sk)
}
