package main

import (
	"fmt"
	"math"
	"strconv"
)

type P struct {
	Name string
	C    complex64
	D    complex128
}

func main() {
	c := complex(1, 2)
	var c64 complex64 = complex(-1.5, 0.25)
	fmt.Println(c, c64)
	fmt.Printf("%v|%g|%e|%f|%.2f|%+v|%8.2f|%-8.1f|\n", c, c, c, c, c, c, c, c)
	fmt.Printf("%E|%G|%x|%b|%F\n", c, c, c64, c64, c64)
	fmt.Printf("%v %.3g %T %T\n", c64, c64, c, c64)
	fmt.Printf("%d %s\n", c, c)
	fmt.Printf("%+.1e % .2f %010.3f\n", c, c, c)
	fmt.Print(c, c64, "\n")
	fmt.Print(c, "x", c, "\n")
	s := fmt.Sprint(c) + fmt.Sprintf("%v", []complex128{1, 2i, c})
	fmt.Println(s)
	fmt.Println(P{"p", 1i, -2})
	fmt.Printf("%+v %#v\n", P{"q", 1, 1i}, []complex64{1, 2})
	fmt.Println(map[complex128]string{1: "a", 1i: "b", -1: "c", 0: "d", complex(1, -1): "e"})
	fmt.Println(complex(math.Inf(1), math.NaN()), complex(math.Inf(-1), math.Inf(1)))
	fmt.Printf("%v %.2f\n", complex(math.NaN(), math.Inf(-1)), complex(math.Copysign(0, -1), 0))
	var e interface{} = c
	fmt.Println(e, []interface{}{c64, c})
	fmt.Println(strconv.FormatComplex(c, 'f', 2, 128), strconv.FormatComplex(complex(1.0/3, -2), 'g', -1, 64))
	fmt.Println(strconv.FormatComplex(complex(1e21, 1e-7), 'e', 3, 128))
	println(c, c64)
	print(c64, "\n")
	var pc *complex128 = &c
	*pc += 1
	fmt.Println(*pc, c)
}
