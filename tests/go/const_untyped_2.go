package main

import (
	"fmt"
	"math"
)

const isDebug = false
const greeting = "hi"
const ch = 'x'
const limit = 1 << 10

type MyFloat float64
type MyBool bool

func takesFloat(f float64) float64 { return f * 2 }
func takesInt8(i int8) int8        { return i + 1 }

func main() {
	var b MyBool = isDebug || true
	fmt.Println(b, !isDebug)
	fmt.Printf("%T %v\n", b, b)
	fmt.Println(takesFloat(limit), takesInt8(ch/2))
	var f MyFloat = limit / 3
	fmt.Println(f)
	var f2 MyFloat = limit / 3.0
	fmt.Println(f2)
	x := limit * 2.5
	fmt.Printf("%T %v\n", x, x)
	y := 'a' * 2
	fmt.Printf("%T %v\n", y, y)
	z := 1 + 2.0
	fmt.Printf("%T %v\n", z, z)
	const huge = 1e500
	fmt.Println(huge / 1e499)
	const mixed = 10 / 4 * 4.0
	fmt.Println(mixed)
	const mixed2 = 10 / 4.0 * 4
	fmt.Println(mixed2)
	fmt.Println(uint64(math.MaxUint64/2 + 1))
	var u uint64 = math.MaxUint64
	fmt.Println(u)
	s := uint(3)
	var i64 int64 = 1 << s
	fmt.Println(i64)
	var ff = float64(1 << 3)
	fmt.Println(ff, 1<<s)
	fmt.Println(len(greeting), greeting+"!", greeting[0])
	const typedStr string = "typed"
	type Name string
	var n Name = greeting
	fmt.Println(n, typedStr)
	const bigShift = 1 << 100 >> 98
	fmt.Println(bigShift)
	fmt.Println(0.1+0.2 == 0.3, 1/3.0)
	const k = 5
	var arr [k * 2]int
	fmt.Println(len(arr), cap(arr))
	fmt.Println(^0, ^uint8(0), -(-128))
}
