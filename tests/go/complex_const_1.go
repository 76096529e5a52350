package main

import "fmt"

const (
	I   = 1i
	Z   = 3 + 4i
	F   = real(Z) * imag(Z)
	Q   = Z / (1 + 2i)
	H   = 0x1p2i
	U   = 1_0i
	O   = 010i
	B   = 0b101i
	Oo  = 0o17i
	E   = 1.5e2i
	D   = .5i
	Sq  = I * I
	Cr  = complex(1, 2)
	Re  = real(5)
	Im  = imag(5)
	Big = 1e300i * 1e300i / 1e300
)

const typed complex64 = 1 + 2i
const fromFloat complex128 = 2.5
const Whole = Z * (Z - Z + 1)

type Cx complex64

func main() {
	fmt.Println(I, Z, F, Q, H, U, O, B, Oo, E, D, Sq, Cr, Re, Im)
	fmt.Println(Big / 1e300)
	fmt.Println(typed, fromFloat, Whole)
	var i int = Sq * -1
	var f float64 = Z*(1-0i) - 4i
	var f32 float32 = real(typed)
	var by byte = 'a' + 0i
	fmt.Println(i, f, f32, by)
	fmt.Printf("%T %T %T %T\n", Z, F, Re, typed)
	fmt.Printf("%T %T\n", real(typed), imag(Z))
	var c Cx = 3i
	fmt.Printf("%T %v\n", c, c*c)
	fmt.Println(Z == 3+4i, Z != Z, Sq == -1)
	x := 2
	fmt.Println(complex(float64(x), 1), 1i*complex(float64(x), 0))
	var v interface{} = 2i
	fmt.Printf("%T %v\n", v, v)
	v = real(2i)
	fmt.Printf("%T %v\n", v, v)
	const third = 1.0 / 3
	fmt.Println(complex(third, -third))
	fmt.Println(complex64(complex(third, third)))
	fmt.Println(-Z, +Z, Z-1i*Z)
	arr := [...]complex128{1, 2i, Z, 5: 7}
	fmt.Println(len(arr), arr)
}
