package main

import "fmt"

const Big = 1 << 100
const Small = Big >> 98
const Huge = 1e300 * 1e300 / 1e300
const Third = 1.0 / 3
const IntDiv = 7 / 2
const FloatDiv = 7 / 2.0
const typed int64 = 1 << 40
const r = 'a' + 1
const s = "hello" + ", " + "world"

func main() {
	fmt.Println(Small)
	fmt.Println(Big / (1 << 90))
	fmt.Println(Huge)
	fmt.Println(Third)
	fmt.Println(IntDiv, FloatDiv)
	fmt.Println(typed, typed/1024)
	fmt.Println(r, string(rune(r)))
	fmt.Println(s, len(s))
	var f32 float32 = Third
	fmt.Println(f32)
	var i8 int8 = -128
	fmt.Println(i8)
	const mask = ^uint32(0)
	fmt.Println(mask)
	const neg = -5
	var u uint = 10
	fmt.Println(u + 3, neg*2)
	fmt.Printf("%T %T %T %T\n", IntDiv, FloatDiv, r, 'x')
	var x = 1 << 62
	fmt.Println(x)
	const c1 = 1000000 * 1000000 * 1000000 * 1000000 / 1000000 / 1000000 / 1000000
	fmt.Println(c1)
	fmt.Println(Big%7, (Big-1)%1000)
	const e = 2.5e-3
	fmt.Println(e*1000, int(e*1000*4))
	const complexish = 3.0
	var n int = complexish
	fmt.Println(n)
}
