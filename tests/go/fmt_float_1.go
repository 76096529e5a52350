package main

import (
	"fmt"
	"math"
)

type Reading struct {
	Sensor string
	Value  float32
	Avg    float64
}

func main() {
	f64 := []float64{0, 1, -1, 0.5, 1.0 / 3, 2.0 / 3, 10, 100, 1e6, 1e20, 1e21, 1.5e21, 123456789012, 1e-4, 1e-5, 0.000123, 3.0e-7, math.MaxInt64, 1 << 53, 255.0 / 256}
	for _, v := range f64 {
		fmt.Println(v, float32(v))
	}
	f32 := []float32{0.1, 0.2, 0.3, 1.0 / 3, 16777216, 16777217, 1e-8, 3.4e38, 1.17549435e-38, 2.5}
	fmt.Println(f32)
	var acc float32
	for i := 0; i < 10; i++ {
		acc += 0.1
	}
	fmt.Println(acc, float64(acc))
	r := Reading{"t1", 21.7, 21.65}
	fmt.Println(r)
	fmt.Printf("%v %+v\n", r, r)
	fmt.Println([]float64{math.Inf(1), math.NaN(), -0.0})
	fmt.Println(map[string]float64{"pi": math.Pi, "e": math.E})
	fmt.Println(float32(math.Pi), float32(math.E), float32(1e10), float32(123456789))
	x := 1e15
	for i := 0; i < 8; i++ {
		fmt.Print(x, " ")
		x *= 10
	}
	fmt.Println()
	y := 1.0
	for i := 0; i < 8; i++ {
		y /= 10
		fmt.Print(y, " ")
	}
	fmt.Println()
	fmt.Println(fmt.Sprint(1.0), fmt.Sprint(float32(1)), fmt.Sprintf("%v", 2.0))
	fmt.Println(100*1.1, 3*0.1, 0.1+0.7)
	a, b := 100.0, 1.1
	fmt.Println(a*b, 3*b/b, a/3)
}
