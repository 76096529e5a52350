package main

import (
	"fmt"
	"math"
)

type Celsius float64
type Fahrenheit float64

const Boiling Celsius = 100
const Freezing Celsius = 0

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type Mode string

const (
	Fast Mode = "fast"
	Slow Mode = "slow"
)

const MaxU8 uint8 = math.MaxUint8
const Eps = 1e-9

func main() {
	fmt.Println(CToF(Boiling), CToF(Freezing))
	fmt.Printf("%.2f %T\n", CToF(37), CToF(37))
	fmt.Println(Fast, Slow, Fast == "fast")
	fmt.Printf("%T %q\n", Fast, Slow)
	fmt.Println(MaxU8, MaxU8/2)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MaxUint16)
	fmt.Println(math.MaxInt32, math.MinInt32, uint32(math.MaxUint32))
	fmt.Println(math.MaxInt64, math.MinInt64)
	var u64 uint64 = math.MaxUint64
	fmt.Println(u64)
	fmt.Println(Eps, Eps*1e9 == 1)
	fmt.Println(math.Pi, math.E)
	fmt.Println(float32(math.Pi))
	const h = 'h'
	var b byte = h
	var rr rune = h
	fmt.Println(b, rr, string(rune(b)))
	const big = 1 << 63
	var ub uint64 = big
	fmt.Println(ub, big>>60)
}
