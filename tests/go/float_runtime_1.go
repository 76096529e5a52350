package main

import "fmt"

func main() {
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3)
	c := 0.1
	fmt.Println(c*3, 1-0.9*c*10)
	x := 1.0
	for i := 0; i < 10; i++ {
		x += 0.1
	}
	fmt.Println(x)
	var f32a, f32b float32 = 0.1, 0.2
	fmt.Println(f32a+f32b, f32a*f32b)
	vals := []float64{1e20, 1e21, 1e22, 123456789012345678, 0.00001, 0.0001, 1e-7, 5e-324}
	for _, v := range vals {
		fmt.Println(v, -v)
	}
	third := 1.0
	third /= 3
	fmt.Println(third, float32(third))
	big := 1.0
	for i := 0; i < 30; i++ {
		big *= 10
	}
	fmt.Println(big)
	small := 1.0
	for i := 0; i < 30; i++ {
		small /= 10
	}
	fmt.Println(small)
	var z float64
	fmt.Println(-z, z*-1, 1/z > 0)
	h := 100.0
	fmt.Println(h, h/3*3, 2/h)
	fmt.Println(float32(1)/float32(3), float32(2)/float32(3), float32(16777216.0)+float32(1))
	nums := []float32{1.5, 2.25, 1e10, 3.4e38, 1e-10}
	fmt.Println(nums)
	var sum float32
	for i := 1; i <= 100; i++ {
		sum += 1.0 / float32(i)
	}
	fmt.Println(sum)
	var sum64 float64
	for i := 1; i <= 100; i++ {
		sum64 += 1.0 / float64(i)
	}
	fmt.Println(sum64)
}
