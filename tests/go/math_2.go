package main

import (
	"fmt"
	"math"
)

func stats(xs []float64) (mean, stddev, min, max float64) {
	min, max = math.Inf(1), math.Inf(-1)
	for _, x := range xs {
		mean += x
		min = math.Min(min, x)
		max = math.Max(max, x)
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		stddev += (x - mean) * (x - mean)
	}
	stddev = math.Sqrt(stddev / float64(len(xs)))
	return
}

func newtonSqrt(x float64) float64 {
	z := 1.0
	for i := 0; i < 50; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func main() {
	fmt.Println(stats([]float64{2, 4, 4, 4, 5, 5, 7, 9}))
	for _, x := range []float64{2, 9, 1e10} {
		fmt.Println(newtonSqrt(x), math.Sqrt(x), newtonSqrt(x) == math.Sqrt(x))
	}
	fmt.Printf("%.10f\n", math.Pi*1e6)
	r := 5.0
	fmt.Printf("area %.4f circumference %.4f\n", math.Pi*r*r, 2*math.Pi*r)
	compound := 1000 * math.Pow(1+0.05/12, 12*10)
	fmt.Printf("%.2f\n", compound)
	fmt.Println(math.Floor(-0.5), math.Ceil(-0.5), math.Trunc(-0.5))
	fmt.Println(math.Abs(math.MinInt64), float64(math.MaxInt64))
	fmt.Println(math.Inf(1)-math.Inf(1), math.Inf(1)*0, math.Inf(1)+1)
	fmt.Println(math.Mod(10, 0), math.Sqrt(math.Inf(1)), math.Log(math.Inf(1)))
	fmt.Println(math.Pow(2, 64), math.Pow(2, -1074), math.Pow(2, 1024))
	fmt.Println(math.Exp(710), math.Exp(-1000), math.Exp(1e-10))
	deg := 30.0
	fmt.Printf("%.4f %.4f\n", math.Sin(deg*math.Pi/180), math.Cos(deg*math.Pi/180))
	var total float64
	for i := 0; i < 1000; i++ {
		total += math.Sqrt(float64(i))
	}
	fmt.Printf("%.6f\n", total)
	fmt.Println(math.Max(-0.0, 0), math.Min(0, math.Copysign(0, -1)))
	fmt.Println(math.IsInf(1/math.Inf(-1), 0), 1/math.Inf(-1))
}
