// Untyped float constants are exact; a value meets float64 or float32 rounded once, to nearest
// even.
package main

import (
	"fmt"
	"math"
)

const (
	two64 = 1 << 64
	max32 = 3.40282346638528859811704183484516925440e+38
	ulp32 = 1 << (127 - 23)
	max64 = 1.79769313486231570814527423731704356798070e+308
	ulp64 = 0x1p971
)

func main() {
	fmt.Println(1e23+1, 1e23, 1e23 == 1e23+1, float64(1e23+1) == 1e23)
	fmt.Println(float32(max32+ulp32/2-ulp32/two64) == math.MaxFloat32)
	fmt.Println(float64(max64+ulp64/2-ulp64/two64) == math.MaxFloat64)
	fmt.Println(float32(1+0x1p-24), float32(1+0x1p-24+0x1p-80), float32(1+3*0x1p-24))
	fmt.Println(0.1+0.2, float32(0.1)+float32(0.2), 1/3.0*3 == 1, 2.0/3)
	fmt.Println(1e-320, 4.9e-324, 2.5e-324, 2.4703282292062328e-324, 2.4703282292062327e-324)
	fmt.Println(float32(1e-45), float32(7e-46), float32(7.1e-46), 0x1.fffffffffffff8p1023-0x1p970)
	fmt.Println(math.Pi*1e10, float32(math.Pi), math.E*math.E, math.Sqrt2*math.Sqrt2)
	const tiny = 1e-1000
	const large = 1e1000
	fmt.Println(tiny*large, large/1e999, tiny > 0, -tiny < 0, large*tiny*large/large)
	const q = 1e308 * 10 / 100
	fmt.Println(q, 9007199254740993.0, 9007199254740995.0, 0.1e1, 123456789e-9)
	x := 1.0
	x += 0x1p-53
	fmt.Println(x == 1, 1+0x1p-53 == 1, float64(1+0x1p-53) == 1, 1+0x1p-52)
}
