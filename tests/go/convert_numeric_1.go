package main

import (
	"fmt"
	"math"
)

func main() {
	fs := []float64{3.9, -3.9, 0.5, -0.5, 1e9, 2.5}
	for _, f := range fs {
		fmt.Println(f, int(f), int64(f), int32(f))
	}
	v := 255.9
	fmt.Println(uint8(int(v)))
	var i int = 1<<53 + 1
	fmt.Println(float64(i), int(float64(i)))
	fmt.Println(float32(16777217))
	var big int64 = 300
	fmt.Println(int8(big), uint8(big), int16(big))
	var neg int32 = -1
	fmt.Println(uint32(neg), uint64(neg), uint8(neg), int64(neg))
	var u uint64 = math.MaxUint64
	fmt.Println(int64(u), int32(u), float64(u))
	x := 7
	y := 2
	fmt.Println(float64(x)/float64(y), float64(x/y))
	var f32 float32 = 1.1
	fmt.Println(float64(f32), float32(float64(f32)) == f32)
	fmt.Println(math.Floor(-1.5), int(math.Floor(-1.5)), int(math.Ceil(1.2)))
	r := 'Z'
	fmt.Println(int(r), byte(r), float64(r))
	var b byte = 200
	fmt.Println(int8(b), rune(b), string(rune(b)))
	d := 1.0 / 3
	fmt.Println(float32(d), float64(float32(d)))
	point1 := float32(0.1)
	fmt.Println(int64(point1 * 1e9))
}
