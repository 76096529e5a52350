// interp/constant.cpp — constant arithmetic for the checker and machine bits for the compiler.
//
// The numbers are bigconst.h's: integers exact (untyped ones up to 512 bits, as in Go), floats
// exact rationals or 512-bit floats, rounded once to float32/float64 when converted to a type.
#include <cstdint>
#include <cstring>

#include "interp/check.h"

namespace gomi {

namespace {

// Untyped integer constants beyond this many bits are an error, as in Go ("constant
// multiplication overflow").
constexpr long kMaxIntBits = 512;

int widthOf(Kind k) {
  switch (k) {
    case Kind::Int8:
    case Kind::Uint8:
      return 8;
    case Kind::Int16:
    case Kind::Uint16:
      return 16;
    case Kind::Int32:
    case Kind::Uint32:
    case Kind::UntypedRune:
      return 32;
    default:
      return 64;
  }
}

void appendUtf8(std::string& out, std::uint32_t r) {
  if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

int hexVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes one UTF-8 sequence at s[i]; advances i.
std::uint32_t decodeUtf8(const std::string& s, std::size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  std::uint32_t r = c & (0x3F >> n);
  ++i;
  for (int k = 0; k < n && i < s.size(); ++k, ++i) r = (r << 6) | (s[i] & 0x3F);
  return r;
}

// Interprets the body of a quoted literal. For runes, `runes` receives the code points.
bool unescape(const std::string& body, char quote, std::string& out,
              std::vector<std::uint32_t>* runes) {
  std::size_t i = 0;
  while (i < body.size()) {
    char c = body[i];
    if (c != '\\') {
      std::size_t start = i;
      std::uint32_t r = decodeUtf8(body, i);
      out.append(body, start, i - start);
      if (runes) runes->push_back(r);
      continue;
    }
    if (++i >= body.size()) return false;
    char e = body[i++];
    std::uint32_t v = 0;
    switch (e) {
      case 'a':
        v = 7;
        break;
      case 'b':
        v = 8;
        break;
      case 'f':
        v = 12;
        break;
      case 'n':
        v = 10;
        break;
      case 'r':
        v = 13;
        break;
      case 't':
        v = 9;
        break;
      case 'v':
        v = 11;
        break;
      case '\\':
        v = '\\';
        break;
      case '\'':
      case '"':
        if (e != quote) return false;
        v = static_cast<std::uint32_t>(e);
        break;
      case 'x':
      case 'u':
      case 'U': {
        int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        for (int k = 0; k < n; ++k) {
          if (i >= body.size() || hexVal(body[i]) < 0) return false;
          v = v * 16 + static_cast<std::uint32_t>(hexVal(body[i++]));
        }
        if (e == 'x') {
          out += static_cast<char>(v);
          if (runes) runes->push_back(v);
          continue;
        }
        if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return false;
        appendUtf8(out, v);
        if (runes) runes->push_back(v);
        continue;
      }
      default:
        if (e >= '0' && e <= '7') {
          v = static_cast<std::uint32_t>(e - '0');
          for (int k = 0; k < 2; ++k) {
            if (i >= body.size() || body[i] < '0' || body[i] > '7') return false;
            v = v * 8 + static_cast<std::uint32_t>(body[i++] - '0');
          }
          if (v > 255) return false;
          out += static_cast<char>(v);
          if (runes) runes->push_back(v);
          continue;
        }
        return false;
    }
    out += static_cast<char>(v);
    if (runes) runes->push_back(v);
  }
  return true;
}

}  // namespace

namespace cv {

namespace {
bool complexBinary(Op op, const ConstValue& a, const ConstValue& b, ConstValue& out,
                   std::string& err);
bool complexRepresentable(ConstValue& v, const Type* t, std::string* why);
std::string complexStr(const ConstValue& v);
bool parseImag(const std::string& text, ConstValue& out);
}  // namespace

ConstValue makeInt(std::int64_t v) {
  ConstValue c;
  c.kind = ConstValue::Kind::Int;
  c.i = static_cast<long>(v);
  return c;
}
ConstValue makeInt(BigInt v) {
  ConstValue c;
  c.kind = ConstValue::Kind::Int;
  c.i = std::move(v);
  return c;
}
ConstValue makeFloat(BigFloat v) {
  ConstValue c;
  c.kind = ConstValue::Kind::Float;
  c.f = std::move(v);  // exact values: there is no negative zero constant
  return c;
}
ConstValue makeBool(bool b) {
  ConstValue c;
  c.kind = ConstValue::Kind::Bool;
  c.b = b;
  return c;
}
ConstValue makeString(std::string s) {
  ConstValue c;
  c.kind = ConstValue::Kind::String;
  c.s = std::move(s);
  return c;
}

bool parseLiteral(Expr::LitKind kind, const std::string& text, ConstValue& out) {
  switch (kind) {
    case Expr::LitKind::Int: {
      std::string t;
      for (char c : text)
        if (c != '_') t += c;
      BigInt v;
      if (!bigc::parseInt(t, v)) return false;
      out = makeInt(std::move(v));
      return true;
    }
    case Expr::LitKind::Float: {
      std::string t;
      for (char c : text)
        if (c != '_') t += c;
      BigFloat v;
      if (!BigFloat::parse(t, v)) return false;
      out = makeFloat(std::move(v));
      return true;
    }
    case Expr::LitKind::Char: {
      if (text.size() < 3 || text.front() != '\'' || text.back() != '\'') return false;
      std::string s;
      std::vector<std::uint32_t> runes;
      if (!unescape(text.substr(1, text.size() - 2), '\'', s, &runes) || runes.size() != 1)
        return false;
      out = makeInt(runes[0]);
      return true;
    }
    case Expr::LitKind::String: {
      if (text.size() < 2) return false;
      if (text.front() == '`') {
        std::string s;
        for (std::size_t i = 1; i + 1 < text.size(); ++i)
          if (text[i] != '\r') s += text[i];
        out = makeString(std::move(s));
        return true;
      }
      std::string s;
      if (text.front() != '"' || text.back() != '"' ||
          !unescape(text.substr(1, text.size() - 2), '"', s, nullptr))
        return false;
      out = makeString(std::move(s));
      return true;
    }
    case Expr::LitKind::Imag:
      return parseImag(text, out);
  }
  return false;
}

ConstValue toFloat(const ConstValue& v) {
  if (v.kind == ConstValue::Kind::Int) return makeFloat(BigFloat::fromInt(v.i));
  return v;
}

ConstValue toInt(const ConstValue& v, bool* exact) {
  if (exact) *exact = true;
  if (v.kind != ConstValue::Kind::Float) return v;
  BigInt r;
  if (!v.f.toInt(r)) {
    if (exact) *exact = false;
    return makeInt(0);
  }
  return makeInt(std::move(r));
}

bool binary(Op op, const ConstValue& a, const ConstValue& b, bool intDiv, ConstValue& out,
            std::string& err) {
  using K = ConstValue::Kind;
  if (a.kind == K::Complex || b.kind == K::Complex) return complexBinary(op, a, b, out, err);
  if (a.kind == K::Bool && b.kind == K::Bool) {
    if (op == Op::LAnd)
      out = makeBool(a.b && b.b);
    else if (op == Op::LOr)
      out = makeBool(a.b || b.b);
    else
      return false;
    return true;
  }
  if (a.kind == K::String && b.kind == K::String) {
    if (op != Op::Add) return false;
    out = makeString(a.s + b.s);
    return true;
  }
  if (a.kind == K::Int && b.kind == K::Int) {
    const BigInt &x = a.i, &y = b.i;
    BigInt r;
    const char* name = nullptr;  // an operation that can grow its operands
    switch (op) {
      case Op::Add:
        r = x + y, name = "addition";
        break;
      case Op::Sub:
        r = x - y, name = "subtraction";
        break;
      case Op::Mul:
        r = x * y, name = "multiplication";
        break;
      case Op::Quo:
        if (sgn(y) == 0) return err = "invalid operation: division by zero", false;
        if (!intDiv) {
          out = makeFloat(BigFloat::fromRat(mpq_class(x, y)));
          return true;
        }
        r = x / y;  // truncated, as Go's
        break;
      case Op::Rem:
        if (sgn(y) == 0) return err = "invalid operation: division by zero", false;
        r = x % y;
        break;
      case Op::And:
        r = x & y;
        break;
      case Op::Or:
        r = x | y;
        break;
      case Op::Xor:
        r = x ^ y;
        break;
      case Op::AndNot:
        mpz_com(r.get_mpz_t(), y.get_mpz_t());
        r &= x;
        break;
      default:
        return false;
    }
    if (name && bigc::bitLen(r) > kMaxIntBits)
      return err = std::string("constant ") + name + " overflow", false;
    out = makeInt(std::move(r));
    return true;
  }
  if ((a.kind == K::Int || a.kind == K::Float) && (b.kind == K::Int || b.kind == K::Float)) {
    BigFloat x = toFloat(a).f, y = toFloat(b).f, r;
    switch (op) {
      case Op::Add:
        r = BigFloat::add(x, y);
        break;
      case Op::Sub:
        r = BigFloat::sub(x, y);
        break;
      case Op::Mul:
        r = BigFloat::mul(x, y);
        break;
      case Op::Quo:
        if (y.isZero()) return err = "invalid operation: division by zero", false;
        r = BigFloat::quo(x, y);
        break;
      default:
        return false;
    }
    // go/constant's big.Float has a 32-bit exponent: beyond it a result is infinite (an error)
    // or zero.
    if (!r.exact() && r.exponent() > INT32_MAX)
      return err = "constant result is not representable", false;
    if (!r.exact() && r.exponent() < INT32_MIN) r = BigFloat();
    out = makeFloat(std::move(r));
    return true;
  }
  return false;
}

bool compare(Op op, const ConstValue& a, const ConstValue& b) {
  using K = ConstValue::Kind;
  int c = 0;
  if (a.kind == K::Complex || b.kind == K::Complex) {
    ConstValue x = toComplex(a), y = toComplex(b);
    c = BigFloat::cmp(x.re, y.re) == 0 && BigFloat::cmp(x.im, y.im) == 0 ? 0 : 1;
  } else if (a.kind == K::Int && b.kind == K::Int) {
    c = cmp(a.i, b.i);
    c = c < 0 ? -1 : c > 0 ? 1 : 0;
  } else if ((a.kind == K::Int || a.kind == K::Float) && (b.kind == K::Int || b.kind == K::Float)) {
    c = BigFloat::cmp(toFloat(a).f, toFloat(b).f);
  } else if (a.kind == K::String && b.kind == K::String) {
    c = a.s.compare(b.s);
    c = c < 0 ? -1 : c > 0 ? 1 : 0;
  } else if (a.kind == K::Bool && b.kind == K::Bool) {
    c = a.b == b.b ? 0 : 1;
  }
  switch (op) {
    case Op::Eql:
      return c == 0;
    case Op::Neq:
      return c != 0;
    case Op::Lss:
      return c < 0;
    case Op::Leq:
      return c <= 0;
    case Op::Gtr:
      return c > 0;
    case Op::Geq:
      return c >= 0;
    default:
      return false;
  }
}

bool shift(Op op, const ConstValue& a, std::uint64_t s, ConstValue& out, std::string& err) {
  if (a.kind != ConstValue::Kind::Int) return false;
  if (s > kMaxShift) return err = "invalid shift count", false;
  BigInt r;
  if (op == Op::Shl)
    mpz_mul_2exp(r.get_mpz_t(), a.i.get_mpz_t(), s);
  else
    mpz_fdiv_q_2exp(r.get_mpz_t(), a.i.get_mpz_t(), s);  // arithmetic: rounds towards -inf
  out = makeInt(std::move(r));
  return true;
}

bool unary(Op op, const ConstValue& a, const Type* t, ConstValue& out, std::string& err) {
  using K = ConstValue::Kind;
  (void)err;
  switch (op) {
    case Op::Add:
      if (a.kind != K::Int && a.kind != K::Float && a.kind != K::Complex) return false;
      out = a;
      return true;
    case Op::Sub:
      if (a.kind == K::Complex) {
        out = makeComplex(a.re.neg(), a.im.neg());
        return true;
      }
      if (a.kind == K::Int) {
        out = makeInt(BigInt(-a.i));
        return true;
      }
      if (a.kind == K::Float) {
        out = makeFloat(a.f.neg());
        return true;
      }
      return false;
    case Op::Xor: {
      if (a.kind != K::Int) return false;
      BigInt r;
      if (t && t->isUnsigned()) {
        BigInt mask;
        mpz_setbit(mask.get_mpz_t(), static_cast<mp_bitcnt_t>(widthOf(t->kind)));
        mask -= 1;
        r = a.i ^ mask;
      } else {
        mpz_com(r.get_mpz_t(), a.i.get_mpz_t());
      }
      out = makeInt(std::move(r));
      return true;
    }
    case Op::Not:
      if (a.kind != K::Bool) return false;
      out = makeBool(!a.b);
      return true;
    default:
      return false;
  }
}

bool intOverflow(const ConstValue& v) {
  return v.kind == ConstValue::Kind::Int && bigc::bitLen(v.i) > kMaxIntBits;
}

bool representable(ConstValue& v, const Type* t, std::string* why) {
  using K = ConstValue::Kind;
  if (why) why->clear();
  if (!t) return false;
  Kind k = t->u()->kind;
  if (!v.known()) return true;
  if (v.kind == K::Complex || k == Kind::Complex64 || k == Kind::Complex128 ||
      k == Kind::UntypedComplex)
    return complexRepresentable(v, t, why);
  switch (k) {
    case Kind::Bool:
    case Kind::UntypedBool:
      return v.kind == K::Bool;
    case Kind::String:
    case Kind::UntypedString:
      return v.kind == K::String;
    case Kind::UntypedInt:
    case Kind::UntypedRune:
    case Kind::Int:
    case Kind::Int8:
    case Kind::Int16:
    case Kind::Int32:
    case Kind::Int64:
    case Kind::Uint:
    case Kind::Uint8:
    case Kind::Uint16:
    case Kind::Uint32:
    case Kind::Uint64:
    case Kind::Uintptr: {
      if (v.kind != K::Int && v.kind != K::Float) return false;
      if (v.kind == K::Float) {
        bool exact = true;
        ConstValue iv = toInt(v, &exact);
        if (!exact) {
          // types2 decides by kinds alone: a float that is no integer of the type is
          // "truncated", however large.
          if (why) *why = "truncated";
          return false;
        }
        v = iv;
      }
      if (k == Kind::UntypedInt || k == Kind::UntypedRune) return true;
      long w = widthOf(k);
      bool ok = false;
      if (t->u()->isUnsigned()) {
        ok = sgn(v.i) >= 0 && bigc::bitLen(v.i) <= w;
      } else if (sgn(v.i) >= 0) {
        ok = bigc::bitLen(v.i) <= w - 1;
      } else {
        ok = bigc::bitLen(BigInt(-v.i - 1)) <= w - 1;
      }
      if (!ok) {
        if (why) *why = "overflows";
        return false;
      }
      return true;
    }
    case Kind::Float32:
    case Kind::Float64:
    case Kind::UntypedFloat: {
      if (v.kind != K::Int && v.kind != K::Float) return false;
      ConstValue f = toFloat(v);
      if (k == Kind::Float32) {
        float r = 0;
        if (!f.f.toFloat32(r)) {
          if (why) *why = "overflows";
          return false;
        }
        f.f = BigFloat::fromDouble(r);
      } else if (k == Kind::Float64) {
        double r = 0;
        if (!f.f.toDouble(r)) {
          if (why) *why = "overflows";
          return false;
        }
        f.f = BigFloat::fromDouble(r);
      }
      v = f;
      return true;
    }
    default:
      return false;
  }
}

std::string str(const ConstValue& v) {
  switch (v.kind) {
    case ConstValue::Kind::Bool:
      return v.b ? "true" : "false";
    case ConstValue::Kind::Int:
      return v.i.get_str();
    case ConstValue::Kind::Float:
      return v.f.str();  // go/constant: %.6g of its float64 value, integral or not
    case ConstValue::Kind::Complex:
      return complexStr(v);
    case ConstValue::Kind::String: {
      std::string out = "\"";
      for (char c : v.s) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
          out += "\\n";
          continue;
        }
        out += c;
      }
      return out + "\"";
    }
    default:
      return "?";
  }
}

}  // namespace cv

std::uint64_t ConstValue::bits(const Type* t) const {
  if (!t) return 0;
  gomi::Kind k = t->u()->kind;
  if (k == gomi::Kind::Complex64 || k == gomi::Kind::Complex128) {
    ConstValue c = cv::toComplex(*this);
    if (k == gomi::Kind::Complex128) {
      double x = 0;
      c.re.toDouble(x);
      std::uint64_t u = 0;
      std::memcpy(&u, &x, 8);
      return u;
    }
    float x = 0, y = 0;
    c.re.toFloat32(x);
    c.im.toFloat32(y);
    std::uint32_t lo = 0, hi = 0;
    std::memcpy(&lo, &x, 4);
    std::memcpy(&hi, &y, 4);
    return static_cast<std::uint64_t>(hi) << 32 | lo;
  }
  if (kind == ConstValue::Kind::Complex) return cv::realPart(*this).bits(t);
  switch (k) {
    case gomi::Kind::Bool:
    case gomi::Kind::UntypedBool:
      return b ? 1 : 0;
    case gomi::Kind::Float32: {
      float x = 0;
      (kind == ConstValue::Kind::Int ? BigFloat::fromInt(i) : f).toFloat32(x);
      std::uint32_t u = 0;
      std::memcpy(&u, &x, 4);
      return u;
    }
    case gomi::Kind::Float64:
    case gomi::Kind::UntypedFloat: {
      double x = 0;
      (kind == ConstValue::Kind::Int ? BigFloat::fromInt(i) : f).toDouble(x);
      std::uint64_t u = 0;
      std::memcpy(&u, &x, 8);
      return u;
    }
    default:
      break;
  }
  std::uint64_t u = 0;
  if (kind == ConstValue::Kind::Int) {
    u = bigc::lowBits(i);
  } else if (kind == ConstValue::Kind::Float) {
    BigInt v;
    f.toInt(v);
    u = bigc::lowBits(v);
  } else if (kind == ConstValue::Kind::Bool) {
    u = b;
  }
  int w = widthOf(k);
  if (w < 64) {
    std::uint64_t mask = (std::uint64_t{1} << w) - 1;
    u &= mask;
    if (!t->u()->isUnsigned() && (u >> (w - 1)) & 1) u |= ~mask;
  }
  return u;
}

std::uint64_t ConstValue::imagBits(const Type*) const {
  double x = 0;
  cv::toComplex(*this).im.toDouble(x);
  std::uint64_t u = 0;
  std::memcpy(&u, &x, 8);
  return u;
}

// ---------------------------------------------------------------------------------------------
// Complex constants: a real and an imaginary BigFloat, as exact as float constants, each
// rounded to float32/float64 when converted to complex64/complex128.
// ---------------------------------------------------------------------------------------------

namespace cv {

ConstValue makeComplex(BigFloat re, BigFloat im) {
  ConstValue c;
  c.kind = ConstValue::Kind::Complex;
  c.re = std::move(re);
  c.im = std::move(im);
  return c;
}

ConstValue toComplex(const ConstValue& v) {
  if (v.kind == ConstValue::Kind::Complex) return v;
  if (v.kind == ConstValue::Kind::Int || v.kind == ConstValue::Kind::Float)
    return makeComplex(toFloat(v).f, BigFloat());
  return v;
}

ConstValue realPart(const ConstValue& v) {
  if (v.kind == ConstValue::Kind::Complex) return makeFloat(v.re);
  return toFloat(v);
}

ConstValue imagPart(const ConstValue& v) {
  if (v.kind == ConstValue::Kind::Complex) return makeFloat(v.im);
  return makeFloat(BigFloat());
}

bool isZero(const ConstValue& v) {
  switch (v.kind) {
    case ConstValue::Kind::Int:
      return v.i == 0;
    case ConstValue::Kind::Float:
      return v.f.isZero();
    case ConstValue::Kind::Complex:
      return v.re.isZero() && v.im.isZero();
    default:
      return false;
  }
}

namespace {

bool complexBinary(Op op, const ConstValue& a0, const ConstValue& b0, ConstValue& out,
                   std::string& err) {
  ConstValue a = toComplex(a0), b = toComplex(b0);
  if (a.kind != ConstValue::Kind::Complex || b.kind != ConstValue::Kind::Complex) return false;
  using F = BigFloat;
  BigFloat re, im;
  switch (op) {
    case Op::Add:
      re = F::add(a.re, b.re);
      im = F::add(a.im, b.im);
      break;
    case Op::Sub:
      re = F::sub(a.re, b.re);
      im = F::sub(a.im, b.im);
      break;
    case Op::Mul:
      re = F::sub(F::mul(a.re, b.re), F::mul(a.im, b.im));
      im = F::add(F::mul(a.re, b.im), F::mul(a.im, b.re));
      break;
    case Op::Quo: {
      if (b.re.isZero() && b.im.isZero()) return err = "invalid operation: division by zero", false;
      BigFloat d = F::add(F::mul(b.re, b.re), F::mul(b.im, b.im));
      re = F::quo(F::add(F::mul(a.re, b.re), F::mul(a.im, b.im)), d);
      im = F::quo(F::sub(F::mul(a.im, b.re), F::mul(a.re, b.im)), d);
      break;
    }
    default:
      return false;
  }
  // As for floats: beyond big.Float's 32-bit exponent a part is not representable.
  for (const BigFloat* part : {&re, &im})
    if (!part->exact() && part->exponent() > INT32_MAX)
      return err = "constant result is not representable", false;
  out = makeComplex(std::move(re), std::move(im));
  return true;
}

// types2's representableConst for complex values and complex targets.
bool complexRepresentable(ConstValue& v, const Type* t, std::string* why) {
  using K = ConstValue::Kind;
  Kind k = t->u()->kind;
  if (v.kind != K::Int && v.kind != K::Float && v.kind != K::Complex) return false;
  if (k == Kind::Complex64 || k == Kind::Complex128 || k == Kind::UntypedComplex) {
    ConstValue c = toComplex(v);
    // Each part is rounded to the target's float type (exactly what it will hold).
    if (k == Kind::Complex64) {
      float r = 0, i = 0;
      if (!c.re.toFloat32(r) || !c.im.toFloat32(i)) {
        if (why) *why = "overflows";
        return false;
      }
      c = makeComplex(BigFloat::fromDouble(r), BigFloat::fromDouble(i));
    } else if (k == Kind::Complex128) {
      double r = 0, i = 0;
      if (!c.re.toDouble(r) || !c.im.toDouble(i)) {
        if (why) *why = "overflows";
        return false;
      }
      c = makeComplex(BigFloat::fromDouble(r), BigFloat::fromDouble(i));
    }
    v = c;
    return true;
  }
  // A complex value for a real type: only with a zero imaginary part.
  const Type* u = t->u();
  bool integer = u->isInteger() || k == Kind::UntypedInt || k == Kind::UntypedRune;
  bool real = u->isFloat() || k == Kind::UntypedFloat;
  if (!integer && !real) return false;
  if (!v.im.isZero()) {
    if (why) *why = integer ? "truncated" : "overflows";
    return false;
  }
  ConstValue f = makeFloat(v.re);
  if (integer) {
    bool exact = true;
    ConstValue iv = toInt(f, &exact);
    if (!exact) {
      if (why) *why = "truncated";
      return false;
    }
    f = iv;
  }
  if (!representable(f, t, why)) return false;
  v = f;
  return true;
}

std::string complexStr(const ConstValue& v) {
  return "(" + str(makeFloat(v.re)) + " + " + str(makeFloat(v.im)) + "i)";
}

// An imaginary literal: decimal digits (a leading 0 is still decimal), an integer literal with
// a 0x/0o/0b prefix, or a floating-point literal, then 'i'.
bool parseImag(const std::string& text, ConstValue& out) {
  if (text.empty() || text.back() != 'i') return false;
  std::string body = text.substr(0, text.size() - 1);
  std::string t;
  for (char c : body)
    if (c != '_') t += c;
  ConstValue part;
  bool prefixed = t.size() > 1 && t[0] == '0' &&
                  ((t[1] | 0x20) == 'x' || (t[1] | 0x20) == 'o' || (t[1] | 0x20) == 'b');
  bool isFloat =
      t.find_first_of(".eEpP") != std::string::npos && !(prefixed && (t[1] | 0x20) != 'x');
  if (prefixed && (t[1] | 0x20) == 'x') isFloat = t.find_first_of("pP") != std::string::npos;
  if (prefixed && !isFloat) {
    if (!parseLiteral(Expr::LitKind::Int, body, part)) return false;
  } else {
    if (!parseLiteral(Expr::LitKind::Float, body, part)) return false;
  }
  out = makeComplex(BigFloat(), toFloat(part).f);
  return true;
}

}  // namespace
}  // namespace cv

}  // namespace gomi
