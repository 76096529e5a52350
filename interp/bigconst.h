// interp/bigconst.h — arbitrary-precision numbers for Go's constant expressions (GMP underneath).
//
// Integers are exact (BigInt, a GMP integer); the checker limits untyped ones to 512 bits as Go
// does. Floats (BigFloat) follow go/constant: an exact rational while its numerator and
// denominator stay under 4096 bits, otherwise a 512-bit binary mantissa with a 64-bit exponent,
// rounded to nearest-even after every operation. Once a value has been rounded it stays in that
// form: an exact-looking result would claim a precision that is not there.
#pragma once

#include <gmpxx.h>

#include <cstdint>
#include <string>

namespace gomi {

using BigInt = mpz_class;

class BigFloat {
 public:
  BigFloat() = default;
  explicit BigFloat(long v) : num_(v), den_(1) {}
  static BigFloat fromInt(const BigInt& v);
  static BigFloat fromRat(mpq_class q);  // normalizes: beyond 4096-bit parts it is rounded
  static BigFloat fromDouble(double d);  // d finite

  bool exact() const { return exact_; }
  int sign() const { return exact_ ? sgn(num_) : sgn(mant_); }
  bool isZero() const { return sign() == 0; }

  // Arithmetic, each result rounded as go/constant rounds it. quo requires y != 0.
  static BigFloat add(const BigFloat& x, const BigFloat& y);
  static BigFloat sub(const BigFloat& x, const BigFloat& y);
  static BigFloat mul(const BigFloat& x, const BigFloat& y);
  static BigFloat quo(const BigFloat& x, const BigFloat& y);
  BigFloat neg() const;
  static int cmp(const BigFloat& x, const BigFloat& y);

  // The integer this value is, as go/constant's ToInt decides it (a rounded value within a few
  // bits of an integer counts as that integer); false if it is none.
  bool toInt(BigInt& out) const;
  // The value rounded to nearest-even in IEEE double / single; false if it overflows (the
  // rounded magnitude is beyond the largest finite value).
  bool toDouble(double& out) const;
  bool toFloat32(float& out) const;
  // As go/constant's String: %.6g of the float64 value, or an approximation out of that range.
  std::string str() const;

  // Parses a Go float literal (decimal or hexadecimal, no '_'): exact when its binary exponent
  // is moderate, otherwise rounded to 512 bits. False if malformed.
  static bool parse(const std::string& lit, BigFloat& out);

  // Binary exponent e with 2^(e-1) <= |x| < 2^e (0 for zero).
  long exponent() const;

 private:
  bool exact_ = true;
  // When exact_: num_/den_ in lowest terms, den_ > 0, or den_ == 0 for a default zero. Two GMP
  // integers rather than an mpq_class: a zero mpz costs no allocation, and every expression node
  // carries a constant value.
  BigInt num_, den_;
  BigInt mant_;  // otherwise: value = mant_ * 2^exp_, |mant_| < 2^512
  long exp_ = 0;

  static BigFloat makeRounded(BigInt m, long e);  // rounds m*2^e to 512 bits
  mpq_class rat() const;                          // when exact_
  const BigInt& den() const;                      // when exact_
  void toMantExp(BigInt& m, long& e) const;       // rounded form of either representation
};

namespace bigc {

// Rounds |n|/|d| * 2^e2 (n, d > 0) to prec bits, nearest-even, with the result's lowest bit at
// no exponent below minExp (subnormals). The result is q * 2^s with 0 <= q <= 2^prec.
void roundRat(const BigInt& n, const BigInt& d, long e2, long prec, long minExp, BigInt& q,
              long& s);

// Parses the digits of a Go integer literal (prefixes allowed, no '_').
bool parseInt(const std::string& lit, BigInt& out);

inline long bitLen(const BigInt& v) {
  return sgn(v) == 0 ? 0 : static_cast<long>(mpz_sizeinbase(v.get_mpz_t(), 2));
}
bool fitsInt64(const BigInt& v);
std::int64_t toInt64(const BigInt& v);  // saturating
// The low 64 bits of v in two's complement.
std::uint64_t lowBits(const BigInt& v);

}  // namespace bigc
}  // namespace gomi
