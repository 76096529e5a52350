// stdlib/math/cmplx/cmplx.cpp — package math/cmplx, a subset: Abs, Conj, Phase, Polar, Rect,
// Inf, NaN, IsInf, IsNaN, Exp and Sqrt. All Go over package math. Sqrt is written here (the
// half-angle formulas with rescaling); its last digit may differ from Go's for some arguments.
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package cmplx

import "math"

func Abs(x complex128) float64 { return math.Hypot(real(x), imag(x)) }

func Conj(x complex128) complex128 { return complex(real(x), -imag(x)) }

func Phase(x complex128) float64 { return math.Atan2(imag(x), real(x)) }

func Polar(x complex128) (r, theta float64) { return Abs(x), Phase(x) }

func Rect(r, theta float64) complex128 {
	s, c := math.Sincos(theta)
	return complex(r*c, r*s)
}

func Inf() complex128 {
	inf := math.Inf(1)
	return complex(inf, inf)
}

func NaN() complex128 {
	nan := math.NaN()
	return complex(nan, nan)
}

// IsInf: either part infinite.
func IsInf(x complex128) bool {
	return math.IsInf(real(x), 0) || math.IsInf(imag(x), 0)
}

// IsNaN: a part is NaN and neither is infinite.
func IsNaN(x complex128) bool {
	if IsInf(x) {
		return false
	}
	return math.IsNaN(real(x)) || math.IsNaN(imag(x))
}

func Exp(x complex128) complex128 {
	re, im := real(x), imag(x)
	if math.IsInf(re, 0) {
		if re > 0 && im == 0 {
			return x
		}
		if math.IsInf(im, 0) || math.IsNaN(im) {
			if re < 0 {
				return complex(0, math.Copysign(0, im))
			}
			return complex(math.Inf(1), math.NaN())
		}
	} else if math.IsNaN(re) && im == 0 {
		return complex(math.NaN(), im)
	}
	r := math.Exp(re)
	s, c := math.Sincos(im)
	return complex(r*c, r*s)
}

func Sqrt(x complex128) complex128 {
	re, im := real(x), imag(x)
	if im == 0 {
		if re == 0 {
			return complex(0, im)
		}
		if re < 0 {
			return complex(0, math.Copysign(math.Sqrt(-re), im))
		}
		return complex(math.Sqrt(re), im)
	}
	if math.IsInf(im, 0) {
		return complex(math.Inf(1), im)
	}
	if re == 0 {
		h := math.Sqrt(0.5 * math.Abs(im))
		return complex(h, math.Copysign(h, im))
	}
	// Scale into a range where |x| neither overflows nor underflows.
	a, b := re, im
	scale := 1.0
	if math.Abs(a) > 4 || math.Abs(b) > 4 {
		a, b, scale = a/4, b/4, 2
	} else {
		const up = 1 << 54
		a, b, scale = a*up, b*up, 1.0/(1<<27)
	}
	m := math.Hypot(a, b)
	var u, v float64 // sqrt = u + v i before the sign of b
	if a > 0 {
		u = math.Sqrt(0.5 * (m + a))
		v = math.Abs(b) / (2 * u)
	} else {
		v = math.Sqrt(0.5 * (m - a))
		u = math.Abs(b) / (2 * v)
	}
	u, v = u*scale, v*scale
	return complex(u, math.Copysign(v, b))
}
)go";

}  // namespace

StdPackage cmplxPackage() {
  return StdPackage{"math/cmplx", "cmplx", kPrelude, {}};
}

}  // namespace gomi::stdlib
