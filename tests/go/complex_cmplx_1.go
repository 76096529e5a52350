package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	zs := []complex128{3 + 4i, -4, -4i, 1e300 + 1e300i, 1e-310 - 2e-310i, 0, complex(math.Copysign(0, -1), 0),
		2 + 3i, -2 - 3i, 0.5 - 7i, complex(math.Inf(1), 1), complex(1, math.Inf(-1)), complex(math.NaN(), 0),
		complex(math.Inf(-1), math.Inf(1)), complex(math.Inf(1), math.NaN()), 1i, -1e-5 + 1e5i}
	for _, z := range zs {
		fmt.Println(z, cmplx.Abs(z), cmplx.Conj(z), cmplx.Phase(z), cmplx.Sqrt(z), cmplx.Exp(z),
			cmplx.IsNaN(z), cmplx.IsInf(z))
		r, th := cmplx.Polar(z)
		fmt.Println(r, th, cmplx.Rect(r, th))
	}
	fmt.Println(cmplx.Inf(), cmplx.NaN(), cmplx.IsInf(cmplx.Inf()), cmplx.IsNaN(cmplx.NaN()))
	fmt.Println(cmplx.Exp(complex(0, math.Pi)), cmplx.Sqrt(-1))
	sum := 0i
	for i := 0; i < 200; i++ {
		x := complex(float64(i)-100.5, float64(i*i%37)-18.25)
		sum += cmplx.Sqrt(x) + cmplx.Exp(x/50)
	}
	fmt.Println(sum)
}
