// stdlib/math/math.cpp — package math.
//
// Constants are declared in Go exactly as Go's math declares their values (untyped). Functions
// are natives over <cmath>, with Go's special cases where C differs (Max/Min with NaN and signed
// zeros, NaN's bit pattern). Pow, Log, Log2, Log10, the trigonometric functions, Cbrt and Hypot
// and Exp follow Go's own algorithms (gomath.cpp); the rest (Sinh, Erf, ...) use libm and may
// differ from Go in the last bit.
#include <cmath>
#include <cstring>
#include <limits>

#include "stdlib/internal/native_util.h"
#include "stdlib/internal/packages.h"
#include "stdlib/math/gomath.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package math

const (
	E   = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi  = 3.14159265358979323846264338327950288419716939937510582097494459
	Phi = 1.61803398874989484820458683436563811772030917980576286213544862

	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974
	SqrtE   = 1.64872127070012814684865078831548152625371601077390137225580862
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038

	Ln2    = 0.693147180559945309417232121458176568075500134360255254120680009
	Log2E  = 1 / Ln2
	Ln10   = 2.30258509299404568401799145468436420760110148862877297603332790
	Log10E = 1 / Ln10
)

const (
	MaxFloat32             = 3.40282346638528859811704183484516925440e+38
	SmallestNonzeroFloat32 = 1.401298464324817070923729583289916131280e-45
	MaxFloat64             = 1.79769313486231570814527423731704356798070e+308
	SmallestNonzeroFloat64 = 4.9406564584124654417656879286822137236505980e-324
)

const (
	intSize = 64

	MaxInt    = 1<<(intSize-1) - 1
	MinInt    = -1 << (intSize - 1)
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<intSize - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

func Abs(x float64) float64
func Ceil(x float64) float64
func Floor(x float64) float64
func Trunc(x float64) float64
func Round(x float64) float64
func RoundToEven(x float64) float64
func Sqrt(x float64) float64
func Cbrt(x float64) float64
func Exp(x float64) float64
func Exp2(x float64) float64
func Expm1(x float64) float64
func Log(x float64) float64
func Log1p(x float64) float64
func Sin(x float64) float64
func Cos(x float64) float64
func Tan(x float64) float64
func Asin(x float64) float64
func Acos(x float64) float64
func Atan(x float64) float64
func Sinh(x float64) float64
func Cosh(x float64) float64
func Tanh(x float64) float64
func Asinh(x float64) float64
func Acosh(x float64) float64
func Atanh(x float64) float64
func Erf(x float64) float64
func Erfc(x float64) float64
func Gamma(x float64) float64

func Pow(x, y float64) float64
func Atan2(y, x float64) float64
func Hypot(p, q float64) float64
func Mod(x, y float64) float64
func Remainder(x, y float64) float64
func Copysign(f, sign float64) float64
func Dim(x, y float64) float64
func Max(x, y float64) float64
func Min(x, y float64) float64
func Nextafter(x, y float64) float64

func Inf(sign int) float64
func NaN() float64
func Float64bits(f float64) uint64
func Float64frombits(b uint64) float64
func Float32bits(f float32) uint32
func Float32frombits(b uint32) float32
func Frexp(f float64) (frac float64, exp int)
func Ldexp(frac float64, exp int) float64
func Modf(f float64) (int float64, frac float64)

func IsNaN(f float64) (is bool) {
	return f != f
}

func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

func Signbit(x float64) bool {
	return Float64bits(x)&(1<<63) != 0
}

func Log10(x float64) float64 {
	return Log(x) * (1 / Ln10)
}

func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return Log(frac)*(1/Ln2) + float64(exp)
}

func Sincos(x float64) (sin, cos float64) {
	return Sin(x), Cos(x)
}
)go";

template <double (*F)(double)>
void unary(NativeContext&, const Slot* a, Slot* r) {
  setFloat(r, F(argFloat(a)));
}

template <double (*F)(double, double)>
void binary(NativeContext&, const Slot* a, Slot* r) {
  setFloat(r, F(argFloat(a), argFloat(a + 1)));
}

double fabs_(double x) {
  return std::fabs(x);
}
double ceil_(double x) {
  return std::ceil(x);
}
double floor_(double x) {
  return std::floor(x);
}
double trunc_(double x) {
  return std::trunc(x);
}
double round_(double x) {
  return std::round(x);
}
double roundEven_(double x) {
  return std::nearbyint(x);
}
double sqrt_(double x) {
  return std::sqrt(x);
}
double cbrt_(double x) {
  return goCbrt(x);
}
double exp_(double x) {
  return goExp(x);
}
double exp2_(double x) {
  return std::exp2(x);
}
double expm1_(double x) {
  return std::expm1(x);
}
double log_(double x) {
  return goLog(x);
}
double log1p_(double x) {
  return std::log1p(x);
}
double sin_(double x) {
  return goSin(x);
}
double cos_(double x) {
  return goCos(x);
}
double tan_(double x) {
  return goTan(x);
}
double asin_(double x) {
  return goAsin(x);
}
double acos_(double x) {
  return goAcos(x);
}
double atan_(double x) {
  return goAtan(x);
}
double sinh_(double x) {
  return std::sinh(x);
}
double cosh_(double x) {
  return std::cosh(x);
}
double tanh_(double x) {
  return std::tanh(x);
}
double asinh_(double x) {
  return std::asinh(x);
}
double acosh_(double x) {
  return std::acosh(x);
}
double atanh_(double x) {
  return std::atanh(x);
}
double erf_(double x) {
  return std::erf(x);
}
double erfc_(double x) {
  return std::erfc(x);
}
double gamma_(double x) {
  return std::tgamma(x);
}

bool isOddInt(double x) {
  double xi;
  double xf = std::modf(x, &xi);
  return xf == 0 && std::fabs(xi) < 9.2e18 && (static_cast<std::int64_t>(xi) & 1) == 1;
}

// Go's Pow is its own algorithm (repeated squaring on the mantissa, Exp/Log for the fractional
// part of y), not a correctly rounded pow: results differ from libm's in the last bit, and
// programs print them, so gomi follows Go's steps.
double pow_(double x, double y) {
  const double inf = HUGE_VAL;
  if (y == 0 || x == 1) return 1;
  if (y == 1) return x;
  if (std::isnan(x) || std::isnan(y)) return std::numeric_limits<double>::quiet_NaN();
  if (x == 0) {
    if (y < 0) return isOddInt(y) ? std::copysign(inf, x) : inf;
    if (y > 0) return isOddInt(y) ? x : 0;
  }
  if (std::isinf(y)) {
    if (x == -1) return 1;
    if ((std::fabs(x) < 1) == (y > 0)) return 0;
    return inf;
  }
  if (std::isinf(x)) {
    if (x < 0) return pow_(1 / x, -y);
    if (y < 0) return 0;
    if (y > 0) return inf;
  }
  if (y == 0.5) return std::sqrt(x);
  if (y == -0.5) return 1 / std::sqrt(x);
  double yi;
  double yf = std::modf(std::fabs(y), &yi);
  if (yf != 0 && x < 0) return std::numeric_limits<double>::quiet_NaN();
  if (yi >= 9223372036854775808.0) {
    if (x == -1) return 1;
    if ((std::fabs(x) < 1) == (y > 0)) return 0;
    return inf;
  }
  double a1 = 1.0;
  std::int64_t ae = 0;
  if (yf != 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = goExp(yf * goLog(x));
  }
  int xe32;
  double x1 = std::frexp(x, &xe32);
  std::int64_t xe = xe32;
  for (auto i = static_cast<std::int64_t>(yi); i != 0; i >>= 1) {
    if (xe < -(1 << 12) || (1 << 12) < xe) {
      ae += xe;
      break;
    }
    if ((i & 1) == 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe <<= 1;
    if (x1 < .5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  if (ae > 100000) ae = 100000;
  if (ae < -100000) ae = -100000;
  return std::ldexp(a1, static_cast<int>(ae));
}
double atan2_(double y, double x) {
  return goAtan2(y, x);
}
double hypot_(double p, double q) {
  return goHypot(p, q);
}
double mod_(double x, double y) {
  return std::fmod(x, y);
}
double remainder_(double x, double y) {
  return std::remainder(x, y);
}
double copysign_(double f, double s) {
  return std::copysign(f, s);
}
double dim_(double x, double y) {
  double v = x - y;
  return v <= 0 ? 0 : v;
}
double max_(double x, double y) {
  if (std::isinf(x) && x > 0) return x;
  if (std::isinf(y) && y > 0) return y;
  if (std::isnan(x) || std::isnan(y)) return std::numeric_limits<double>::quiet_NaN();
  if (x == 0 && x == y) return std::signbit(x) ? y : x;
  return x > y ? x : y;
}
double min_(double x, double y) {
  if (std::isinf(x) && x < 0) return x;
  if (std::isinf(y) && y < 0) return y;
  if (std::isnan(x) || std::isnan(y)) return std::numeric_limits<double>::quiet_NaN();
  if (x == 0 && x == y) return std::signbit(x) ? x : y;
  return x < y ? x : y;
}
double nextafter_(double x, double y) {
  return std::nextafter(x, y);
}

void nInf(NativeContext&, const Slot* a, Slot* r) {
  setFloat(r, argInt(a) >= 0 ? HUGE_VAL : -HUGE_VAL);
}
void nNaN(NativeContext&, const Slot*, Slot* r) {
  store(r, std::uint64_t{0x7FF8000000000001});
}
void nFloat64bits(NativeContext&, const Slot* a, Slot* r) {
  *r = *a;
}
void nFloat64frombits(NativeContext&, const Slot* a, Slot* r) {
  *r = *a;
}
void nFloat32bits(NativeContext&, const Slot* a, Slot* r) {
  *r = *a & 0xFFFFFFFFu;
}
void nFloat32frombits(NativeContext&, const Slot* a, Slot* r) {
  *r = *a & 0xFFFFFFFFu;
}
void nFrexp(NativeContext&, const Slot* a, Slot* r) {
  int e = 0;
  double f = argFloat(a);
  double frac = (std::isinf(f) || std::isnan(f)) ? f : std::frexp(f, &e);
  setFloat(r, frac);
  setInt(r + 1, e);
}
void nLdexp(NativeContext&, const Slot* a, Slot* r) {
  std::int64_t e = argInt(a + 1);
  if (e > 100000) e = 100000;
  if (e < -100000) e = -100000;
  setFloat(r, std::ldexp(argFloat(a), static_cast<int>(e)));
}
void nModf(NativeContext&, const Slot* a, Slot* r) {
  double f = argFloat(a);
  double ip;
  double frac = std::modf(f, &ip);
  if (std::isinf(f)) frac = std::numeric_limits<double>::quiet_NaN();
  setFloat(r, ip);
  setFloat(r + 1, frac);
}

}  // namespace

StdPackage mathPackage() {
  return StdPackage{"math",
                    "math",
                    kPrelude,
                    {
                        {"Abs", unary<fabs_>},
                        {"Ceil", unary<ceil_>},
                        {"Floor", unary<floor_>},
                        {"Trunc", unary<trunc_>},
                        {"Round", unary<round_>},
                        {"RoundToEven", unary<roundEven_>},
                        {"Sqrt", unary<sqrt_>},
                        {"Cbrt", unary<cbrt_>},
                        {"Exp", unary<exp_>},
                        {"Exp2", unary<exp2_>},
                        {"Expm1", unary<expm1_>},
                        {"Log", unary<log_>},
                        {"Log1p", unary<log1p_>},
                        {"Sin", unary<sin_>},
                        {"Cos", unary<cos_>},
                        {"Tan", unary<tan_>},
                        {"Asin", unary<asin_>},
                        {"Acos", unary<acos_>},
                        {"Atan", unary<atan_>},
                        {"Sinh", unary<sinh_>},
                        {"Cosh", unary<cosh_>},
                        {"Tanh", unary<tanh_>},
                        {"Asinh", unary<asinh_>},
                        {"Acosh", unary<acosh_>},
                        {"Atanh", unary<atanh_>},
                        {"Erf", unary<erf_>},
                        {"Erfc", unary<erfc_>},
                        {"Gamma", unary<gamma_>},
                        {"Pow", binary<pow_>},
                        {"Atan2", binary<atan2_>},
                        {"Hypot", binary<hypot_>},
                        {"Mod", binary<mod_>},
                        {"Remainder", binary<remainder_>},
                        {"Copysign", binary<copysign_>},
                        {"Dim", binary<dim_>},
                        {"Max", binary<max_>},
                        {"Min", binary<min_>},
                        {"Nextafter", binary<nextafter_>},
                        {"Inf", nInf},
                        {"NaN", nNaN},
                        {"Float64bits", nFloat64bits},
                        {"Float64frombits", nFloat64frombits},
                        {"Float32bits", nFloat32bits},
                        {"Float32frombits", nFloat32frombits},
                        {"Frexp", nFrexp},
                        {"Ldexp", nLdexp},
                        {"Modf", nModf},
                    }};
}

}  // namespace gomi::stdlib
