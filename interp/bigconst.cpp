// interp/bigconst.cpp — exact integers and go/constant-style floats for constant expressions.
#include "interp/bigconst.h"

#include <climits>
#include <cmath>
#include <cstdio>

namespace gomi {

namespace {

constexpr long kPrec = 512;     // mantissa bits of a rounded float (go/constant's prec)
constexpr long kMaxExp = 4096;  // exact rationals keep parts below this many bits (maxExp)
constexpr long kNoMin = LONG_MIN / 4;

BigInt absOf(const BigInt& v) {
  BigInt r;
  mpz_abs(r.get_mpz_t(), v.get_mpz_t());
  return r;
}

BigInt shl(const BigInt& v, long n) {
  BigInt r;
  mpz_mul_2exp(r.get_mpz_t(), v.get_mpz_t(), static_cast<mp_bitcnt_t>(n));
  return r;
}

// Exact for nonnegative v (and floor for negative).
BigInt shr(const BigInt& v, long n) {
  BigInt r;
  mpz_fdiv_q_2exp(r.get_mpz_t(), v.get_mpz_t(), static_cast<mp_bitcnt_t>(n));
  return r;
}

long trailingZeros(const BigInt& v) {
  return static_cast<long>(mpz_scan1(v.get_mpz_t(), 0));
}

// 10^n for n up to a few hundred thousand: exact; the caller rounds.
BigInt pow10(unsigned long n) {
  BigInt r;
  mpz_ui_pow_ui(r.get_mpz_t(), 10, n);
  return r;
}

}  // namespace

namespace bigc {

void roundRat(const BigInt& n, const BigInt& d, long e2, long prec, long minExp, BigInt& q,
              long& s) {
  long top = e2 + bitLen(n) - bitLen(d);  // 2^(top-1) <= value < 2^(top+1)
  if (top + 1 < minExp) {                 // below half the smallest step: rounds to zero
    q = 0;
    s = minExp;
    return;
  }
  s = top - prec;
  BigInt r, num, den;
  for (int pass = 0; pass < 2; ++pass) {
    if (s < minExp) s = minExp;
    long sh = e2 - s;
    num = sh >= 0 ? shl(n, sh) : n;
    den = sh < 0 ? shl(d, -sh) : d;
    mpz_tdiv_qr(q.get_mpz_t(), r.get_mpz_t(), num.get_mpz_t(), den.get_mpz_t());
    if (bitLen(q) <= prec) break;
    ++s;
  }
  r <<= 1;
  int c = cmp(r, den);
  if (c > 0 || (c == 0 && mpz_odd_p(q.get_mpz_t()))) ++q;
}

bool parseInt(const std::string& t, BigInt& out) {
  int base = 10;
  std::size_t i = 0;
  if (t.size() > 1 && t[0] == '0') {
    char p = static_cast<char>(t[1] | 0x20);
    if (p == 'x')
      base = 16, i = 2;
    else if (p == 'b')
      base = 2, i = 2;
    else if (p == 'o')
      base = 8, i = 2;
    else
      base = 8, i = 1;
  }
  if (i >= t.size()) {
    if (base != 8) return false;
    out = 0;
    return true;
  }
  for (std::size_t k = i; k < t.size(); ++k) {
    char c = t[k];
    int dv = c >= '0' && c <= '9'   ? c - '0'
             : c >= 'a' && c <= 'f' ? c - 'a' + 10
             : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                    : 99;
    if (dv >= base) return false;
  }
  return mpz_set_str(out.get_mpz_t(), t.c_str() + i, base) == 0;
}

bool fitsInt64(const BigInt& v) {
  return mpz_fits_slong_p(v.get_mpz_t()) != 0;
}

std::int64_t toInt64(const BigInt& v) {
  if (fitsInt64(v)) return mpz_get_si(v.get_mpz_t());
  return sgn(v) < 0 ? INT64_MIN : INT64_MAX;
}

std::uint64_t lowBits(const BigInt& v) {
  std::uint64_t u = mpz_size(v.get_mpz_t()) ? mpz_getlimbn(v.get_mpz_t(), 0) : 0;
  return sgn(v) < 0 ? ~u + 1 : u;
}

}  // namespace bigc

BigFloat BigFloat::fromInt(const BigInt& v) {
  return fromRat(mpq_class(v));
}

BigFloat BigFloat::fromRat(mpq_class q) {
  q.canonicalize();
  BigFloat r;
  if (bigc::bitLen(q.get_num()) < kMaxExp && bigc::bitLen(q.get_den()) < kMaxExp) {
    mpz_swap(r.num_.get_mpz_t(), mpq_numref(q.get_mpq_t()));
    mpz_swap(r.den_.get_mpz_t(), mpq_denref(q.get_mpq_t()));
    return r;
  }
  BigInt m;
  long s = 0;
  bigc::roundRat(absOf(q.get_num()), q.get_den(), 0, kPrec, kNoMin, m, s);
  if (sgn(q) < 0) m = -m;
  return makeRounded(std::move(m), s);
}

mpq_class BigFloat::rat() const {
  return mpq_class(num_, den());
}

const BigInt& BigFloat::den() const {
  static const BigInt one(1);
  return sgn(den_) == 0 ? one : den_;
}

BigFloat BigFloat::fromDouble(double d) {
  mpq_class q(d);
  return fromRat(std::move(q));
}

BigFloat BigFloat::makeRounded(BigInt m, long e) {
  BigFloat r;
  if (sgn(m) == 0) return r;  // zero is zero, exactly
  r.exact_ = false;
  if (bigc::bitLen(m) > kPrec) {
    BigInt q;
    long s = 0;
    bigc::roundRat(absOf(m), BigInt(1), e, kPrec, kNoMin, q, s);
    if (sgn(m) < 0) q = -q;
    m = std::move(q);
    e = s;
  }
  r.mant_ = std::move(m);
  r.exp_ = e;
  return r;
}

void BigFloat::toMantExp(BigInt& m, long& e) const {
  if (!exact_) {
    m = mant_;
    e = exp_;
    return;
  }
  if (sgn(num_) == 0) {
    m = 0;
    e = 0;
    return;
  }
  bigc::roundRat(absOf(num_), den(), 0, kPrec, kNoMin, m, e);
  if (sgn(num_) < 0) m = -m;
}

long BigFloat::exponent() const {
  if (isZero()) return 0;
  if (exact_) {
    // 2^(nb-db-1) < |q| < 2^(nb-db+1): decide between the two by one comparison.
    long e = bigc::bitLen(num_) - bigc::bitLen(den());
    BigInt a = absOf(num_);
    const BigInt& b = den();
    // |q| >= 2^e  <=>  a >= b * 2^e
    bool ge = e >= 0 ? a >= shl(b, e) : shl(a, -e) >= b;
    return ge ? e + 1 : e;
  }
  return exp_ + bigc::bitLen(mant_);
}

BigFloat BigFloat::neg() const {
  BigFloat r = *this;
  if (exact_)
    r.num_ = -num_;
  else
    r.mant_ = -mant_;
  return r;
}

BigFloat BigFloat::add(const BigFloat& x, const BigFloat& y) {
  if (x.exact_ && y.exact_) return fromRat(x.rat() + y.rat());
  BigInt mx, my;
  long ex = 0, ey = 0;
  x.toMantExp(mx, ex);
  y.toMantExp(my, ey);
  if (sgn(mx) == 0) return makeRounded(my, ey);
  if (sgn(my) == 0) return makeRounded(mx, ex);
  long tx = ex + bigc::bitLen(mx), ty = ey + bigc::bitLen(my);
  // An operand far below the other's last bit matters only as a sticky bit: stand in a
  // smaller one of the same sign so the shifts stay short.
  constexpr long kGap = kPrec + 96;
  if (tx - ty > kGap) {
    my = sgn(my);
    ey = tx - kGap;
  } else if (ty - tx > kGap) {
    mx = sgn(mx);
    ex = ty - kGap;
  }
  long e = std::min(ex, ey);
  BigInt m = shl(mx, ex - e) + shl(my, ey - e);
  return makeRounded(std::move(m), e);
}

BigFloat BigFloat::sub(const BigFloat& x, const BigFloat& y) {
  return add(x, y.neg());
}

BigFloat BigFloat::mul(const BigFloat& x, const BigFloat& y) {
  if (x.exact_ && y.exact_) return fromRat(x.rat() * y.rat());
  BigInt mx, my;
  long ex = 0, ey = 0;
  x.toMantExp(mx, ex);
  y.toMantExp(my, ey);
  return makeRounded(mx * my, ex + ey);
}

BigFloat BigFloat::quo(const BigFloat& x, const BigFloat& y) {
  if (x.exact_ && y.exact_) return fromRat(x.rat() / y.rat());
  BigInt mx, my;
  long ex = 0, ey = 0;
  x.toMantExp(mx, ex);
  y.toMantExp(my, ey);
  if (sgn(mx) == 0) return BigFloat();
  bool neg = (sgn(mx) < 0) != (sgn(my) < 0);
  BigInt a = absOf(mx), b = absOf(my), q, r;
  long k = kPrec + bigc::bitLen(b) + 2;
  a = shl(a, k);
  mpz_tdiv_qr(q.get_mpz_t(), r.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
  q = shl(q, 1);
  if (sgn(r) != 0) q += 1;  // sticky: the quotient was not exact
  if (neg) q = -q;
  return makeRounded(std::move(q), ex - ey - k - 1);
}

int BigFloat::cmp(const BigFloat& x, const BigFloat& y) {
  if (x.exact_ && y.exact_) {
    int c = ::cmp(x.rat(), y.rat());
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  }
  return sub(x, y).sign();
}

bool BigFloat::toInt(BigInt& out) const {
  if (exact_) {
    if (den() != 1) return false;
    out = num_;
    return true;
  }
  if (sgn(mant_) == 0) {
    out = 0;
    return true;
  }
  long top = exponent();
  if (top <= -kMaxExp || top >= kMaxExp) return false;  // avoid huge integers, as Go does
  auto integral = [&](const BigInt& m, long e) -> bool {
    if (e >= 0) {
      out = shl(m, e);
    } else {
      if (trailingZeros(m) < -e) return false;
      out = shr(m, -e);
    }
    if (sgn(mant_) < 0) out = -out;
    return true;
  };
  BigInt a = absOf(mant_);
  if (integral(a, exp_)) return true;
  // A rounded value within a few bits of an integer is taken to be that integer (go/constant
  // rounds to prec-4 bits towards zero and away from zero and looks again).
  constexpr long kNear = kPrec - 4;
  long bl = bigc::bitLen(a);
  if (bl <= kNear) return false;
  long sh = bl - kNear;
  BigInt down = shr(a, sh);
  if (integral(down, exp_ + sh)) return true;
  BigInt up = down;
  if (trailingZeros(a) < sh) up += 1;
  return integral(up, exp_ + sh);
}

namespace {

// |n/d * 2^e| rounded to prec bits with subnormals from minExp: out*2^s; false if that is at
// least 2^maxTop.
bool roundTo(const BigInt& n, const BigInt& d, long e, long prec, long minExp, long maxTop,
             BigInt& out, long& s) {
  bigc::roundRat(absOf(n), d, e, prec, minExp, out, s);
  return sgn(out) == 0 || bigc::bitLen(out) - 1 + s < maxTop;
}

}  // namespace

bool BigFloat::toDouble(double& out) const {
  out = 0;
  if (isZero()) return true;
  long top = exponent();
  if (top > 1026) return false;
  BigInt r;
  long s = 0;
  bool ok = exact_ ? roundTo(num_, den(), 0, 53, -1074, 1024, r, s)
                   : roundTo(mant_, BigInt(1), exp_, 53, -1074, 1024, r, s);
  if (!ok) return false;
  out = std::ldexp(r.get_d(), static_cast<int>(s));
  if (sign() < 0) out = -out;
  return true;
}

bool BigFloat::toFloat32(float& out) const {
  out = 0;
  if (isZero()) return true;
  long top = exponent();
  if (top > 130) return false;
  BigInt r;
  long s = 0;
  bool ok = exact_ ? roundTo(num_, den(), 0, 24, -149, 128, r, s)
                   : roundTo(mant_, BigInt(1), exp_, 24, -149, 128, r, s);
  if (!ok) return false;
  out = static_cast<float>(std::ldexp(r.get_d(), static_cast<int>(s)));
  if (sign() < 0) out = -out;
  return true;
}

std::string BigFloat::str() const {
  char buf[64];
  double d = 0;
  if (toDouble(d) && (d == 0) == isZero()) {
    std::snprintf(buf, sizeof buf, "%.6g", d);
    return buf;
  }
  // Out of float64's range: go/constant's approximation, mantissa in [0.5, 1) times 2^exp
  // turned into a decimal mantissa and exponent.
  BigInt m;
  long e = 0;
  toMantExp(m, e);
  long bl = bigc::bitLen(m);
  long keep = std::min(bl, 64L);
  double mant = std::ldexp(shr(absOf(m), bl - keep).get_d(), static_cast<int>(-keep));
  if (sgn(m) < 0) mant = -mant;
  long exp = e + bl;
  double dexp = static_cast<double>(exp) * (std::log(2.0) / std::log(10.0));
  auto e10 = static_cast<std::int64_t>(dexp);
  mant *= std::pow(10.0, dexp - static_cast<double>(e10));
  double am = std::fabs(mant);
  if (am < 1 - 0.5e-6) {
    mant *= 10;
    --e10;
  } else if (am >= 10) {
    mant /= 10;
    ++e10;
  }
  std::snprintf(buf, sizeof buf, "%.6ge%+lld", mant, static_cast<long long>(e10));
  return buf;
}

bool BigFloat::parse(const std::string& lit, BigFloat& out) {
  std::size_t i = 0;
  bool hex = lit.size() > 1 && lit[0] == '0' && (lit[1] | 0x20) == 'x';
  if (hex) i = 2;
  BigInt mant;
  std::string digits;
  long frac = 0;
  bool dot = false;
  for (; i < lit.size(); ++i) {
    char c = lit[i];
    if (c == '.') {
      if (dot) return false;
      dot = true;
      continue;
    }
    bool isDigit = (c >= '0' && c <= '9') || (hex && ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'));
    if (!isDigit) break;
    digits += c;
    if (dot) ++frac;
  }
  if (digits.empty()) return false;
  long exp = 0;
  if (i < lit.size()) {
    char c = static_cast<char>(lit[i] | 0x20);
    if (c != (hex ? 'p' : 'e')) return false;
    ++i;
    bool neg = false;
    if (i < lit.size() && (lit[i] == '+' || lit[i] == '-')) neg = lit[i++] == '-';
    if (i >= lit.size()) return false;
    for (; i < lit.size(); ++i) {
      if (lit[i] < '0' || lit[i] > '9') return false;
      if (exp < 100000000000L) exp = exp * 10 + (lit[i] - '0');
    }
    if (neg) exp = -exp;
  } else if (hex) {
    return false;
  }
  if (mpz_set_str(mant.get_mpz_t(), digits.c_str(), hex ? 16 : 10) != 0) return false;
  out = BigFloat();
  if (sgn(mant) == 0) return true;
  if (hex) {
    long e2 = exp - 4 * frac;
    long top = e2 + bigc::bitLen(mant);
    if (top > -kMaxExp && top < kMaxExp) {
      mpq_class q(mant);
      if (e2 >= 0)
        q = mpq_class(shl(mant, e2));
      else
        q = mpq_class(mant, shl(BigInt(1), -e2));
      q.canonicalize();
      mpz_swap(out.num_.get_mpz_t(), mpq_numref(q.get_mpq_t()));
      mpz_swap(out.den_.get_mpz_t(), mpq_denref(q.get_mpq_t()));
      return true;
    }
    out = makeRounded(std::move(mant), e2);
    return true;
  }
  long e10 = exp - frac;
  double topEst =
      static_cast<double>(bigc::bitLen(mant)) + static_cast<double>(e10) * 3.3219280948873623;
  if (topEst > -kMaxExp && topEst < kMaxExp) {
    // Moderate: the exact rational (go/constant keeps such literals as fractions).
    mpq_class q = e10 >= 0 ? mpq_class(mant * pow10(static_cast<unsigned long>(e10)))
                           : mpq_class(mant, pow10(static_cast<unsigned long>(-e10)));
    q.canonicalize();
    out = BigFloat();  // exact whatever the parts' size, as go/constant keeps such a literal
    mpz_swap(out.num_.get_mpz_t(), mpq_numref(q.get_mpq_t()));
    mpz_swap(out.den_.get_mpz_t(), mpq_denref(q.get_mpq_t()));
    return true;
  }
  // Beyond big.Float's 32-bit exponent go/constant's literal underflows to zero or overflows.
  if (topEst < -2147483648.0) return true;
  if (topEst > 2147483647.0) return false;
  BigFloat p;
  unsigned long n = static_cast<unsigned long>(e10 < 0 ? -e10 : e10);
  if (n <= 400000) {
    p = makeRounded(pow10(n), 0);
  } else {
    // 10^n by squaring, each step rounded to 512 bits.
    BigFloat base = makeRounded(BigInt(10), 0), acc = makeRounded(BigInt(1), 0);
    while (n) {
      if (n & 1) acc = mul(acc, base);
      n >>= 1;
      if (n) base = mul(base, base);
    }
    p = acc;
  }
  BigFloat m = makeRounded(std::move(mant), 0);
  out = e10 >= 0 ? mul(m, p) : quo(m, p);
  return true;
}

}  // namespace gomi
