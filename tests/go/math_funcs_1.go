package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Abs(-3.5), math.Abs(2), math.Abs(math.Inf(-1)))
	fmt.Println(math.Ceil(1.2), math.Ceil(-1.2), math.Floor(1.8), math.Floor(-1.8))
	fmt.Println(math.Sqrt(2), math.Sqrt(16), math.Sqrt(-1))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(10, -2), math.Pow(0, 0), math.Pow(-8, 1.0/3))
	fmt.Println(math.Exp(1), math.Exp(0), math.Log(math.E), math.Log(1), math.Log(0), math.Log(-1))
	fmt.Println(math.Log2(8), math.Log10(1000), math.Log1p(0))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(-0.0, 0))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5.5, 2))
	fmt.Println(math.Inf(1), math.Inf(-1), math.IsInf(math.Inf(1), 1), math.IsInf(math.Inf(1), -1), math.IsInf(math.Inf(-1), 0))
	nan := math.NaN()
	fmt.Println(math.IsNaN(nan), math.IsNaN(1), nan != nan, nan < 1, nan > 1)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Phi)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint32)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxInt8)
	fmt.Println(math.Trunc(2.7), math.Trunc(-2.7), math.Round(0.5), math.Round(-0.5), math.RoundToEven(2.5))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4))
	fmt.Printf("%.6f %.6f %.6f\n", math.Atan(1), math.Atan2(1, -1), math.Asin(1))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp)
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1))
	fmt.Println(math.Dim(5, 3), math.Dim(3, 5), math.Remainder(7, 4))
}
