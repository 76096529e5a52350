// interp/constant.h — compile-time constant values (Go's untyped and typed constants).
//
// Go evaluates constant expressions exactly. gomi keeps integers in 128 bits (enough for every
// constant a program can use at a sized type, and for intermediate values like 1<<100 >> 98) and
// floats as long double; an integer result outside 128 bits is reported as "constant overflow".
// The checker does the arithmetic (constant.cpp); the compiler only asks for bits().
#pragma once

#include <cstdint>
#include <string>

namespace gomi {

struct Type;

struct ConstValue {
  enum class Kind : std::uint8_t {
    Unknown,
    Bool,
    Int,
    Float,
    String,
    Complex
  } kind = Kind::Unknown;
  bool b = false;
  __int128 i = 0;
  long double f = 0;
  std::string s;
  long double re = 0, im = 0;  // Complex: real and imaginary parts (constant.cpp, cv::*Complex*)

  bool known() const { return kind != Kind::Unknown; }
  // The machine representation of this constant as a value of type t (t's underlying kind is a
  // boolean, integer or float kind): integers two's-complement in 64 bits (sign-extended from
  // t's width), float32 as its IEEE single bits in the low 32 bits (a float32 is 4 bytes in
  // frames as in memory), float64 as IEEE double bits, bool as 0/1, complex64 as its two float32
  // (real in the low 32 bits), complex128 as its real part's bits (imagBits: the second slot). The
  // constant must be representable in t (the checker guarantees it).
  std::uint64_t bits(const Type* t) const;
  std::uint64_t imagBits(const Type* t) const;  // complex128: the imaginary part's bits
};

}  // namespace gomi
