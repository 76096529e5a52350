// stdlib/fmt/format.cpp — the printer behind fmt's natives.
//
// The structure follows Go's fmt: a printer owns the output buffer and the current operand;
// printArg handles an interface operand (nil, %T, %p, methods), printValue walks a value through
// its type like reflect does (depth > 0 = nested, where pointers print as addresses and methods
// are only called on values reachable through exported fields), and the fmt* helpers lay out
// numbers and strings with width, precision and flags. Error strings are Go's exactly.
#include "stdlib/fmt/format.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "stdlib/internal/native_util.h"
#include "stdlib/strconv/conv.h"

namespace gomi::stdlib {

namespace {

// fmt's callMethod helper and the heap of the program that registered it (a closure from
// another program's heap must never be called).
struct MethodCaller {
  const gc::Heap* heap = nullptr;
  const Closure* fn = nullptr;
};
MethodCaller gMethodCaller;

constexpr const char* kLDigits = "0123456789abcdefx";
constexpr const char* kUDigits = "0123456789ABCDEFX";

// A value as reflect sees it: its type, where its bytes are, and whether it was reached through
// an unexported struct field (then Go's fmt may not call its methods: CanInterface is false).
struct Val {
  const Type* t = nullptr;  // nullptr: the invalid Value
  const void* data = nullptr;
  bool ro = false;
};

bool exportedName(const std::string& n) {
  if (n.empty()) return false;
  unsigned char c = static_cast<unsigned char>(n[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  int sz;
  std::int32_t r = decodeRune(n, &sz);
  // Latin-1 and Greek/Cyrillic capitals; gomi identifiers beyond those are rare.
  return (r >= 0xC0 && r <= 0xDE && r != 0xD7) || (r >= 0x391 && r <= 0x3A9) ||
         (r >= 0x400 && r <= 0x42F);
}

std::int64_t loadSigned(Kind k, const void* p) {
  switch (k) {
    case Kind::Int8:
      return *static_cast<const std::int8_t*>(p);
    case Kind::Int16: {
      std::int16_t v;
      std::memcpy(&v, p, 2);
      return v;
    }
    case Kind::Int32: {
      std::int32_t v;
      std::memcpy(&v, p, 4);
      return v;
    }
    default: {
      std::int64_t v;
      std::memcpy(&v, p, 8);
      return v;
    }
  }
}

std::uint64_t loadUnsigned(Kind k, const void* p) {
  switch (k) {
    case Kind::Uint8:
      return *static_cast<const std::uint8_t*>(p);
    case Kind::Uint16: {
      std::uint16_t v;
      std::memcpy(&v, p, 2);
      return v;
    }
    case Kind::Uint32: {
      std::uint32_t v;
      std::memcpy(&v, p, 4);
      return v;
    }
    default: {
      std::uint64_t v;
      std::memcpy(&v, p, 8);
      return v;
    }
  }
}

double loadFloat(Kind k, const void* p) {
  if (k == Kind::Float32) {
    float f;
    std::memcpy(&f, p, 4);
    return f;
  }
  double d;
  std::memcpy(&d, p, 8);
  return d;
}

const void* loadPtr(const void* p) {
  const void* v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

bool isSignedKind(Kind k) {
  return k >= Kind::Int && k <= Kind::Int64;
}

// The value held by the interface stored at `p` (not a copy: direct values are read in place).
Val ifaceElem(const void* p, bool ro) {
  const auto* i = static_cast<const GoIface*>(p);
  if (i->type == nullptr) return Val{};
  if (isDirectIface(i->type)) return Val{i->type, &i->data, ro};
  return Val{i->type, i->data, ro};
}

// True when `t`'s method set has `name` with signature func() string.
bool hasStringMethod(const Type* t, const char* name) {
  if (t == nullptr) return false;
  Kind k = t->kind;
  if (!t->named() && k != Kind::Pointer && k != Kind::Struct) return false;
  if (t->named() && t->pkg.empty()) return false;  // predeclared types have no methods
  MethodLookup ml = lookupMethod(t, name);
  if (ml.method == nullptr || ml.method->sig == nullptr) return false;
  const Type* sig = ml.method->sig->u();
  if (!sig->params.empty() || sig->results.size() != 1) return false;
  const Type* r = sig->results[0];
  if (r->kind != Kind::String || !r->pkg.empty() || r->name != "string") return false;
  return t->kind == Kind::Pointer || !ml.method->pointerReceiver || ml.indirect;
}

class Printer {
 public:
  Printer(std::string& buf, NativeContext* ctx) : buf_(buf), ctx_(ctx) {}

  FmtFlags f;
  bool wrapErrs = false;
  int wrappedIndex = -1;
  int curArgIndex = -1;

  void printArg(GoIface arg, std::int32_t verb);
  void printValue(Val v, std::int32_t verb, int depth);
  void doPrint(const GoIface* a, std::size_t n);
  void doPrintln(const GoIface* a, std::size_t n);
  void doPrintf(std::string_view format, const GoIface* a, std::size_t n);

 private:
  std::string& buf_;
  NativeContext* ctx_;
  // Go's p.arg / p.value: the operand being printed, for badVerb.
  GoIface arg_{nullptr, nullptr};
  Val value_;
  bool erroring_ = false;
  bool panicking_ = false;
  bool reordered_ = false;
  bool goodArgNum_ = true;

  void writeRune(std::int32_t r) { appendRune(buf_, r); }

  // --- format.go ---
  void clearflags() { f = FmtFlags{}; }
  void writePadding(int n);
  void pad(std::string_view s);
  void fmtBoolean(bool v) { pad(v ? "true" : "false"); }
  void fmtUnicode(std::uint64_t u);
  void fmtIntegerBase(std::uint64_t u, int base, bool isSigned, std::int32_t verb,
                      const char* digits);
  std::string_view truncate(std::string_view s);
  void fmtS(std::string_view s) { pad(truncate(s)); }
  void fmtSbx(std::string_view s, const char* digits);
  void fmtQ(std::string_view s);
  void fmtC(std::uint64_t c);
  void fmtQc(std::uint64_t c);
  void fmtFloatFormat(double v, int size, char verb, int prec);

  // --- print.go ---
  void badVerb(std::int32_t verb);
  void fmtBool(bool v, std::int32_t verb);
  void fmt0x64(std::uint64_t v, bool leading0x);
  void fmtInteger(std::uint64_t v, bool isSigned, std::int32_t verb);
  void fmtFloat(double v, int size, std::int32_t verb);
  void fmtComplex(Kind k, const void* p, std::int32_t verb);
  void fmtString(std::string_view v, std::int32_t verb);
  void fmtBytes(std::string_view v, bool isNil, std::int32_t verb, const std::string& typeString,
                Val asValue);
  void fmtPointer(Val v, std::int32_t verb);
  bool handleMethods(std::int32_t verb);
  bool callMethod(const char* name, std::int32_t verb, bool rawString);
  void printMap(Val v, std::int32_t verb, int depth);
  void argNumber(int& argNum, std::string_view format, std::size_t& i, std::size_t numArgs,
                 bool& found);
};

void Printer::writePadding(int n) {
  if (n <= 0) return;
  buf_.append(static_cast<std::size_t>(n), f.zero ? '0' : ' ');
}

void Printer::pad(std::string_view s) {
  if (!f.widPresent || f.wid == 0) {
    buf_.append(s);
    return;
  }
  int width = f.wid - static_cast<int>(runeCount(s));
  if (!f.minus) {
    writePadding(width);
    buf_.append(s);
  } else {
    buf_.append(s);
    writePadding(width);
  }
}

void Printer::fmtUnicode(std::uint64_t u) {
  std::string s = "U+";
  std::string hex;
  std::uint64_t x = u;
  do {
    hex.push_back(kUDigits[x & 0xF]);
    x >>= 4;
  } while (x != 0);
  int prec = 4;
  if (f.precPresent && f.prec > 4) prec = f.prec;
  while (static_cast<int>(hex.size()) < prec) hex.push_back('0');
  std::reverse(hex.begin(), hex.end());
  s += hex;
  if (f.sharp && u <= static_cast<std::uint64_t>(kMaxRune) &&
      isPrint(static_cast<std::int32_t>(u))) {
    s += " '";
    appendRune(s, static_cast<std::int32_t>(u));
    s += "'";
  }
  bool oldZero = f.zero;
  f.zero = false;
  pad(s);
  f.zero = oldZero;
}

void Printer::fmtIntegerBase(std::uint64_t u, int base, bool isSigned, std::int32_t verb,
                             const char* digits) {
  bool negative = isSigned && static_cast<std::int64_t>(u) < 0;
  if (negative) u = -u;
  int prec = 0;
  if (f.precPresent) {
    prec = f.prec;
    if (prec == 0 && u == 0) {
      bool oldZero = f.zero;
      f.zero = false;
      writePadding(f.wid);
      f.zero = oldZero;
      return;
    }
  } else if (f.zero && f.widPresent) {
    prec = f.wid;
    if (negative || f.plus || f.space) prec--;
  }
  std::string s;  // built reversed
  std::uint64_t b = static_cast<std::uint64_t>(base);
  do {
    s.push_back(digits[u % b]);
    u /= b;
  } while (u != 0);
  while (static_cast<int>(s.size()) < prec) s.push_back('0');
  if (f.sharp) {
    switch (base) {
      case 2:
        s += "b0";
        break;
      case 8:
        if (s.back() != '0') s.push_back('0');
        break;
      case 16:
        s.push_back(digits[16]);
        s.push_back('0');
        break;
      default:
        break;
    }
  }
  if (verb == 'O') s += "o0";
  if (negative)
    s.push_back('-');
  else if (f.plus)
    s.push_back('+');
  else if (f.space)
    s.push_back(' ');
  std::reverse(s.begin(), s.end());
  bool oldZero = f.zero;
  f.zero = false;
  pad(s);
  f.zero = oldZero;
}

std::string_view Printer::truncate(std::string_view s) {
  if (f.precPresent) {
    int n = f.prec;
    for (std::size_t i = 0; i < s.size();) {
      n--;
      if (n < 0) return s.substr(0, i);
      int sz = 1;
      if (static_cast<unsigned char>(s[i]) >= 0x80) decodeRune(s.substr(i), &sz);
      i += static_cast<std::size_t>(sz);
    }
  }
  return s;
}

void Printer::fmtSbx(std::string_view s, const char* digits) {
  int length = static_cast<int>(s.size());
  if (f.precPresent && f.prec < length) length = f.prec;
  int width = 2 * length;
  if (width > 0) {
    if (f.space) {
      if (f.sharp) width *= 2;
      width += length - 1;
    } else if (f.sharp) {
      width += 2;
    }
  } else {
    if (f.widPresent) writePadding(f.wid);
    return;
  }
  if (f.widPresent && f.wid > width && !f.minus) writePadding(f.wid - width);
  if (f.sharp) {
    buf_.push_back('0');
    buf_.push_back(digits[16]);
  }
  for (int i = 0; i < length; i++) {
    if (f.space && i > 0) {
      buf_.push_back(' ');
      if (f.sharp) {
        buf_.push_back('0');
        buf_.push_back(digits[16]);
      }
    }
    unsigned char c = static_cast<unsigned char>(s[static_cast<std::size_t>(i)]);
    buf_.push_back(digits[c >> 4]);
    buf_.push_back(digits[c & 0xF]);
  }
  if (f.widPresent && f.wid > width && f.minus) writePadding(f.wid - width);
}

void Printer::fmtQ(std::string_view s) {
  s = truncate(s);
  if (f.sharp && canBackquote(s)) {
    std::string q = "`";
    q += s;
    q += '`';
    pad(q);
    return;
  }
  std::string q;
  appendQuote(q, s, f.plus ? QuoteMode::ASCII : QuoteMode::Print);
  pad(q);
}

void Printer::fmtC(std::uint64_t c) {
  std::int32_t r =
      c > static_cast<std::uint64_t>(kMaxRune) ? kRuneError : static_cast<std::int32_t>(c);
  std::string s;
  appendRune(s, r);
  pad(s);
}

void Printer::fmtQc(std::uint64_t c) {
  std::int32_t r =
      c > static_cast<std::uint64_t>(kMaxRune) ? kRuneError : static_cast<std::int32_t>(c);
  std::string s;
  appendQuoteRune(s, r, f.plus ? QuoteMode::ASCII : QuoteMode::Print);
  pad(s);
}

void Printer::fmtFloatFormat(double v, int size, char verb, int prec) {
  if (f.precPresent) prec = f.prec;
  std::string num = "+";
  appendFloat(num, v, verb, prec, size);
  if (num[1] == '-' || num[1] == '+')
    num.erase(0, 1);
  else
    num[0] = '+';
  if (f.space && num[0] == '+' && !f.plus) num[0] = ' ';
  if (num[1] == 'I' || num[1] == 'N') {
    bool oldZero = f.zero;
    f.zero = false;
    if (num[1] == 'N' && !f.space && !f.plus) num.erase(0, 1);
    pad(num);
    f.zero = oldZero;
    return;
  }
  if (f.sharp && verb != 'b') {
    int digits = 0;
    switch (verb) {
      case 'v':
      case 'g':
      case 'G':
      case 'x':
        digits = prec;
        if (digits == -1) digits = 6;
        break;
      default:
        break;
    }
    std::string tail;
    bool hasDecimalPoint = false, sawNonzeroDigit = false;
    for (std::size_t i = 1; i < num.size(); i++) {
      char c = num[i];
      if (c == '.') {
        hasDecimalPoint = true;
        continue;
      }
      if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
        tail = num.substr(i);
        num.resize(i);
        break;
      }
      if (c != '0') sawNonzeroDigit = true;
      if (sawNonzeroDigit) digits--;
    }
    if (!hasDecimalPoint) {
      if (num.size() == 2 && num[1] == '0') digits--;
      num.push_back('.');
    }
    while (digits > 0) {
      num.push_back('0');
      digits--;
    }
    num += tail;
  }
  if (f.plus || num[0] != '+') {
    if (f.zero && f.widPresent && f.wid > static_cast<int>(num.size())) {
      buf_.push_back(num[0]);
      writePadding(f.wid - static_cast<int>(num.size()));
      buf_.append(num, 1);
      return;
    }
    pad(num);
    return;
  }
  pad(std::string_view(num).substr(1));
}

// ---------------------------------------------------------------------------------------------

void Printer::badVerb(std::int32_t verb) {
  erroring_ = true;
  buf_ += "%!";
  writeRune(verb);
  buf_.push_back('(');
  if (arg_.type != nullptr) {
    buf_ += arg_.type->str();
    buf_.push_back('=');
    printArg(arg_, 'v');
  } else if (value_.t != nullptr) {
    buf_ += value_.t->str();
    buf_.push_back('=');
    printValue(value_, 'v', 0);
  } else {
    buf_ += "<nil>";
  }
  buf_.push_back(')');
  erroring_ = false;
}

void Printer::fmtBool(bool v, std::int32_t verb) {
  if (verb == 't' || verb == 'v')
    fmtBoolean(v);
  else
    badVerb(verb);
}

void Printer::fmt0x64(std::uint64_t v, bool leading0x) {
  bool sharp = f.sharp;
  f.sharp = leading0x;
  fmtIntegerBase(v, 16, false, 'v', kLDigits);
  f.sharp = sharp;
}

void Printer::fmtInteger(std::uint64_t v, bool isSigned, std::int32_t verb) {
  switch (verb) {
    case 'v':
      if (f.sharpV && !isSigned)
        fmt0x64(v, true);
      else
        fmtIntegerBase(v, 10, isSigned, verb, kLDigits);
      break;
    case 'd':
      fmtIntegerBase(v, 10, isSigned, verb, kLDigits);
      break;
    case 'b':
      fmtIntegerBase(v, 2, isSigned, verb, kLDigits);
      break;
    case 'o':
    case 'O':
      fmtIntegerBase(v, 8, isSigned, verb, kLDigits);
      break;
    case 'x':
      fmtIntegerBase(v, 16, isSigned, verb, kLDigits);
      break;
    case 'X':
      fmtIntegerBase(v, 16, isSigned, verb, kUDigits);
      break;
    case 'c':
      fmtC(v);
      break;
    case 'q':
      fmtQc(v);
      break;
    case 'U':
      fmtUnicode(v);
      break;
    default:
      badVerb(verb);
  }
}

void Printer::fmtFloat(double v, int size, std::int32_t verb) {
  switch (verb) {
    case 'v':
      fmtFloatFormat(v, size, 'g', -1);
      break;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X':
      fmtFloatFormat(v, size, static_cast<char>(verb), -1);
      break;
    case 'f':
    case 'e':
    case 'E':
      fmtFloatFormat(v, size, static_cast<char>(verb), 6);
      break;
    case 'F':
      fmtFloatFormat(v, size, 'f', 6);
      break;
    default:
      badVerb(verb);
  }
}

// Go's fmtComplex: each part formatted as a float of half the size, the imaginary part always
// signed.
void Printer::fmtComplex(Kind k, const void* p, std::int32_t verb) {
  double re, im;
  int size = 64;
  if (k == Kind::Complex64) {
    float x[2];
    std::memcpy(x, p, 8);
    re = x[0];
    im = x[1];
    size = 32;
  } else {
    double x[2];
    std::memcpy(x, p, 16);
    re = x[0];
    im = x[1];
  }
  switch (verb) {
    case 'v':
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X':
    case 'f':
    case 'F':
    case 'e':
    case 'E': {
      bool oldPlus = f.plus;
      buf_.push_back('(');
      fmtFloat(re, size, verb);
      f.plus = true;
      fmtFloat(im, size, verb);
      buf_ += "i)";
      f.plus = oldPlus;
      break;
    }
    default:
      badVerb(verb);
  }
}

void Printer::fmtString(std::string_view v, std::int32_t verb) {
  switch (verb) {
    case 'v':
      if (f.sharpV)
        fmtQ(v);
      else
        fmtS(v);
      break;
    case 's':
      fmtS(v);
      break;
    case 'x':
      fmtSbx(v, kLDigits);
      break;
    case 'X':
      fmtSbx(v, kUDigits);
      break;
    case 'q':
      fmtQ(v);
      break;
    default:
      badVerb(verb);
  }
}

// A []byte (or [N]byte) operand; asValue is the value to fall back to for other verbs.
void Printer::fmtBytes(std::string_view v, bool isNil, std::int32_t verb,
                       const std::string& typeString, Val asValue) {
  switch (verb) {
    case 'v':
    case 'd':
      if (f.sharpV) {
        buf_ += typeString;
        if (isNil) {
          buf_ += "(nil)";
          return;
        }
        buf_.push_back('{');
        for (std::size_t i = 0; i < v.size(); i++) {
          if (i > 0) buf_ += ", ";
          fmt0x64(static_cast<unsigned char>(v[i]), true);
        }
        buf_.push_back('}');
      } else {
        buf_.push_back('[');
        for (std::size_t i = 0; i < v.size(); i++) {
          if (i > 0) buf_.push_back(' ');
          fmtIntegerBase(static_cast<unsigned char>(v[i]), 10, false, verb, kLDigits);
        }
        buf_.push_back(']');
      }
      break;
    case 's':
      pad(truncate(v));
      break;
    case 'x':
      fmtSbx(v, kLDigits);
      break;
    case 'X':
      fmtSbx(v, kUDigits);
      break;
    case 'q':
      fmtQ(v);
      break;
    default: {
      // Go re-enters printValue with the slice; avoid looping back into fmtBytes.
      Val val = asValue;
      printValue(val, verb, 0);
    }
  }
}

void Printer::fmtPointer(Val v, std::int32_t verb) {
  std::uint64_t u = 0;
  switch (v.t->kind) {
    case Kind::Chan:
    case Kind::Func:
    case Kind::Map:
    case Kind::Pointer:
    case Kind::Slice:
    case Kind::UnsafePointer:
      u = reinterpret_cast<std::uintptr_t>(loadPtr(v.data));
      break;
    default:
      badVerb(verb);
      return;
  }
  switch (verb) {
    case 'v':
      if (f.sharpV) {
        buf_.push_back('(');
        buf_ += v.t->str();
        buf_ += ")(";
        if (u == 0)
          buf_ += "nil";
        else
          fmt0x64(u, true);
        buf_.push_back(')');
      } else {
        if (u == 0)
          pad("<nil>");
        else
          fmt0x64(u, !f.sharp);
      }
      break;
    case 'p':
      fmt0x64(u, !f.sharp);
      break;
    case 'b':
    case 'o':
    case 'd':
    case 'x':
    case 'X':
      fmtInteger(u, false, verb);
      break;
    default:
      badVerb(verb);
  }
}

// Calls arg_'s Error/String/GoString method and prints the result, recovering a panic the way
// Go's catchPanic does when the VM supports it.
bool Printer::callMethod(const char* name, std::int32_t verb, bool rawString) {
  GoIface arg = arg_;
  if (arg.type->kind == Kind::Pointer && arg.data == nullptr) {
    // A value-receiver method through a nil pointer always panics, and Go's catchPanic prints
    // <nil> for it: no need to call at all (and no need for the VM to recover).
    MethodLookup ml = lookupMethod(arg.type, name);
    if (ml.method != nullptr && !ml.method->pointerReceiver) {
      buf_ += "<nil>";
      return true;
    }
  }
  GoString s{nullptr, 0};
  bool panicked = false;
  GoIface pv{nullptr, nullptr};
  if (gMethodCaller.fn != nullptr && gMethodCaller.heap == &ctx_->heap()) {
    // callMethod(v any, which int) (string, bool, any)
    Slot in[3];
    store(in, arg);
    std::int64_t which = name[0] == 'E' ? 0 : name[0] == 'S' ? 1 : 2;
    store(in + 2, which);
    Slot out[5] = {};
    ctx_->call(gMethodCaller.fn, in, out);
    s = load<GoString>(out);
    panicked = (out[2] & 0xff) != 0;
    pv = load<GoIface>(out + 3);
  } else {
    ctx_->callStringMethodRecover(arg, name, &s, &panicked, &pv);
  }
  if (!panicked) {
    std::string copy(s.view());  // the method's result may be collected by a later call
    if (rawString)
      fmtS(copy);
    else
      fmtString(copy, verb);
    return true;
  }
  if (arg.type->kind == Kind::Pointer && arg.data == nullptr) {
    buf_ += "<nil>";
    return true;
  }
  if (panicking_) ctx_->panicValue(pv);
  FmtFlags old = f;
  clearflags();
  buf_ += "%!";
  writeRune(verb);
  buf_ += "(PANIC=";
  buf_ += name;
  buf_ += " method: ";
  panicking_ = true;
  printArg(pv, 'v');
  panicking_ = false;
  buf_.push_back(')');
  f = old;
  return true;
}

bool Printer::handleMethods(std::int32_t verb) {
  if (erroring_) return false;
  bool isError = hasStringMethod(arg_.type, "Error");
  if (verb == 'w') {
    if (!isError || !wrapErrs || wrappedIndex >= 0) {
      wrappedIndex = -1;
      wrapErrs = false;
      badVerb(verb);
      return true;
    }
    wrappedIndex = curArgIndex;
    verb = 'v';
  }
  if (ctx_ == nullptr) return false;
  if (f.sharpV) {
    if (hasStringMethod(arg_.type, "GoString")) return callMethod("GoString", verb, true);
    return false;
  }
  switch (verb) {
    case 'v':
    case 's':
    case 'x':
    case 'X':
    case 'q':
      if (isError) return callMethod("Error", verb, false);
      if (hasStringMethod(arg_.type, "String")) return callMethod("String", verb, false);
      break;
    default:
      break;
  }
  return false;
}

void Printer::printArg(GoIface arg, std::int32_t verb) {
  arg_ = arg;
  value_ = Val{};
  if (arg.type == nullptr) {
    if (verb == 'T' || verb == 'v')
      pad("<nil>");
    else
      badVerb(verb);
    return;
  }
  Val v = ifaceElem(&arg, false);
  if (verb == 'T') {
    fmtS(arg.type->str());
    return;
  }
  if (verb == 'p') {
    fmtPointer(v, 'p');
    return;
  }
  // Predeclared scalar types have no methods: format them without the method checks.
  const Type* t = arg.type;
  if (t->named() && t->pkg.empty() && t->kind != Kind::Interface) {
    Kind k = t->kind;
    if (k == Kind::Bool) return fmtBool(*static_cast<const std::uint8_t*>(v.data) != 0, verb);
    if (isSignedKind(k))
      return fmtInteger(static_cast<std::uint64_t>(loadSigned(k, v.data)), true, verb);
    if (k >= Kind::Uint && k <= Kind::Uintptr)
      return fmtInteger(loadUnsigned(k, v.data), false, verb);
    if (k == Kind::Float32) return fmtFloat(loadFloat(k, v.data), 32, verb);
    if (k == Kind::Float64) return fmtFloat(loadFloat(k, v.data), 64, verb);
    if (k == Kind::Complex64 || k == Kind::Complex128) return fmtComplex(k, v.data, verb);
    if (k == Kind::String) return fmtString(static_cast<const GoString*>(v.data)->view(), verb);
  }
  // Go's printArg has a case for exactly []byte, whose %#v spells the type "[]byte".
  if (!t->named() && t->kind == Kind::Slice && t->elem->kind == Kind::Uint8 &&
      !t->elem->pkg.size() && t->elem->name == "uint8") {
    const auto* s = static_cast<const GoSlice*>(v.data);
    fmtBytes(std::string_view(static_cast<const char*>(s->ptr), static_cast<std::size_t>(s->len)),
             s->ptr == nullptr, verb, "[]byte", v);
    return;
  }
  if (!handleMethods(verb)) printValue(v, verb, 0);
}

// internal/fmtsort orders interface keys of different dynamic types by the address of their
// runtime type descriptors. Go's linker lays those out sorted by symbol size, then by symbol
// name ("type.bool" < "type.int"), so this reproduces that order from an estimate of the
// descriptor's size on amd64 (rtype, the kind's extra fields, uncommonType with its methods).
std::int64_t typeDescriptorSize(const Type* t) {
  const Type* u = t->u();
  std::int64_t size = 48;  // rtype
  std::int64_t trailing = 0;
  switch (u->kind) {
    case Kind::Array:
      size += 24;
      break;
    case Kind::Chan:
      size += 16;
      break;
    case Kind::Pointer:
    case Kind::Slice:
      size += 8;
      break;
    case Kind::Map:
      size += 40;
      break;
    case Kind::Func:
      size += 8;
      trailing = 8 * static_cast<std::int64_t>(u->params.size() + u->results.size());
      break;
    case Kind::Interface:
      size += 32;
      trailing = 8 * static_cast<std::int64_t>(u->imethods.size());
      break;
    case Kind::Struct:
      size += 32;
      trailing = 24 * static_cast<std::int64_t>(u->fields.size());
      break;
    default:
      break;
  }
  std::size_t nmethods = 0;
  if (t->named() && u->kind != Kind::Interface) {
    for (const Method& m : t->methods)
      if (!m.pointerReceiver) nmethods++;
  } else if (!t->named() && u->kind == Kind::Pointer && t->elem->named()) {
    nmethods = t->elem->methods.size();
  }
  if (t->named() || nmethods > 0) size += 16 + 16 * static_cast<std::int64_t>(nmethods);
  return size + trailing;
}

int compareTypes(const Type* x, const Type* y) {
  std::int64_t sx = typeDescriptorSize(x), sy = typeDescriptorSize(y);
  if (sx != sy) return sx < sy ? -1 : 1;
  int c = x->str().compare(y->str());
  if (c != 0) return c < 0 ? -1 : 1;
  auto px = reinterpret_cast<std::uintptr_t>(x), py = reinterpret_cast<std::uintptr_t>(y);
  return px < py ? -1 : px > py ? 1 : 0;
}

// internal/fmtsort's ordering of map keys.
int compareVal(const Type* t, const void* a, const void* b) {
  Kind k = t->kind;
  if (isSignedKind(k)) {
    std::int64_t x = loadSigned(k, a), y = loadSigned(k, b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (k >= Kind::Uint && k <= Kind::Uintptr) {
    std::uint64_t x = loadUnsigned(k, a), y = loadUnsigned(k, b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  switch (k) {
    case Kind::String: {
      int c =
          static_cast<const GoString*>(a)->view().compare(static_cast<const GoString*>(b)->view());
      return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    case Kind::Float32:
    case Kind::Float64: {
      double x = loadFloat(k, a), y = loadFloat(k, b);
      if (x < y) return -1;
      if (x > y) return 1;
      if (x == y) return 0;
      if (std::isnan(x) && !std::isnan(y)) return -1;
      if (!std::isnan(x) && std::isnan(y)) return 1;
      return 0;
    }
    case Kind::Complex64:
    case Kind::Complex128: {
      // fmtsort: the real parts, then the imaginary parts, each as floats.
      Kind fk = k == Kind::Complex64 ? Kind::Float32 : Kind::Float64;
      std::size_t half = k == Kind::Complex64 ? 4 : 8;
      auto cmp = [&](const void* p, const void* q) {
        double x = loadFloat(fk, p), y = loadFloat(fk, q);
        if (x < y) return -1;
        if (x > y) return 1;
        if (x == y) return 0;
        if (std::isnan(x) && !std::isnan(y)) return -1;
        if (!std::isnan(x) && std::isnan(y)) return 1;
        return 0;
      };
      int c = cmp(a, b);
      if (c != 0) return c;
      return cmp(static_cast<const char*>(a) + half, static_cast<const char*>(b) + half);
    }
    case Kind::Bool: {
      bool x = *static_cast<const std::uint8_t*>(a) != 0,
           y = *static_cast<const std::uint8_t*>(b) != 0;
      if (x == y) return 0;
      return x ? 1 : -1;
    }
    case Kind::Pointer:
    case Kind::Chan:
    case Kind::UnsafePointer: {
      auto x = reinterpret_cast<std::uintptr_t>(loadPtr(a));
      auto y = reinterpret_cast<std::uintptr_t>(loadPtr(b));
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case Kind::Struct:
      for (const Field& fl : t->u()->fields) {
        int c = compareVal(fl.type, static_cast<const char*>(a) + fl.offset,
                           static_cast<const char*>(b) + fl.offset);
        if (c != 0) return c;
      }
      return 0;
    case Kind::Array: {
      const Type* u = t->u();
      for (std::int64_t i = 0; i < u->len; i++) {
        int c = compareVal(u->elem, static_cast<const char*>(a) + i * u->elem->size,
                           static_cast<const char*>(b) + i * u->elem->size);
        if (c != 0) return c;
      }
      return 0;
    }
    case Kind::Interface: {
      Val x = ifaceElem(a, false), y = ifaceElem(b, false);
      if (x.t == nullptr || y.t == nullptr) {
        if (x.t == nullptr && y.t == nullptr) return 0;
        return x.t == nullptr ? -1 : 1;
      }
      if (x.t != y.t) return compareTypes(x.t, y.t);
      return compareVal(x.t, x.data, y.data);
    }
    default:
      return 0;
  }
}

void Printer::printMap(Val v, std::int32_t verb, int depth) {
  const Type* mt = v.t->u();
  const void* m = loadPtr(v.data);
  if (f.sharpV) {
    buf_ += v.t->str();
    if (m == nullptr) {
      buf_ += "(nil)";
      return;
    }
    buf_.push_back('{');
  } else {
    buf_ += "map[";
  }
  std::vector<std::pair<const void*, const void*>> entries;
  if (m != nullptr && ctx_ != nullptr) {
    ctx_->mapForEach(m, v.t, [&](const void* k, const void* val) { entries.emplace_back(k, val); });
    const Type* kt = mt->key;
    std::stable_sort(entries.begin(), entries.end(), [kt](const auto& x, const auto& y) {
      return compareVal(kt, x.first, y.first) < 0;
    });
  }
  for (std::size_t i = 0; i < entries.size(); i++) {
    if (i > 0) {
      if (f.sharpV)
        buf_ += ", ";
      else
        buf_.push_back(' ');
    }
    printValue(Val{mt->key, entries[i].first, v.ro}, verb, depth + 1);
    buf_.push_back(':');
    printValue(Val{mt->elem, entries[i].second, v.ro}, verb, depth + 1);
  }
  buf_.push_back(f.sharpV ? '}' : ']');
}

void Printer::printValue(Val v, std::int32_t verb, int depth) {
  if (depth > 0 && v.t != nullptr && !v.ro) {
    arg_ =
        v.t->kind == Kind::Interface ? *static_cast<const GoIface*>(v.data) : ifaceOf(v.t, v.data);
    if (handleMethods(verb)) return;
  }
  arg_ = GoIface{nullptr, nullptr};
  value_ = v;
  if (v.t == nullptr) {
    if (depth == 0) {
      buf_ += "<invalid reflect.Value>";
    } else if (verb == 'v') {
      buf_ += "<nil>";
    } else {
      badVerb(verb);
    }
    return;
  }
  const Type* t = v.t;
  const Type* u = t->u();
  Kind k = t->kind;
  if (k == Kind::Bool) return fmtBool(*static_cast<const std::uint8_t*>(v.data) != 0, verb);
  if (isSignedKind(k))
    return fmtInteger(static_cast<std::uint64_t>(loadSigned(k, v.data)), true, verb);
  if (k >= Kind::Uint && k <= Kind::Uintptr)
    return fmtInteger(loadUnsigned(k, v.data), false, verb);
  switch (k) {
    case Kind::Float32:
      return fmtFloat(loadFloat(k, v.data), 32, verb);
    case Kind::Float64:
      return fmtFloat(loadFloat(k, v.data), 64, verb);
    case Kind::Complex64:
    case Kind::Complex128:
      return fmtComplex(k, v.data, verb);
    case Kind::String:
      return fmtString(static_cast<const GoString*>(v.data)->view(), verb);
    case Kind::Map:
      return printMap(v, verb, depth);
    case Kind::Struct: {
      if (f.sharpV) buf_ += t->str();
      buf_.push_back('{');
      for (std::size_t i = 0; i < u->fields.size(); i++) {
        const Field& fl = u->fields[i];
        if (i > 0) {
          if (f.sharpV)
            buf_ += ", ";
          else
            buf_.push_back(' ');
        }
        if ((f.plusV || f.sharpV) && !fl.name.empty()) {
          buf_ += fl.name;
          buf_.push_back(':');
        }
        const void* fd = static_cast<const char*>(v.data) + fl.offset;
        bool ro = v.ro || !exportedName(fl.name);
        Val fv{fl.type, fd, ro};
        if (fl.type->kind == Kind::Interface) {
          Val inner = ifaceElem(fd, ro);
          if (inner.t != nullptr) fv = inner;
        }
        printValue(fv, verb, depth + 1);
      }
      buf_.push_back('}');
      return;
    }
    case Kind::Interface: {
      Val inner = ifaceElem(v.data, v.ro);
      if (inner.t == nullptr) {
        if (f.sharpV) {
          buf_ += t->str();
          buf_ += "(nil)";
        } else {
          buf_ += "<nil>";
        }
      } else {
        printValue(inner, verb, depth + 1);
      }
      return;
    }
    case Kind::Array:
    case Kind::Slice: {
      const char* base;
      std::int64_t n;
      bool isNil = false;
      if (k == Kind::Slice) {
        const auto* s = static_cast<const GoSlice*>(v.data);
        base = static_cast<const char*>(s->ptr);
        n = s->len;
        isNil = s->ptr == nullptr;
      } else {
        base = static_cast<const char*>(v.data);
        n = u->len;
      }
      const Type* et = u->elem;
      if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && et->kind == Kind::Uint8) {
        fmtBytes(std::string_view(base, static_cast<std::size_t>(n)), isNil, verb, t->str(), v);
        return;
      }
      if (f.sharpV) {
        buf_ += t->str();
        if (k == Kind::Slice && isNil) {
          buf_ += "(nil)";
          return;
        }
        buf_.push_back('{');
        for (std::int64_t i = 0; i < n; i++) {
          if (i > 0) buf_ += ", ";
          printValue(Val{et, base + i * et->size, v.ro}, verb, depth + 1);
        }
        buf_.push_back('}');
      } else {
        buf_.push_back('[');
        for (std::int64_t i = 0; i < n; i++) {
          if (i > 0) buf_.push_back(' ');
          printValue(Val{et, base + i * et->size, v.ro}, verb, depth + 1);
        }
        buf_.push_back(']');
      }
      return;
    }
    case Kind::Pointer: {
      const void* p = loadPtr(v.data);
      if (depth == 0 && p != nullptr) {
        Kind ek = u->elem->kind;
        if (ek == Kind::Array || ek == Kind::Slice || ek == Kind::Struct || ek == Kind::Map) {
          buf_.push_back('&');
          printValue(Val{u->elem, p, v.ro}, verb, depth + 1);
          return;
        }
      }
      return fmtPointer(v, verb);
    }
    case Kind::Chan:
    case Kind::Func:
    case Kind::UnsafePointer:
      return fmtPointer(v, verb);
    default:
      buf_.push_back('?');
      buf_ += t->str();
      buf_.push_back('?');
  }
}

void Printer::doPrint(const GoIface* a, std::size_t n) {
  bool prevString = false;
  for (std::size_t i = 0; i < n; i++) {
    bool isString = a[i].type != nullptr && a[i].type->kind == Kind::String;
    if (i > 0 && !isString && !prevString) buf_.push_back(' ');
    printArg(a[i], 'v');
    prevString = isString;
  }
}

void Printer::doPrintln(const GoIface* a, std::size_t n) {
  for (std::size_t i = 0; i < n; i++) {
    if (i > 0) buf_.push_back(' ');
    printArg(a[i], 'v');
  }
  buf_.push_back('\n');
}

bool tooLarge(int x) {
  return x > 1000000 || x < -1000000;
}

// Go's parsenum: digits at format[start:end).
void parsenum(std::string_view s, std::size_t start, std::size_t end, int& num, bool& isnum,
              std::size_t& newi) {
  num = 0;
  isnum = false;
  if (start >= end) {
    newi = end;
    return;
  }
  for (newi = start; newi < end && s[newi] >= '0' && s[newi] <= '9'; newi++) {
    if (tooLarge(num)) {
      num = 0;
      isnum = false;
      newi = end;
      return;
    }
    num = num * 10 + (s[newi] - '0');
    isnum = true;
  }
}

// intFromArg: the operand used by a '*' width or precision.
void intFromArg(const GoIface* a, std::size_t n, int& argNum, int& num, bool& isInt) {
  num = 0;
  isInt = false;
  if (argNum < static_cast<int>(n)) {
    const GoIface& g = a[argNum];
    if (g.type != nullptr) {
      Kind k = g.type->kind;
      const void* d = ifaceValue(g);
      if (isSignedKind(k)) {
        std::int64_t v = loadSigned(k, d);
        num = static_cast<int>(v);
        isInt = static_cast<std::int64_t>(num) == v;
        if (!isInt) num = 0;
      } else if (k >= Kind::Uint && k <= Kind::Uintptr) {
        std::uint64_t v = loadUnsigned(k, d);
        if (v <= static_cast<std::uint64_t>(INT32_MAX)) {
          num = static_cast<int>(v);
          isInt = true;
        }
      }
    }
    argNum++;
    if (tooLarge(num)) {
      num = 0;
      isInt = false;
    }
  }
}

void Printer::argNumber(int& argNum, std::string_view format, std::size_t& i, std::size_t numArgs,
                        bool& found) {
  found = false;
  if (format.size() <= i || format[i] != '[') return;
  reordered_ = true;
  std::string_view s = format.substr(i);
  // parseArgNumber
  int index = 0;
  std::size_t wid = 1;
  bool ok = false;
  if (s.size() >= 3) {
    for (std::size_t j = 1; j < s.size(); j++) {
      if (s[j] == ']') {
        int width;
        bool isnum;
        std::size_t newi;
        parsenum(s, 1, j, width, isnum, newi);
        if (!isnum || newi != j) {
          wid = j + 1;
          ok = false;
        } else {
          index = width - 1;
          wid = j + 1;
          ok = true;
        }
        break;
      }
    }
  }
  if (ok && index >= 0 && index < static_cast<int>(numArgs)) {
    argNum = index;
    i += wid;
    found = true;
    return;
  }
  goodArgNum_ = false;
  i += wid;
  found = ok;
}

void Printer::doPrintf(std::string_view format, const GoIface* a, std::size_t n) {
  std::size_t end = format.size();
  int argNum = 0;
  bool afterIndex = false;
  reordered_ = false;
  const int numArgs = static_cast<int>(n);
  for (std::size_t i = 0; i < end;) {
    goodArgNum_ = true;
    std::size_t lasti = i;
    while (i < end && format[i] != '%') i++;
    if (i > lasti) buf_.append(format.substr(lasti, i - lasti));
    if (i >= end) break;
    i++;
    clearflags();
    bool simpleDone = false;
    for (; i < end; i++) {
      char c = format[i];
      bool flag = true;
      switch (c) {
        case '#':
          f.sharp = true;
          break;
        case '0':
          f.zero = !f.minus;
          break;
        case '+':
          f.plus = true;
          break;
        case '-':
          f.minus = true;
          f.zero = false;
          break;
        case ' ':
          f.space = true;
          break;
        default:
          flag = false;
      }
      if (flag) continue;
      if (c >= 'a' && c <= 'z' && argNum < numArgs) {
        if (c == 'v') {
          f.sharpV = f.sharp;
          f.sharp = false;
          f.plusV = f.plus;
          f.plus = false;
        }
        curArgIndex = argNum;
        printArg(a[argNum], c);
        argNum++;
        i++;
        simpleDone = true;
      }
      break;
    }
    if (simpleDone) continue;

    argNumber(argNum, format, i, n, afterIndex);

    if (i < end && format[i] == '*') {
      i++;
      intFromArg(a, n, argNum, f.wid, f.widPresent);
      if (!f.widPresent) buf_ += "%!(BADWIDTH)";
      if (f.wid < 0) {
        f.wid = -f.wid;
        f.minus = true;
        f.zero = false;
      }
      afterIndex = false;
    } else {
      parsenum(format, i, end, f.wid, f.widPresent, i);
      if (afterIndex && f.widPresent) goodArgNum_ = false;
    }

    if (i + 1 < end && format[i] == '.') {
      i++;
      if (afterIndex) goodArgNum_ = false;
      argNumber(argNum, format, i, n, afterIndex);
      if (i < end && format[i] == '*') {
        i++;
        intFromArg(a, n, argNum, f.prec, f.precPresent);
        if (f.prec < 0) {
          f.prec = 0;
          f.precPresent = false;
        }
        if (!f.precPresent) buf_ += "%!(BADPREC)";
        afterIndex = false;
      } else {
        parsenum(format, i, end, f.prec, f.precPresent, i);
        if (!f.precPresent) {
          f.prec = 0;
          f.precPresent = true;
        }
      }
    }

    if (!afterIndex) argNumber(argNum, format, i, n, afterIndex);

    if (i >= end) {
      buf_ += "%!(NOVERB)";
      break;
    }

    std::int32_t verb = static_cast<unsigned char>(format[i]);
    int size = 1;
    if (verb >= 0x80) verb = decodeRune(format.substr(i), &size);
    i += static_cast<std::size_t>(size);

    if (verb == '%') {
      buf_.push_back('%');
    } else if (!goodArgNum_) {
      buf_ += "%!";
      writeRune(verb);
      buf_ += "(BADINDEX)";
    } else if (argNum >= numArgs) {
      buf_ += "%!";
      writeRune(verb);
      buf_ += "(MISSING)";
    } else {
      if (verb == 'v') {
        f.sharpV = f.sharp;
        f.sharp = false;
        f.plusV = f.plus;
        f.plus = false;
      }
      curArgIndex = argNum;
      printArg(a[argNum], verb);
      argNum++;
    }
  }

  if (!reordered_ && argNum < numArgs) {
    clearflags();
    buf_ += "%!(EXTRA ";
    for (int j = argNum; j < numArgs; j++) {
      if (j > argNum) buf_ += ", ";
      if (a[j].type == nullptr) {
        buf_ += "<nil>";
      } else {
        buf_ += a[j].type->str();
        buf_.push_back('=');
        printArg(a[j], 'v');
      }
    }
    buf_.push_back(')');
  }
}

}  // namespace

void setMethodCaller(const gc::Heap* heap, const Closure* fn) {
  gMethodCaller = MethodCaller{heap, fn};
}

void formatValue(std::string& out, const Type* t, const void* data, char verb, const FmtFlags& f,
                 NativeContext* ctx) {
  Printer p(out, ctx);
  p.f = f;
  if (t == nullptr) {
    p.printArg(GoIface{nullptr, nullptr}, static_cast<unsigned char>(verb));
    return;
  }
  if (t->kind == Kind::Interface) {
    p.printArg(*static_cast<const GoIface*>(data), static_cast<unsigned char>(verb));
    return;
  }
  p.printArg(ifaceOf(t, data), static_cast<unsigned char>(verb));
}

void sprint(std::string& out, const GoIface* args, std::size_t n, NativeContext* ctx) {
  Printer p(out, ctx);
  p.doPrint(args, n);
}

void sprintln(std::string& out, const GoIface* args, std::size_t n, NativeContext* ctx) {
  Printer p(out, ctx);
  p.doPrintln(args, n);
}

void sprintf(std::string& out, std::string_view format, const GoIface* args, std::size_t n,
             NativeContext* ctx, int* wrappedIndex) {
  Printer p(out, ctx);
  p.wrapErrs = wrappedIndex != nullptr;
  p.doPrintf(format, args, n);
  if (wrappedIndex != nullptr) *wrappedIndex = p.wrapErrs ? p.wrappedIndex : -1;
}

}  // namespace gomi::stdlib
