// stdlib/strconv/conv.cpp — Go's strconv formatting, quoting and parsing rules in C++.
//
// Floats: the digits come from std::to_chars (shortest round-trip, or correctly rounded with a
// precision), normalised to Go's decimal form (digits without trailing zeros plus a decimal point
// position), and laid out with Go's %e/%f/%g rules. Parsing validates Go's literal syntax first
// and only then lets strtod/strtof do the correctly rounded conversion.
#include "stdlib/strconv/conv.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <vector>

#include "stdlib/internal/unicode_tables.h"

namespace gomi::stdlib {

namespace {

// A decimal number 0.d[0]d[1]... * 10^dp with no trailing zeros; zero has no digits.
struct Digits {
  std::string d;
  int dp = 0;
};

void trim(Digits& x) {
  std::size_t start = 0;
  while (start < x.d.size() && x.d[start] == '0') start++;
  x.d.erase(0, start);
  x.dp -= static_cast<int>(start);
  while (!x.d.empty() && x.d.back() == '0') x.d.pop_back();
  if (x.d.empty()) x.dp = 0;
}

// Parses to_chars scientific output "d.ddde+XX" (sign already stripped).
Digits fromScientific(std::string_view s) {
  Digits x;
  std::size_t e = s.find('e');
  for (std::size_t i = 0; i < e; i++)
    if (s[i] != '.') x.d.push_back(s[i]);
  int exp = std::atoi(std::string(s.substr(e + 1)).c_str());
  x.dp = exp + 1;
  trim(x);
  return x;
}

// Parses to_chars fixed output "ddd.ddd" (sign already stripped).
Digits fromFixed(std::string_view s) {
  Digits x;
  std::size_t dot = s.find('.');
  if (dot == std::string_view::npos) dot = s.size();
  for (char c : s)
    if (c != '.') x.d.push_back(c);
  x.dp = static_cast<int>(dot);
  trim(x);
  return x;
}

template <class F>
std::string toChars(F v, std::chars_format f, int prec) {
  std::string buf(static_cast<std::size_t>(400 + std::max(prec, 0)), '\0');
  std::to_chars_result r = prec < 0
                               ? std::to_chars(buf.data(), buf.data() + buf.size(), v, f)
                               : std::to_chars(buf.data(), buf.data() + buf.size(), v, f, prec);
  buf.resize(static_cast<std::size_t>(r.ptr - buf.data()));
  if (!buf.empty() && buf[0] == '-') buf.erase(0, 1);
  return buf;
}

void fmtE(std::string& out, bool neg, const Digits& x, int prec, char fmt) {
  if (neg) out.push_back('-');
  out.push_back(x.d.empty() ? '0' : x.d[0]);
  if (prec > 0) {
    out.push_back('.');
    int i = 1;
    int m = std::min(static_cast<int>(x.d.size()), prec + 1);
    if (i < m) {
      out.append(x.d, static_cast<std::size_t>(i), static_cast<std::size_t>(m - i));
      i = m;
    }
    for (; i <= prec; i++) out.push_back('0');
  }
  out.push_back(fmt);
  int exp = x.d.empty() ? 0 : x.dp - 1;
  if (exp < 0) {
    out.push_back('-');
    exp = -exp;
  } else {
    out.push_back('+');
  }
  if (exp < 10) {
    out.push_back('0');
    out.push_back(static_cast<char>('0' + exp));
  } else if (exp < 100) {
    out.push_back(static_cast<char>('0' + exp / 10));
    out.push_back(static_cast<char>('0' + exp % 10));
  } else {
    out.push_back(static_cast<char>('0' + exp / 100));
    out.push_back(static_cast<char>('0' + exp / 10 % 10));
    out.push_back(static_cast<char>('0' + exp % 10));
  }
}

void fmtF(std::string& out, bool neg, const Digits& x, int prec) {
  if (neg) out.push_back('-');
  int nd = static_cast<int>(x.d.size());
  if (x.dp > 0) {
    int m = std::min(nd, x.dp);
    out.append(x.d, 0, static_cast<std::size_t>(m));
    for (; m < x.dp; m++) out.push_back('0');
  } else {
    out.push_back('0');
  }
  if (prec > 0) {
    out.push_back('.');
    for (int i = 1; i <= prec; i++) {
      int j = x.dp + i - 1;
      out.push_back(j >= 0 && j < nd ? x.d[static_cast<std::size_t>(j)] : '0');
    }
  }
}

void fmtB(std::string& out, double v, int bitSize) {
  std::uint64_t mant;
  int exp;
  bool neg;
  if (bitSize == 32) {
    float f = static_cast<float>(v);
    std::uint32_t bits;
    std::memcpy(&bits, &f, 4);
    neg = bits >> 31;
    exp = static_cast<int>((bits >> 23) & 0xff);
    mant = bits & ((1u << 23) - 1);
    if (exp == 0)
      exp++;
    else
      mant |= 1u << 23;
    exp += -127 - 23;
  } else {
    std::uint64_t bits;
    std::memcpy(&bits, &v, 8);
    neg = bits >> 63;
    exp = static_cast<int>((bits >> 52) & 0x7ff);
    mant = bits & ((std::uint64_t{1} << 52) - 1);
    if (exp == 0)
      exp++;
    else
      mant |= std::uint64_t{1} << 52;
    exp += -1023 - 52;
  }
  if (neg) out.push_back('-');
  appendUint(out, mant, 10);
  out.push_back('p');
  if (exp >= 0) out.push_back('+');
  appendInt(out, exp, 10);
}

// %x: Go prints 0x1.8p+01 where C++ prints 1.8p+1; subnormals are normalised like Go does.
void fmtX(std::string& out, double v, int prec, char fmt, int bitSize) {
  bool neg = std::signbit(v);
  double a = std::fabs(v);
  std::string s;
  if (a == 0) {
    s = prec > 0 ? "0." + std::string(static_cast<std::size_t>(prec), '0') + "p+0" : "0p+0";
  } else {
    int e;
    double m = std::frexp(a, &e);  // m in [0.5,1)
    m *= 2;
    e -= 1;
    (void)bitSize;
    s = toChars(m, std::chars_format::hex, prec);
    // m in [1,2): to_chars gives "1.xxxp+0", or "2.000p+0" when rounding carried over.
    std::size_t p = s.find('p');
    int pe = std::atoi(s.c_str() + p + 1);
    if (s[0] == '2') {
      s[0] = '1';
      pe++;
    }
    s = s.substr(0, p) + "p" + std::to_string(pe + e);
    if (s[p + 1] != '-') s.insert(p + 1, "+");
  }
  if (neg) out.push_back('-');
  out += "0x";
  std::size_t p = s.find('p');
  std::string mant = s.substr(0, p);
  std::string exp = s.substr(p + 1);  // sign and digits
  if (exp.size() < 3) exp.insert(1, "0");
  if (fmt == 'X') {
    for (char& c : mant) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    out.back() = 'X';
    out += mant + "P" + exp;
  } else {
    out += mant + "p" + exp;
  }
}

}  // namespace

void appendFloat(std::string& out, double v, char fmt, int prec, int bitSize) {
  if (std::isnan(v)) {
    out += "NaN";
    return;
  }
  if (std::isinf(v)) {
    out += v > 0 ? "+Inf" : "-Inf";
    return;
  }
  if (fmt == 'b') {
    fmtB(out, v, bitSize);
    return;
  }
  if (fmt == 'x' || fmt == 'X') {
    fmtX(out, v, prec, fmt, bitSize);
    return;
  }
  bool neg = std::signbit(v);
  bool shortest = prec < 0;
  Digits x;
  if (v == 0) {
    // zero has no digits
  } else if (shortest) {
    x = fromScientific(bitSize == 32
                           ? toChars(static_cast<float>(v), std::chars_format::scientific, -1)
                           : toChars(v, std::chars_format::scientific, -1));
  } else if (fmt == 'f') {
    x = fromFixed(toChars(v, std::chars_format::fixed, prec));
  } else if (fmt == 'e' || fmt == 'E') {
    x = fromScientific(toChars(v, std::chars_format::scientific, prec));
  } else {  // g, G
    if (prec == 0) prec = 1;
    x = fromScientific(toChars(v, std::chars_format::scientific, prec - 1));
  }
  int nd = static_cast<int>(x.d.size());
  if (shortest) {
    switch (fmt) {
      case 'e':
      case 'E':
        prec = std::max(nd - 1, 0);
        break;
      case 'f':
        prec = std::max(nd - x.dp, 0);
        break;
      default:
        prec = nd;
    }
  }
  switch (fmt) {
    case 'e':
    case 'E':
      fmtE(out, neg, x, prec, fmt);
      return;
    case 'f':
      fmtF(out, neg, x, prec);
      return;
    case 'g':
    case 'G': {
      int eprec = prec;
      if (eprec > nd && nd >= x.dp) eprec = nd;
      if (shortest) eprec = 6;
      int exp = x.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > nd) prec = nd;
        fmtE(out, neg, x, prec - 1, static_cast<char>(fmt + 'e' - 'g'));
        return;
      }
      if (prec > x.dp) prec = nd;
      fmtF(out, neg, x, std::max(prec - x.dp, 0));
      return;
    }
    default:
      out.push_back('%');
      out.push_back(fmt);
  }
}

std::string formatFloat(double v, char fmt, int prec, int bitSize) {
  std::string s;
  appendFloat(s, v, fmt, prec, bitSize);
  return s;
}

void appendUint(std::string& out, std::uint64_t v, int base) {
  static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  char buf[65];
  int i = 65;
  std::uint64_t b = static_cast<std::uint64_t>(base);
  do {
    buf[--i] = digits[v % b];
    v /= b;
  } while (v != 0);
  out.append(buf + i, static_cast<std::size_t>(65 - i));
}

void appendInt(std::string& out, std::int64_t v, int base) {
  if (v < 0) {
    out.push_back('-');
    appendUint(out, -static_cast<std::uint64_t>(v), base);
  } else {
    appendUint(out, static_cast<std::uint64_t>(v), base);
  }
}

// ---------------------------------------------------------------------------------------------
// UTF-8

std::int32_t decodeRune(std::string_view s, int* size) {
  if (s.empty()) {
    *size = 0;
    return kRuneError;
  }
  auto b = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned c0 = b(0);
  if (c0 < 0x80) {
    *size = 1;
    return static_cast<std::int32_t>(c0);
  }
  *size = 1;
  auto cont = [&](std::size_t i) { return i < s.size() && (b(i) & 0xC0) == 0x80; };
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    if (!cont(1)) return kRuneError;
    *size = 2;
    return static_cast<std::int32_t>(((c0 & 0x1F) << 6) | (b(1) & 0x3F));
  }
  if (c0 >= 0xE0 && c0 <= 0xEF) {
    if (s.size() < 2) return kRuneError;
    unsigned lo = 0x80, hi = 0xBF;
    if (c0 == 0xE0) lo = 0xA0;
    if (c0 == 0xED) hi = 0x9F;
    if (b(1) < lo || b(1) > hi || !cont(2)) return kRuneError;
    *size = 3;
    return static_cast<std::int32_t>(((c0 & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F));
  }
  if (c0 >= 0xF0 && c0 <= 0xF4) {
    if (s.size() < 2) return kRuneError;
    unsigned lo = 0x80, hi = 0xBF;
    if (c0 == 0xF0) lo = 0x90;
    if (c0 == 0xF4) hi = 0x8F;
    if (b(1) < lo || b(1) > hi || !cont(2) || !cont(3)) return kRuneError;
    *size = 4;
    return static_cast<std::int32_t>(((c0 & 0x07) << 18) | ((b(1) & 0x3F) << 12) |
                                     ((b(2) & 0x3F) << 6) | (b(3) & 0x3F));
  }
  return kRuneError;
}

std::int32_t decodeLastRune(std::string_view s, int* size) {
  if (s.empty()) {
    *size = 0;
    return kRuneError;
  }
  std::size_t end = s.size();
  std::size_t start = end - 1;
  if (static_cast<unsigned char>(s[start]) < 0x80) {
    *size = 1;
    return static_cast<unsigned char>(s[start]);
  }
  std::size_t lim = end >= 4 ? end - 4 : 0;
  while (start > lim && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) start--;
  int sz;
  std::int32_t r = decodeRune(s.substr(start), &sz);
  if (start + static_cast<std::size_t>(sz) != end) {
    *size = 1;
    return kRuneError;
  }
  *size = sz;
  return r;
}

bool validRune(std::int32_t r) {
  return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= kMaxRune);
}

int runeLen(std::int32_t r) {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r >= 0xD800 && r <= 0xDFFF) return -1;
  if (r < 0x10000) return 3;
  if (r <= kMaxRune) return 4;
  return -1;
}

void appendRune(std::string& out, std::int32_t r) {
  if (!validRune(r)) r = kRuneError;
  auto u = static_cast<std::uint32_t>(r);
  if (u < 0x80) {
    out.push_back(static_cast<char>(u));
  } else if (u < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (u >> 6)));
    out.push_back(static_cast<char>(0x80 | (u & 0x3F)));
  } else if (u < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (u >> 12)));
    out.push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (u & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (u >> 18)));
    out.push_back(static_cast<char>(0x80 | ((u >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (u & 0x3F)));
  }
}

std::int64_t runeCount(std::string_view s) {
  std::int64_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      i++;
    } else {
      int sz;
      decodeRune(s.substr(i), &sz);
      i += static_cast<std::size_t>(sz);
    }
    n++;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Quoting

bool isPrint(std::int32_t r) {
  return uIsPrint(r);
}

bool canBackquote(std::string_view s) {
  while (!s.empty()) {
    int sz;
    std::int32_t r = decodeRune(s, &sz);
    s.remove_prefix(static_cast<std::size_t>(sz));
    if (sz > 1) {
      if (r == 0xFEFF) return false;
      continue;
    }
    if (r == kRuneError) return false;
    if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
  }
  return true;
}

namespace {

void appendEscapedRune(std::string& out, std::int32_t r, char quote, QuoteMode mode) {
  static const char hex[] = "0123456789abcdef";
  if (r == quote || r == '\\') {
    out.push_back('\\');
    out.push_back(static_cast<char>(r));
    return;
  }
  if (mode == QuoteMode::ASCII) {
    if (r < 0x80 && isPrint(r)) {
      out.push_back(static_cast<char>(r));
      return;
    }
  } else if (isPrint(r) || (mode == QuoteMode::Graphic && uIsGraphic(r))) {
    appendRune(out, r);
    return;
  }
  switch (r) {
    case '\a':
      out += "\\a";
      return;
    case '\b':
      out += "\\b";
      return;
    case '\f':
      out += "\\f";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\t':
      out += "\\t";
      return;
    case '\v':
      out += "\\v";
      return;
    default:
      break;
  }
  if (r < ' ' || r == 0x7F) {
    out += "\\x";
    out.push_back(hex[(r >> 4) & 0xF]);
    out.push_back(hex[r & 0xF]);
    return;
  }
  if (!validRune(r)) r = 0xFFFD;
  if (r < 0x10000) {
    out += "\\u";
    for (int s = 12; s >= 0; s -= 4) out.push_back(hex[(r >> s) & 0xF]);
  } else {
    out += "\\U";
    for (int s = 28; s >= 0; s -= 4) out.push_back(hex[(r >> s) & 0xF]);
  }
}

}  // namespace

void appendQuote(std::string& out, std::string_view s, QuoteMode mode) {
  static const char hex[] = "0123456789abcdef";
  out.push_back('"');
  while (!s.empty()) {
    int sz;
    std::int32_t r = static_cast<unsigned char>(s[0]);
    sz = 1;
    if (r >= 0x80) r = decodeRune(s, &sz);
    if (sz == 1 && r == kRuneError) {
      out += "\\x";
      out.push_back(hex[static_cast<unsigned char>(s[0]) >> 4]);
      out.push_back(hex[static_cast<unsigned char>(s[0]) & 0xF]);
      s.remove_prefix(1);
      continue;
    }
    appendEscapedRune(out, r, '"', mode);
    s.remove_prefix(static_cast<std::size_t>(sz));
  }
  out.push_back('"');
}

void appendQuoteRune(std::string& out, std::int32_t r, QuoteMode mode) {
  if (!validRune(r)) r = kRuneError;
  out.push_back('\'');
  appendEscapedRune(out, r, '\'', mode);
  out.push_back('\'');
}

namespace {

int unhex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// One (possibly escaped) character of a quoted literal; false on bad syntax.
bool unquoteChar(std::string_view& s, char quote, std::string& out) {
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c == static_cast<unsigned char>(quote) && (quote == '\'' || quote == '"')) return false;
  if (c >= 0x80) {
    int sz;
    std::int32_t r = decodeRune(s, &sz);
    appendRune(out, r);
    s.remove_prefix(static_cast<std::size_t>(sz));
    return true;
  }
  if (c != '\\') {
    out.push_back(static_cast<char>(c));
    s.remove_prefix(1);
    return true;
  }
  if (s.size() <= 1) return false;
  char e = s[1];
  s.remove_prefix(2);
  switch (e) {
    case 'a':
      out.push_back('\a');
      return true;
    case 'b':
      out.push_back('\b');
      return true;
    case 'f':
      out.push_back('\f');
      return true;
    case 'n':
      out.push_back('\n');
      return true;
    case 'r':
      out.push_back('\r');
      return true;
    case 't':
      out.push_back('\t');
      return true;
    case 'v':
      out.push_back('\v');
      return true;
    case 'x':
    case 'u':
    case 'U': {
      std::size_t n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      if (s.size() < n) return false;
      std::int64_t v = 0;
      for (std::size_t i = 0; i < n; i++) {
        int d = unhex(s[i]);
        if (d < 0) return false;
        v = v << 4 | d;
      }
      s.remove_prefix(n);
      if (e == 'x') {
        out.push_back(static_cast<char>(v));
        return true;
      }
      if (!validRune(static_cast<std::int32_t>(v))) return false;
      appendRune(out, static_cast<std::int32_t>(v));
      return true;
    }
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      int v = e - '0';
      if (s.size() < 2) return false;
      for (int i = 0; i < 2; i++) {
        int d = s[static_cast<std::size_t>(i)] - '0';
        if (d < 0 || d > 7) return false;
        v = (v << 3) | d;
      }
      s.remove_prefix(2);
      if (v > 255) return false;
      out.push_back(static_cast<char>(v));
      return true;
    }
    case '\\':
      out.push_back('\\');
      return true;
    case '\'':
    case '"':
      if (e != quote) return false;
      out.push_back(e);
      return true;
    default:
      return false;
  }
}

}  // namespace

bool unquote(std::string_view s, std::string* out) {
  out->clear();
  if (s.size() < 2) return false;
  char q = s[0];
  if (q != s.back()) return false;
  std::string_view body = s.substr(1, s.size() - 2);
  if (q == '`') {
    if (body.find('`') != std::string_view::npos) return false;
    for (char c : body)
      if (c != '\r') out->push_back(c);
    return true;
  }
  if (q != '"' && q != '\'') return false;
  if (body.find('\n') != std::string_view::npos) return false;
  if (q == '\'') {
    if (body.empty()) return true;  // Go 1.19 accepts '' as the empty string
    std::string_view rest = body;
    if (!unquoteChar(rest, q, *out)) return false;
    if (!rest.empty()) return false;
    return true;
  }
  while (!body.empty())
    if (!unquoteChar(body, q, *out)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Parsing

namespace {
char lower(char c) {
  return static_cast<char>(c | 0x20);
}
}  // namespace

bool underscoreOK(std::string_view s) {
  char saw = '^';
  std::size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0' &&
      (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
    i = 2;
    saw = '0';
    hex = lower(s[1]) == 'x';
  }
  for (; i < s.size(); i++) {
    char c = s[i];
    if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
      saw = '0';
      continue;
    }
    if (c == '_') {
      if (saw != '0') return false;
      saw = '_';
      continue;
    }
    if (saw == '_') return false;
    saw = '!';
  }
  return saw != '_';
}

ParseStatus parseUint(std::string_view s, int base, int bitSize, std::uint64_t* out) {
  *out = 0;
  if (s.empty()) return ParseStatus::Syntax;
  bool base0 = base == 0;
  std::string_view s0 = s;
  if (base >= 2 && base <= 36) {
    // ok
  } else if (base == 0) {
    base = 10;
    if (s[0] == '0') {
      if (s.size() >= 3 && lower(s[1]) == 'b') {
        base = 2;
        s.remove_prefix(2);
      } else if (s.size() >= 3 && lower(s[1]) == 'o') {
        base = 8;
        s.remove_prefix(2);
      } else if (s.size() >= 3 && lower(s[1]) == 'x') {
        base = 16;
        s.remove_prefix(2);
      } else {
        base = 8;
        s.remove_prefix(1);
      }
    }
  } else {
    return ParseStatus::BadBase;
  }
  if (bitSize == 0) bitSize = 64;
  if (bitSize < 0 || bitSize > 64) return ParseStatus::BadBitSize;
  std::uint64_t b = static_cast<std::uint64_t>(base);
  std::uint64_t cutoff = std::numeric_limits<std::uint64_t>::max() / b + 1;
  std::uint64_t maxVal = bitSize == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << bitSize) - 1;
  bool underscores = false;
  std::uint64_t n = 0;
  for (char c : s) {
    std::uint64_t d;
    if (c == '_' && base0) {
      underscores = true;
      continue;
    } else if (c >= '0' && c <= '9') {
      d = static_cast<std::uint64_t>(c - '0');
    } else if (lower(c) >= 'a' && lower(c) <= 'z') {
      d = static_cast<std::uint64_t>(lower(c) - 'a' + 10);
    } else {
      return ParseStatus::Syntax;
    }
    if (d >= b) return ParseStatus::Syntax;
    if (n >= cutoff) {
      *out = maxVal;
      return ParseStatus::Range;
    }
    n *= b;
    std::uint64_t n1 = n + d;
    if (n1 < n || n1 > maxVal) {
      *out = maxVal;
      return ParseStatus::Range;
    }
    n = n1;
  }
  if (underscores && !underscoreOK(s0)) return ParseStatus::Syntax;
  *out = n;
  return ParseStatus::Ok;
}

ParseStatus parseInt(std::string_view s, int base, int bitSize, std::int64_t* out) {
  *out = 0;
  if (s.empty()) return ParseStatus::Syntax;
  bool neg = false;
  if (s[0] == '+') {
    s.remove_prefix(1);
  } else if (s[0] == '-') {
    neg = true;
    s.remove_prefix(1);
  }
  std::uint64_t un;
  ParseStatus st = parseUint(s, base, bitSize, &un);
  if (st != ParseStatus::Ok && st != ParseStatus::Range) return st;
  if (bitSize == 0) bitSize = 64;
  std::uint64_t cutoff = std::uint64_t{1} << (bitSize - 1);
  if (!neg && un >= cutoff) {
    *out = static_cast<std::int64_t>(cutoff - 1);
    return ParseStatus::Range;
  }
  if (neg && un > cutoff) {
    *out = -static_cast<std::int64_t>(cutoff - 1) - 1;
    return ParseStatus::Range;
  }
  *out = neg ? static_cast<std::int64_t>(0 - un) : static_cast<std::int64_t>(un);
  return ParseStatus::Ok;
}

namespace {

// Length of the common prefix of s and word, ignoring ASCII case.
std::size_t prefixFold(std::string_view s, std::string_view word) {
  std::size_t n = 0;
  while (n < s.size() && n < word.size() && lower(s[n]) == word[n]) n++;
  return n;
}

}  // namespace

ParseStatus parseFloat(std::string_view s, int bitSize, double* out) {
  *out = 0;
  std::string_view body = s;
  bool neg = false;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    neg = body[0] == '-';
    body.remove_prefix(1);
  }
  // Infinity and NaN, in any case.
  if (!body.empty() && (lower(body[0]) == 'i' || lower(body[0]) == 'n')) {
    if (prefixFold(body, "infinity") == 8 && body.size() == 8) {
      *out = neg ? -HUGE_VAL : HUGE_VAL;
      return ParseStatus::Ok;
    }
    if (prefixFold(body, "inf") == 3 && body.size() == 3) {
      *out = neg ? -HUGE_VAL : HUGE_VAL;
      return ParseStatus::Ok;
    }
    if (prefixFold(body, "nan") == 3 && body.size() == 3 && s.size() == 3) {
      *out = std::numeric_limits<double>::quiet_NaN();
      return ParseStatus::Ok;
    }
    return ParseStatus::Syntax;
  }
  // Go's float syntax: digits, optional '.', optional exponent; hex needs a 'p' exponent.
  std::string clean;
  std::size_t i = 0;
  bool hex = false;
  if (body.size() >= 2 && body[0] == '0' && lower(body[1]) == 'x') {
    hex = true;
    i = 2;
    clean = "0x";
  }
  bool sawDigits = false, sawDot = false, underscores = false;
  for (; i < body.size(); i++) {
    char c = body[i];
    if (c == '_') {
      underscores = true;
      continue;
    }
    if (c == '.') {
      if (sawDot) break;
      sawDot = true;
      clean.push_back(c);
      continue;
    }
    bool digit = (c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f');
    if (!digit) break;
    sawDigits = true;
    clean.push_back(c);
  }
  if (!sawDigits) return ParseStatus::Syntax;
  if (i < body.size() && lower(body[i]) == (hex ? 'p' : 'e')) {
    clean.push_back(hex ? 'p' : 'e');
    i++;
    if (i < body.size() && (body[i] == '+' || body[i] == '-')) clean.push_back(body[i++]);
    bool expDigits = false;
    for (; i < body.size(); i++) {
      char c = body[i];
      if (c == '_') {
        underscores = true;
        continue;
      }
      if (c < '0' || c > '9') break;
      expDigits = true;
      clean.push_back(c);
    }
    if (!expDigits) return ParseStatus::Syntax;
  } else if (hex) {
    return ParseStatus::Syntax;
  }
  if (i != body.size()) return ParseStatus::Syntax;
  if (underscores && !underscoreOK(s)) return ParseStatus::Syntax;
  errno = 0;
  double v;
  if (bitSize == 32) {
    float f = std::strtof(clean.c_str(), nullptr);
    v = f;
  } else {
    v = std::strtod(clean.c_str(), nullptr);
  }
  if (neg) v = -v;
  *out = v;
  if (std::isinf(v)) return ParseStatus::Range;
  return ParseStatus::Ok;
}

}  // namespace gomi::stdlib
