package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
)

type Flags uint8

const (
	FlagRead Flags = 1 << iota
	FlagWrite
	FlagExec
)

func main() {
	fmt.Println(Sunday, Monday, Saturday)
	fmt.Printf("%d %v %s\n", Tuesday, Wednesday, Friday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x1, x2, x3)
	f := FlagRead | FlagExec
	fmt.Println(f, FlagWrite, f&FlagWrite == 0, f&FlagExec != 0)
	fmt.Printf("%T %T %08b\n", Monday, f, f)
	var d Weekday = 3
	d++
	fmt.Println(d, int(d))
}
