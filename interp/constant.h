// interp/constant.h — compile-time constant values (Go's untyped and typed constants).
//
// Go evaluates constant expressions exactly, and so does gomi: integers are arbitrary-precision
// (untyped ones limited to 512 bits, as Go limits them), floats exact rationals or, beyond
// moderate magnitudes, 512-bit binary floats, as go/constant keeps them (bigconst.h). The checker
// does the arithmetic (constant.cpp); the compiler only asks for bits().
#pragma once

#include <cstdint>
#include <string>

#include "interp/bigconst.h"

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
  BigInt i;    // Kind::Int
  BigFloat f;  // Kind::Float
  std::string s;
  BigFloat re, im;  // Kind::Complex: the real and imaginary parts, exact as a Float is

  bool known() const { return kind != Kind::Unknown; }
  // An Int's value clamped to int64 (for lengths, indices and counts the checker has bounded).
  std::int64_t int64() const { return bigc::toInt64(i); }
  // The machine representation of this constant as a value of type t (t's underlying kind is a
  // boolean, integer or float kind): integers two's-complement in 64 bits (sign-extended from
  // t's width), float32 as its IEEE single bits in the low 32 bits (a float32 is 4 bytes in
  // frames as in memory), float64 as IEEE double bits (each rounded once, to nearest-even, from
  // the exact value), bool as 0/1, complex64 as its two float32 (real in the low 32 bits),
  // complex128 as its real part's bits (imagBits: the second slot). The constant must be
  // representable in t (the checker guarantees it).
  std::uint64_t bits(const Type* t) const;
  std::uint64_t imagBits(const Type* t) const;  // complex128: the imaginary part's bits
};

}  // namespace gomi
