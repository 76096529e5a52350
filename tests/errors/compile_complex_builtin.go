package main

func main() {
	var f32 float32
	var f64 float64
	var n int
	_ = complex(f32, f64)
	_ = complex(n, n)
	_ = real(f64)
	_ = imag(3 + n)
	_ = complex(1, 2, 3)
	var c complex128 = 1i
	_ = float64(c)
	_ = complex128(f64)
	_ = 1 / (0i)
	c++
	real(c)
}
