package main

import "fmt"

const c64 complex64 = 1e38

var a [imag(3i)]int

type I interface{ M() }
type T int

func (T) M() {}

func f() ([]I, T, T)          { return nil, 1, 2 }
func g() ([]int, int)         { return []int{1}, 2 }
func c32() (float32, float32) { return 1.5, 2 }
func c64s() (x, y float64)    { return 3, -4 }

func main() {
	s := append(f())
	fmt.Println(len(s), append(g()), complex(c32()), complex(c64s()))
	fmt.Printf("%T %T\n", complex(c32()), complex(c64s()))
	fmt.Println((2+0i)<<1, len(a), real(c64))
	const k = 1 << imag(4i)
	fmt.Println(k, 'a'*1i, 1.5i*2)
	var f32 float32 = 1
	fmt.Println(complex(f32, 2.5), complex(1, f32))
	var i interface{} = complex64(1)
	switch v := i.(type) {
	case complex128, complex64:
		fmt.Printf("%T %v\n", v, v)
	}
	fmt.Println(fmt.Sprintf("%6.1v|%-12v|%q", 1+2i, complex64(-1i), 1i))
	fmt.Printf("%x %X %.3b\n", 1+2i, 10.5i, 1i)
	fmt.Printf("%#v %#g %#.0f\n", 1+2i, 1+2i, 1+2i)
	fmt.Printf("%v\n", [2]complex64{})
	fmt.Printf("%5.2f|%+5.2f|% 5.2f\n", 1-1i, 1-1i, 1-1i)
}
