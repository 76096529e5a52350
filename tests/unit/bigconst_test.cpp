// Constant numbers (interp/bigconst.*): literal parsing, rounding to float64/float32 (checked
// against glibc's correctly rounded strtod/strtof), the 512-bit float form, ToInt.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <random>

#include "interp/bigconst.h"

namespace gomi {
namespace {

BigFloat parse(const std::string& s) {
  BigFloat f;
  EXPECT_TRUE(BigFloat::parse(s, f)) << s;
  return f;
}

double dbl(const BigFloat& f) {
  double d = 0;
  EXPECT_TRUE(f.toDouble(d));
  return d;
}

TEST(BigConst, DecimalLiteralsRoundLikeStrtod) {
  std::mt19937_64 rng(42);
  for (int i = 0; i < 20000; ++i) {
    std::string s = std::to_string(rng() % 100000000000000000ULL);
    int frac = static_cast<int>(rng() % 20);
    if (frac < static_cast<int>(s.size())) s.insert(s.size() - frac, ".");
    int e = static_cast<int>(rng() % 700) - 350;
    s += "e" + std::to_string(e);
    BigFloat f = parse(s);
    double want = std::strtod(s.c_str(), nullptr);
    float want32 = std::strtof(s.c_str(), nullptr);
    double got = 0;
    ASSERT_EQ(f.toDouble(got), std::isfinite(want)) << s;
    if (std::isfinite(want)) {
      ASSERT_EQ(got, want) << s;
    }
    float got32 = 0;
    ASSERT_EQ(f.toFloat32(got32), std::isfinite(want32)) << s;
    if (std::isfinite(want32)) {
      ASSERT_EQ(got32, want32) << s;
    }
  }
}

TEST(BigConst, HalfwayCasesRoundToEven) {
  EXPECT_EQ(dbl(parse("9007199254740993")), 9007199254740992.0);
  EXPECT_EQ(dbl(parse("9007199254740995")), 9007199254740996.0);
  EXPECT_EQ(dbl(parse("1e23")), 1e23);
  EXPECT_EQ(dbl(BigFloat::add(parse("1e23"), BigFloat(1))), 1.0000000000000001e+23);
  // Subnormals: half the smallest rounds to zero, a bit more rounds up.
  EXPECT_EQ(dbl(parse("0x1p-1075")), 0.0);
  EXPECT_EQ(dbl(parse("0x1.0000001p-1075")), 0x1p-1074);
  float f = 1;
  // max32 + ulp/2 overflows; a hair less rounds down to max32.
  EXPECT_FALSE(parse("0x1.ffffffp127").toFloat32(f));
  EXPECT_TRUE(BigFloat::sub(parse("0x1.ffffffp127"), parse("0x1p40")).toFloat32(f));
  EXPECT_EQ(f, 0x1.fffffep127f);
}

TEST(BigConst, ExactRationals) {
  BigFloat third = BigFloat::quo(BigFloat(1), BigFloat(3));
  EXPECT_TRUE(third.exact());
  BigInt n;
  EXPECT_TRUE(BigFloat::mul(third, BigFloat(3)).toInt(n));
  EXPECT_EQ(n, 1);
  EXPECT_TRUE(BigFloat::mul(parse("0.0005"), parse("1e9")).toInt(n));
  EXPECT_EQ(n, 500000);
  EXPECT_FALSE(parse("0.5").toInt(n));
  EXPECT_EQ(BigFloat::cmp(BigFloat::add(parse("0.1"), parse("0.2")), parse("0.3")), 0);
}

TEST(BigConst, HugeValuesUseTheFloatForm) {
  BigFloat big = parse("1e1000000");
  EXPECT_FALSE(big.exact());
  double d = 0;
  EXPECT_FALSE(big.toDouble(d));
  EXPECT_EQ(BigFloat::mul(big, big).str(), "1e+2000000");
  BigFloat one = BigFloat::quo(big, parse("1e999999"));
  EXPECT_EQ(dbl(one), 10.0);
  BigInt n;
  EXPECT_TRUE(one.toInt(n));  // within a few bits of 10: taken to be 10, as go/constant does
  EXPECT_EQ(n, 10);
  EXPECT_EQ(parse("1e-1000000").str(), "1e-1000000");
  EXPECT_EQ(parse("1e1000").str(), "1e+1000");
  EXPECT_EQ(parse("3.40282346638528859811704183484516925440e+38").str(), "3.40282e+38");
  EXPECT_TRUE(parse("1e-4000000000").isZero());
}

TEST(BigConst, Integers) {
  BigInt v;
  ASSERT_TRUE(bigc::parseInt("0x_1", v) == false);
  ASSERT_TRUE(bigc::parseInt("0x10000000000000000000000000000000000", v));
  EXPECT_EQ(bigc::bitLen(v), 137);
  EXPECT_EQ(bigc::lowBits(BigInt(-1)), ~std::uint64_t{0});
  EXPECT_EQ(bigc::toInt64(v), INT64_MAX);
  ASSERT_TRUE(bigc::parseInt("0777", v));
  EXPECT_EQ(v, 511);
  EXPECT_FALSE(bigc::parseInt("089", v));
  ASSERT_TRUE(bigc::parseInt("0", v));
  EXPECT_EQ(v, 0);
}

}  // namespace
}  // namespace gomi
