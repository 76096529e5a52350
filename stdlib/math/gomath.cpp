// stdlib/math/gomath.cpp — see gomath.h. Constants are the Cephes/msun coefficients Go uses;
// derived constants (4/Pi, Pi/2, ...) are written as the exact float64 values Go's constant
// arithmetic produces.
#include "stdlib/math/gomath.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace gomi::stdlib {

namespace {

constexpr double kFourOverPi = 0x1.45f306dc9c883p+00;
constexpr double kPiOver2 = 0x1.921fb54442d18p+00;
constexpr double kPiOver4 = 0x1.921fb54442d18p-01;
constexpr double k3PiOver4 = 0x1.2d97c7f3321d2p+01;
constexpr double kPi = 0x1.921fb54442d18p+01;
constexpr double kHalfMorebits = 0x1.1a62633145c07p-55;
constexpr double kMorebits = 0x1.1a62633145c07p-54;
constexpr double kSqrt2Over2 = 0x1.6a09e667f3bcdp-01;
constexpr double kTan3Pio8 = 0x1.3504f333f9de6p+01;

// Pi/4 split in three parts for extended-precision argument reduction.
constexpr double kPI4A = 7.85398125648498535156e-1;
constexpr double kPI4B = 3.77489470793079817668e-8;
constexpr double kPI4C = 2.69515142907905952645e-15;
// Beyond this Go switches to Payne-Hanek reduction; gomi falls back to libm there (results for
// |x| >= 2^29 may differ from Go's in the last bit).
constexpr double kReduceThreshold = 1 << 29;

constexpr double kSinCoef[] = {
    1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
    -1.98412698295895385996e-4, 8.33333333332211858878e-3,  -1.66666666666666307295e-1,
};
constexpr double kCosCoef[] = {
    -1.13585365213876817300e-11, 2.08757008419747316778e-9,  -2.75573141792967388112e-7,
    2.48015872888517045348e-5,   -1.38888888888730564116e-3, 4.16666666666665929218e-2,
};

double nan() {
  return std::numeric_limits<double>::quiet_NaN();
}

double sinPoly(double z, double zz) {
  return z +
         z * zz *
             ((((((kSinCoef[0] * zz) + kSinCoef[1]) * zz + kSinCoef[2]) * zz + kSinCoef[3]) * zz +
               kSinCoef[4]) *
                  zz +
              kSinCoef[5]);
}

double cosPoly(double zz) {
  return 1.0 - 0.5 * zz +
         zz * zz *
             ((((((kCosCoef[0] * zz) + kCosCoef[1]) * zz + kCosCoef[2]) * zz + kCosCoef[3]) * zz +
               kCosCoef[4]) *
                  zz +
              kCosCoef[5]);
}

// Octant j (0..7 before masking) and the reduced argument z of x >= 0.
void reduce(double x, std::uint64_t* j, double* z) {
  *j = static_cast<std::uint64_t>(x * kFourOverPi);
  double y = static_cast<double>(*j);
  if ((*j & 1) == 1) {
    (*j)++;
    y++;
  }
  *z = ((x - y * kPI4A) - y * kPI4B) - y * kPI4C;
}

double xatan(double x) {
  constexpr double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
                   P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
                   P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
                   Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
                   Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
  double z = x * x;
  z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) /
      (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  z = x * z + x;
  return z;
}

double satan(double x) {
  if (x <= 0.66) return xatan(x);
  if (x > kTan3Pio8) return kPiOver2 - xatan(1 / x) + kMorebits;
  return kPiOver4 + xatan((x - 1) / (x + 1)) + kHalfMorebits;
}

std::uint64_t bitsOf(double x) {
  std::uint64_t b;
  std::memcpy(&b, &x, 8);
  return b;
}

double fromBits(std::uint64_t b) {
  double x;
  std::memcpy(&x, &b, 8);
  return x;
}

}  // namespace

double goSin(double x) {
  if (x == 0 || std::isnan(x)) return x;
  if (std::isinf(x)) return nan();
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x >= kReduceThreshold) return sign ? -std::sin(x) : std::sin(x);
  std::uint64_t j;
  double z;
  reduce(x, &j, &z);
  j &= 7;
  if (j > 3) {
    sign = !sign;
    j -= 4;
  }
  double zz = z * z;
  double y = (j == 1 || j == 2) ? cosPoly(zz) : sinPoly(z, zz);
  return sign ? -y : y;
}

double goCos(double x) {
  if (std::isnan(x) || std::isinf(x)) return nan();
  x = std::fabs(x);
  if (x >= kReduceThreshold) return std::cos(x);
  bool sign = false;
  std::uint64_t j;
  double z;
  reduce(x, &j, &z);
  j &= 7;
  if (j > 3) {
    j -= 4;
    sign = !sign;
  }
  if (j > 1) sign = !sign;
  double zz = z * z;
  double y = (j == 1 || j == 2) ? sinPoly(z, zz) : cosPoly(zz);
  return sign ? -y : y;
}

double goTan(double x) {
  constexpr double P[] = {-1.30936939181383777646e4, 1.15351664838587416140e6,
                          -1.79565251976484877988e7};
  constexpr double Q[] = {1.0, 1.36812963470692954678e4, -1.32089234440210967447e6,
                          2.50083801823357915839e7, -5.38695755929454629881e7};
  if (x == 0 || std::isnan(x)) return x;
  if (std::isinf(x)) return nan();
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x >= kReduceThreshold) return sign ? -std::tan(x) : std::tan(x);
  std::uint64_t j;
  double z;
  reduce(x, &j, &z);
  double zz = z * z;
  double y;
  if (zz > 1e-14)
    y = z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) /
                 ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]));
  else
    y = z;
  if ((j & 2) == 2) y = -1 / y;
  return sign ? -y : y;
}

double goAtan(double x) {
  if (x == 0) return x;
  if (x > 0) return satan(x);
  return -satan(-x);
}

double goAtan2(double y, double x) {
  if (std::isnan(y) || std::isnan(x)) return nan();
  if (y == 0) {
    if (x >= 0 && !std::signbit(x)) return std::copysign(0.0, y);
    return std::copysign(kPi, y);
  }
  if (x == 0) return std::copysign(kPiOver2, y);
  if (std::isinf(x)) {
    if (x > 0) return std::isinf(y) ? std::copysign(kPiOver4, y) : std::copysign(0.0, y);
    return std::isinf(y) ? std::copysign(k3PiOver4, y) : std::copysign(kPi, y);
  }
  if (std::isinf(y)) return std::copysign(kPiOver2, y);
  double q = goAtan(y / x);
  if (x < 0) {
    if (q <= 0) return q + kPi;
    return q - kPi;
  }
  return q;
}

double goAsin(double x) {
  if (x == 0) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x > 1) return nan();
  double temp = std::sqrt(1 - x * x);
  if (x > 0.7)
    temp = kPiOver2 - satan(temp / x);
  else
    temp = satan(x / temp);
  return sign ? -temp : temp;
}

double goAcos(double x) {
  return kPiOver2 - goAsin(x);
}

double goCbrt(double x) {
  constexpr std::uint64_t B1 = 715094163, B2 = 696219795;
  constexpr double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01,
                   E = 1.41428571428571436819e+00, F = 1.60714285714285720630e+00,
                   G = 3.57142857142857150787e-01, SmallestNormal = 2.22507385850720138309e-308;
  if (x == 0 || std::isnan(x) || std::isinf(x)) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double t = fromBits(bitsOf(x) / 3 + (B1 << 32));
  if (x < SmallestNormal) {
    t = static_cast<double>(std::uint64_t{1} << 54);
    t *= x;
    t = fromBits(bitsOf(t) / 3 + (B2 << 32));
  }
  double r = t * t / x;
  double s = C + r * t;
  t *= G + F / (s + E + D / s);
  t = fromBits((bitsOf(t) & (std::uint64_t{0xFFFFFFFFC} << 28)) + (std::uint64_t{1} << 30));
  s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return sign ? -t : t;
}

double goLog(double x) {
  constexpr double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10,
                   L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01,
                   L3 = 2.857142874366239149e-01, L4 = 2.222219843214978396e-01,
                   L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01,
                   L7 = 1.479819860511658591e-01;
  if (std::isnan(x) || (std::isinf(x) && x > 0)) return x;
  if (x < 0) return nan();
  if (x == 0) return -HUGE_VAL;
  // Go's amd64 assembly splits x with bit masks rather than Frexp, which differs (wrongly) for
  // subnormal x; the masks are reproduced so the results agree there too.
  std::uint64_t bits = bitsOf(x);
  double f1 = fromBits((bits & 0x000FFFFFFFFFFFFFu) | 0x3FE0000000000000u);
  int ki = static_cast<int>((bits >> 52) & 0x7FF) - 0x3FE;
  if (f1 < kSqrt2Over2) {
    f1 *= 2;
    ki--;
  }
  double f = f1 - 1;
  double k = ki;
  double s = f / (2 + f);
  double s2 = s * s;
  double s4 = s2 * s2;
  double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
  double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
  double R = t1 + t2;
  double hfsq = 0.5 * f * f;
  return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + k * Ln2Lo)) - f);
}

double goHypot(double p, double q) {
  p = std::fabs(p);
  q = std::fabs(q);
  if (std::isinf(p) || std::isinf(q)) return HUGE_VAL;
  if (std::isnan(p) || std::isnan(q)) return nan();
  if (p == 0 && q == 0) return 0;
  double mx = p > q ? p : q;
  double mn = p > q ? q : p;
  double r = mn / mx;
  r = r * r;
  r += 1;
  r = std::sqrt(r);
  return mx * r;
}

namespace {

bool cpuHasFma() {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  static const bool has = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
  return has;
#else
  return false;
#endif
}

}  // namespace

double goExp(double x) {
  constexpr double LOG2E = 1.4426950408889634073599246810018920;
  constexpr double LN2U = 0.69314718055966295651160180568695068359375;
  constexpr double LN2L = 0.28235290563031577122588448175013436025525412068e-12;
  constexpr double Overflow = 7.09782712893384e+02;
  constexpr double C2 = 1.6666666666666666667e-1, C3 = 4.1666666666666666667e-2,
                   C4 = 8.3333333333333333333e-3, C5 = 1.3888888888888888889e-3,
                   C6 = 1.9841269841269841270e-4, C7 = 2.4801587301587301587e-5;
  if (std::isnan(x)) return x;
  if (std::isinf(x)) return x < 0 ? 0 : x;
  if (x > Overflow) return HUGE_VAL;
  double t = LOG2E * x;
  // CVTSD2SL rounds to nearest and yields INT32_MIN when out of range.
  std::int32_t k;
  double r = std::nearbyint(t);
  if (r >= -2147483648.0 && r <= 2147483647.0)
    k = static_cast<std::int32_t>(r);
  else
    k = INT32_MIN;
  double kd = k;
  double x0 = x, x1;
  if (cpuHasFma()) {
    x0 = std::fma(-kd, LN2U, x0);
    x0 = std::fma(-kd, LN2L, x0);
    x0 *= 0.0625;
    x1 = C7;
    x1 = std::fma(x1, x0, C6);
    x1 = std::fma(x1, x0, C5);
    x1 = std::fma(x1, x0, C4);
    x1 = std::fma(x1, x0, C3);
    x1 = std::fma(x1, x0, C2);
    x1 = std::fma(x1, x0, 0.5);
    x1 = std::fma(x1, x0, 1.0);
    x0 = x0 * x1;
    for (int i = 0; i < 3; i++) {
      x1 = x0 + 2.0;
      x0 = x0 * x1;
    }
    x1 = x0 + 2.0;
    x0 = std::fma(x0, x1, 1.0);
  } else {
    x0 -= kd * LN2U;
    x0 -= kd * LN2L;
    x0 *= 0.0625;
    x1 = C7 * x0;
    x1 += C6;
    x1 *= x0;
    x1 += C5;
    x1 *= x0;
    x1 += C4;
    x1 *= x0;
    x1 += C3;
    x1 *= x0;
    x1 += C2;
    x1 *= x0;
    x1 += 0.5;
    x1 *= x0;
    x1 += 1.0;
    x0 = x0 * x1;
    for (int i = 0; i < 4; i++) {
      x1 = 2.0 + x0;
      x0 = x0 * x1;
    }
    x0 += 1.0;
  }
  std::int64_t bx = static_cast<std::int64_t>(k) + 0x3FF;
  if (bx <= 0) {
    if (bx < -52) return 0;
    bx += 0x3FE;
    x0 *= fromBits(static_cast<std::uint64_t>(bx) << 52);
    bx = 1;
  } else if (bx >= 0x7FF) {
    return HUGE_VAL;
  }
  return x0 * fromBits(static_cast<std::uint64_t>(bx) << 52);
}

}  // namespace gomi::stdlib
