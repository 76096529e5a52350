package main

import (
	"fmt"
	"math"
	"math/bits"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			_, isErr := r.(error)
			fmt.Printf("%s: recovered %v (error: %v)\n", name, r, isErr)
		}
	}()
	f()
}

func main() {
	s, c := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println("add64", s, c)
	s, c = bits.Add64(math.MaxUint64, math.MaxUint64, 1)
	fmt.Println("add64", s, c)
	s32, c32 := bits.Add32(0xffffffff, 0, 1)
	fmt.Println("add32", s32, c32)
	su, cu := bits.Add(5, 7, 0)
	fmt.Println("add", su, cu)
	d, b := bits.Sub64(0, 1, 0)
	fmt.Println("sub64", d, b)
	d, b = bits.Sub64(10, 3, 1)
	fmt.Println("sub64", d, b)
	d32, b32 := bits.Sub32(0, 0, 1)
	fmt.Println("sub32", d32, b32)
	du, bu := bits.Sub(3, 5, 0)
	fmt.Println("sub", du, bu)
	hi, lo := bits.Mul64(math.MaxUint64, math.MaxUint64)
	fmt.Println("mul64", hi, lo)
	hi, lo = bits.Mul64(1<<40, 1<<40)
	fmt.Println("mul64", hi, lo)
	h32, l32 := bits.Mul32(0xffffffff, 2)
	fmt.Println("mul32", h32, l32)
	hu, lu := bits.Mul(123456789123, 987654321987)
	fmt.Println("mul", hu, lu)
	q, r := bits.Div64(hi, lo, 1<<20+3)
	fmt.Println("div64", q, r)
	q, r = bits.Div64(12345, 67890, 1<<63+7)
	fmt.Println("div64", q, r)
	q32, r32 := bits.Div32(1, 5, 7)
	fmt.Println("div32", q32, r32)
	qu, ru := bits.Div(0, 100, 7)
	fmt.Println("div", qu, ru)
	fmt.Println("rem64", bits.Rem64(100, 5, 7), bits.Rem32(9, 9, 4), bits.Rem(1, 0, 3))

	// 128-bit accumulation with carries.
	var accHi, accLo uint64
	for i := uint64(1); i <= 20; i++ {
		ph, pl := bits.Mul64(i*0x9e3779b97f4a7c15, 0xffffffffffff)
		var carry uint64
		accLo, carry = bits.Add64(accLo, pl, 0)
		accHi, _ = bits.Add64(accHi, ph, carry)
	}
	fmt.Printf("acc %#x %#x\n", accHi, accLo)

	try("Div64 by zero", func() { bits.Div64(0, 1, 0) })
	try("Div64 overflow", func() { bits.Div64(5, 1, 5) })
	try("Div32 by zero", func() { bits.Div32(0, 1, 0) })
	try("Div32 overflow", func() { bits.Div32(9, 1, 2) })
	try("Rem64 by zero", func() { bits.Rem64(3, 1, 0) })
	try("Rem32 by zero", func() { bits.Rem32(3, 1, 0) })
	fmt.Println("Rem64 no overflow:", bits.Rem64(10, 1, 3))
}
