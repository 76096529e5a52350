package main

import (
	"fmt"
	"math"
)

type C complex128

func div(a, b complex128) complex128 { return a / b }

func div64(a, b complex64) complex64 { return a / b }

func main() {
	a := complex(1.5, -2)
	b := 3 + 4i
	println(a, b)
	println(a+b, a-b, a*b, a/b)
	println(-a, +a)
	var c64 complex64 = complex64(a)
	var d64 complex64 = 0.1 + 0.2i
	println(c64, d64, c64*d64, c64/d64, c64+d64, c64-d64)
	fmt.Println(c64*d64, c64/d64)
	fmt.Println(complex128(d64), complex64(b))
	fmt.Println(real(a), imag(a), real(d64), imag(d64))

	// op= and ++
	z := 1 + 1i
	z += 2
	z *= 1i
	z -= 0.5i
	z /= 2
	z++
	z--
	z++
	fmt.Println(z)
	var w complex64 = 2i
	w *= w
	w++
	fmt.Println(w)

	// equality
	fmt.Println(a == b, a != b, a == complex(1.5, -2), z == z)
	nan := math.NaN()
	n := complex(nan, 0)
	fmt.Println(n == n, n != n)
	fmt.Println(complex(0, math.Copysign(0, -1)) == 0)

	// division by zero does not panic
	var zero complex128
	fmt.Println(div(1, zero), div(0, zero), div(complex(1, 1), zero), div(-1, zero))
	fmt.Println(div(complex(math.Inf(1), 1), 2), div(1, complex(math.Inf(1), 0)))
	fmt.Println(div(complex(math.Inf(1), math.Inf(-1)), complex(1, 2)))
	fmt.Println(div(complex(1e300, 1e300), complex(1e-300, 1e300)))
	fmt.Println(div(complex(3, 4), complex(0, 2)), div(complex(3, 4), complex(2, 0)))
	fmt.Println(div64(1, 0), div64(complex(3, 4), complex(1, 1)))
	var zf float64
	fmt.Println(complex(1/zf, 0)*complex(0, 1), complex(nan, 1)*2)

	// named types, conversions
	var x C = 2 + 3i
	x = x * x
	fmt.Println(x, complex128(x), real(x))
	f32 := float32(1.25)
	fmt.Println(complex(f32, f32), complex(f32, 2))
	r := 2.0
	fmt.Println(complex(r, 0)*complex(0, r), complex(1, r))

	// loops
	acc := complex(0, 0)
	for i := 0; i < 10; i++ {
		acc = acc*complex(0.5, 0.5) + complex(float64(i), -float64(i))
	}
	fmt.Println(acc)
	fmt.Printf("%.4f\n", acc)
	z = complex(imag(z), real(z))
	fmt.Println(z)
	z = complex(real(z)+1, imag(z)*2)
	fmt.Println(z)
}
