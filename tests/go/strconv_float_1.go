package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265358979, 1e21, 1e-7, 123456789, 0.1, 2.0 / 3, math.Inf(1), math.NaN(), 1e100, 5e-324}
	for _, v := range vals {
		fmt.Println(strconv.FormatFloat(v, 'f', -1, 64),
			strconv.FormatFloat(v, 'e', -1, 64),
			strconv.FormatFloat(v, 'g', -1, 64),
			strconv.FormatFloat(v, 'f', 2, 64),
			strconv.FormatFloat(v, 'e', 3, 64),
			strconv.FormatFloat(v, 'g', 4, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(float64(float32(0.1)), 'f', -1, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(1.005, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(1234.5678, 'E', 2, 64), strconv.FormatFloat(1234.5678, 'G', 3, 64))
	fmt.Println(strconv.FormatFloat(-0.0, 'g', -1, 64), strconv.FormatFloat(math.Copysign(0, -1), 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(100, 'g', -1, 64), strconv.FormatFloat(1e6, 'g', -1, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(123456, 'g', 3, 64), strconv.FormatFloat(0.0001234, 'g', 2, 64))
	for _, s := range []string{"1.5", "1e3", "-2.25e-3", "123456789.987654321"} {
		f, _ := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, strconv.FormatFloat(f, 'f', -1, 64))
	}
}
