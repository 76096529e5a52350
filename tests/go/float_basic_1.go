package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(0.1+0.2, 0.1*3, 1.0/3.0)
	fmt.Println(1e21, 1e20, 1e-5, 1e-4, 123456789.0, 1.5e300)
	fmt.Println(100.0, 2.50, -0.0, 3.0e10)
	var f32 float32 = 0.1
	fmt.Println(f32, f32*3, float64(f32))
	var f32b float32 = 16777216
	fmt.Println(f32b+1, float32(1)/3)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	negz := math.Copysign(0, -1)
	fmt.Println(negz, 1/negz)
	fmt.Println(math.NaN() == math.NaN(), math.Inf(1) > math.MaxFloat64)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(float32(math.MaxFloat32))
	x := 2.0
	x *= 1.5
	x -= 0.25
	x /= 2
	fmt.Println(x)
	fmt.Println(3.0 == 3, 0.3 == 0.1*3)
	vals := []float64{1, 1.5, 1e6, 1e7, 12345678.9, 0.000001, 0.0000001, 1.0 / 7}
	fmt.Println(vals)
	var fs = []float32{1.1, 2.2, 3.3}
	fmt.Println(fs, fs[0]+fs[1])
	fmt.Println(float64(7)/2, float64(int64(1)<<53+1))
	fmt.Println(math.Trunc(-2.7), math.Round(2.5), math.Round(-2.5))
}
