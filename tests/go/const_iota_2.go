package main

import "fmt"

type Size uint

const (
	Small Size = iota + 1
	_
	Medium
	Large = Medium * 10
	XLarge
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
	bit3, mask3
)

type Direction byte

const (
	North Direction = 'N' + iota
	East
	South
	West
)

const (
	c0 = iota * iota
	c1
	c2
	c3
)

const (
	k0 = iota
	k1
)

const (
	j0 = iota
)

const single = iota

func (d Direction) String() string { return string(d) }

func main() {
	fmt.Println(Small, Medium, Large, XLarge)
	fmt.Println(bit0, mask0, bit1, mask1, bit3, mask3)
	fmt.Println(North, East, South, West)
	fmt.Printf("%d %v %c %T\n", West, West, West, West)
	fmt.Println(c0, c1, c2, c3, k0, k1, j0, single)
	const local = iota
	fmt.Println(local)
	const (
		x = iota + 100
		y
		z
	)
	fmt.Println(x, y, z)
	var arr [c3]int
	fmt.Println(len(arr))
	type Level int
	const (
		Debug Level = iota - 1
		Info
		Warn
	)
	fmt.Println(Debug, Info, Warn)
}
