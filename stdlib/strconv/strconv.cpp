// stdlib/strconv/strconv.cpp — package strconv. The conversions are natives over conv.cpp that
// return a status code; the Go prelude turns codes into *NumError values with Go's messages.
#include <string>

#include "stdlib/internal/native_util.h"
#include "stdlib/internal/packages.h"
#include "stdlib/internal/unicode_tables.h"
#include "stdlib/strconv/conv.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package strconv

import (
	"errors"
	"unicode/utf8"
)

const IntSize = 64

var ErrRange = errors.New("value out of range")

var ErrSyntax = errors.New("invalid syntax")

type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// numError builds the error for a status code of the natives below.
func numError(fn, s string, code, base, bitSize int) error {
	switch code {
	case 1:
		return &NumError{fn, s, ErrSyntax}
	case 2:
		return &NumError{fn, s, ErrRange}
	case 3:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	}
	return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
}

func parseInt(s string, base int, bitSize int) (int64, int)
func parseUint(s string, base int, bitSize int) (uint64, int)
func parseFloat(s string, bitSize int) (float64, int)

func ParseInt(s string, base int, bitSize int) (int64, error) {
	v, code := parseInt(s, base, bitSize)
	if code != 0 {
		return v, numError("ParseInt", s, code, base, bitSize)
	}
	return v, nil
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, code := parseUint(s, base, bitSize)
	if code != 0 {
		return v, numError("ParseUint", s, code, base, bitSize)
	}
	return v, nil
}

func Atoi(s string) (int, error) {
	v, code := parseInt(s, 10, 0)
	if code != 0 {
		return int(v), numError("Atoi", s, code, 10, 0)
	}
	return int(v), nil
}

func ParseFloat(s string, bitSize int) (float64, error) {
	v, code := parseFloat(s, bitSize)
	if code != 0 {
		return v, numError("ParseFloat", s, code, 10, bitSize)
	}
	return v, nil
}

// ParseComplex: "re", "imi", "re+imi" or "re-imi", optionally in parentheses; each part as
// ParseFloat reads it with half of bitSize. The parts split at the first sign after the start
// that does not follow an exponent letter.
func ParseComplex(s string, bitSize int) (complex128, error) {
	size := 64
	if bitSize == 64 {
		size = 32
	}
	orig := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var pending error
	part := func(p string) (float64, bool) {
		v, code := parseFloat(p, size)
		if code == 2 {
			pending = &NumError{"ParseComplex", orig, ErrRange}
			return v, true
		}
		return v, code == 0
	}
	if len(s) == 0 || s[len(s)-1] != 'i' {
		re, ok := part(s)
		if !ok {
			return 0, &NumError{"ParseComplex", orig, ErrSyntax}
		}
		return complex(re, 0), pending
	}
	body := s[:len(s)-1]
	split := -1
	for k := 1; k < len(body); k++ {
		c := body[k]
		if c != '+' && c != '-' {
			continue
		}
		switch body[k-1] {
		case 'e', 'E', 'p', 'P':
			continue
		}
		split = k
		break
	}
	if split < 0 {
		im, ok := part(body)
		if !ok {
			return 0, &NumError{"ParseComplex", orig, ErrSyntax}
		}
		return complex(0, im), pending
	}
	re, ok1 := part(body[:split])
	im, ok2 := part(body[split:])
	if !ok1 || !ok2 {
		return 0, &NumError{"ParseComplex", orig, ErrSyntax}
	}
	return complex(re, im), pending
}

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func formatInt(i int64, base int) string
func formatUint(i uint64, base int) string

func FormatInt(i int64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	return formatInt(i, base)
}

func FormatUint(i uint64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	return formatUint(i, base)
}
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// FormatComplex: "(re+imi)", each part as FormatFloat with half of bitSize; the imaginary
// part always carries a sign.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	half := bitSize / 2
	re := FormatFloat(real(c), fmt, prec, half)
	im := FormatFloat(imag(c), fmt, prec, half)
	if im[0] != '-' && im[0] != '+' {
		im = "+" + im
	}
	return "(" + re + im + "i)"
}

func Itoa(i int) string {
	return formatInt(int64(i), 10)
}

func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, []byte(FormatInt(i, base))...)
}

func AppendQuote(dst []byte, s string) []byte {
	return append(dst, []byte(Quote(s))...)
}

func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func AppendQuoteToASCII(dst []byte, s string) []byte {
	return append(dst, QuoteToASCII(s)...)
}

func AppendQuoteRune(dst []byte, r rune) []byte {
	return append(dst, QuoteRune(r)...)
}

func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToASCII(r)...)
}

func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return append(dst, QuoteToGraphic(s)...)
}

func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToGraphic(r)...)
}

func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteToGraphic(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func QuoteRuneToGraphic(r rune) string
func CanBackquote(s string) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool

func unhex(b byte) (v rune, ok bool) {
	switch {
	case '0' <= b && b <= '9':
		return rune(b - '0'), true
	case 'a' <= b && b <= 'f':
		return rune(b-'a') + 10, true
	case 'A' <= b && b <= 'F':
		return rune(b-'A') + 10, true
	}
	return 0, false
}

func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		return 0, false, "", ErrSyntax
	}
	c := s[0]
	if c == quote && (quote == '\'' || quote == '"') {
		return 0, false, "", ErrSyntax
	}
	if c >= utf8.RuneSelf {
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	}
	if c != '\\' {
		return rune(c), false, s[1:], nil
	}
	if len(s) < 2 {
		return 0, false, "", ErrSyntax
	}
	c = s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 2
		if c == 'u' {
			n = 4
		} else if c == 'U' {
			n = 8
		}
		if len(s) < n {
			return 0, false, "", ErrSyntax
		}
		var v rune
		for j := 0; j < n; j++ {
			x, ok := unhex(s[j])
			if !ok {
				return 0, false, "", ErrSyntax
			}
			v = v<<4 | x
		}
		s = s[n:]
		if c == 'x' {
			value = v
			break
		}
		if !utf8.ValidRune(v) {
			return 0, false, "", ErrSyntax
		}
		value = v
		multibyte = true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c) - '0'
		if len(s) < 2 {
			return 0, false, "", ErrSyntax
		}
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				return 0, false, "", ErrSyntax
			}
			v = v<<3 | x
		}
		s = s[2:]
		if v > 255 {
			return 0, false, "", ErrSyntax
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			return 0, false, "", ErrSyntax
		}
		value = rune(c)
	default:
		return 0, false, "", ErrSyntax
	}
	return value, multibyte, s, nil
}

func QuotedPrefix(s string) (string, error) {
	if len(s) < 2 {
		return "", ErrSyntax
	}
	q := s[0]
	switch q {
	case '`':
		for i := 1; i < len(s); i++ {
			if s[i] == '`' {
				return s[:i+1], nil
			}
		}
		return "", ErrSyntax
	case '"', '\'':
		rest := s[1:]
		for len(rest) > 0 && rest[0] != q {
			if rest[0] == '\n' {
				return "", ErrSyntax
			}
			_, _, tail, err := UnquoteChar(rest, q)
			if err != nil {
				return "", ErrSyntax
			}
			rest = tail
			if q == '\'' {
				break
			}
		}
		if len(rest) == 0 || rest[0] != q {
			return "", ErrSyntax
		}
		return s[:len(s)-len(rest)+1], nil
	}
	return "", ErrSyntax
}

func unquote(s string) (string, bool)

func Unquote(s string) (string, error) {
	t, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return t, nil
}
)go";

void nParseInt(NativeContext&, const Slot* a, Slot* r) {
  std::int64_t v;
  ParseStatus st =
      parseInt(argStr(a), static_cast<int>(argInt(a + 2)), static_cast<int>(argInt(a + 3)), &v);
  setInt(r, v);
  setInt(r + 1, static_cast<int>(st));
}

void nParseUint(NativeContext&, const Slot* a, Slot* r) {
  std::uint64_t v;
  ParseStatus st =
      parseUint(argStr(a), static_cast<int>(argInt(a + 2)), static_cast<int>(argInt(a + 3)), &v);
  store(r, v);
  setInt(r + 1, static_cast<int>(st));
}

void nParseFloat(NativeContext&, const Slot* a, Slot* r) {
  double v;
  std::int64_t bits = argInt(a + 2);
  ParseStatus st = parseFloat(argStr(a), bits == 32 ? 32 : 64, &v);
  setFloat(r, v);
  setInt(r + 1, static_cast<int>(st));
}

void nFormatInt(NativeContext& ctx, const Slot* a, Slot* r) {
  std::int64_t base = argInt(a + 1);
  std::string s;
  appendInt(s, argInt(a), static_cast<int>(base));
  setStr(r, ctx.newString(s));
}

void nFormatUint(NativeContext& ctx, const Slot* a, Slot* r) {
  std::int64_t base = argInt(a + 1);
  std::string s;
  appendUint(s, load<std::uint64_t>(a), static_cast<int>(base));
  setStr(r, ctx.newString(s));
}

void nFormatFloat(NativeContext& ctx, const Slot* a, Slot* r) {
  double f = argFloat(a);
  char fmt = static_cast<char>(load<std::uint8_t>(a + 1));
  std::int64_t prec = argInt(a + 2);
  std::int64_t bitSize = argInt(a + 3);
  std::string s;
  if (bitSize == 32) f = static_cast<float>(f);
  appendFloat(s, f, fmt, static_cast<int>(prec), bitSize == 32 ? 32 : 64);
  setStr(r, ctx.newString(s));
}

void nQuote(NativeContext& ctx, const Slot* a, Slot* r) {
  std::string s;
  appendQuote(s, argStr(a), QuoteMode::Print);
  setStr(r, ctx.newString(s));
}

void nQuoteToASCII(NativeContext& ctx, const Slot* a, Slot* r) {
  std::string s;
  appendQuote(s, argStr(a), QuoteMode::ASCII);
  setStr(r, ctx.newString(s));
}

void nQuoteToGraphic(NativeContext& ctx, const Slot* a, Slot* r) {
  std::string s;
  appendQuote(s, argStr(a), QuoteMode::Graphic);
  setStr(r, ctx.newString(s));
}

void nQuoteRune(NativeContext& ctx, const Slot* a, Slot* r) {
  std::string s;
  appendQuoteRune(s, load<std::int32_t>(a), QuoteMode::Print);
  setStr(r, ctx.newString(s));
}

void nQuoteRuneToASCII(NativeContext& ctx, const Slot* a, Slot* r) {
  std::string s;
  appendQuoteRune(s, load<std::int32_t>(a), QuoteMode::ASCII);
  setStr(r, ctx.newString(s));
}

void nQuoteRuneToGraphic(NativeContext& ctx, const Slot* a, Slot* r) {
  std::string s;
  appendQuoteRune(s, load<std::int32_t>(a), QuoteMode::Graphic);
  setStr(r, ctx.newString(s));
}

void nCanBackquote(NativeContext&, const Slot* a, Slot* r) {
  setBool(r, canBackquote(argStr(a)));
}

void nIsPrint(NativeContext&, const Slot* a, Slot* r) {
  setBool(r, isPrint(load<std::int32_t>(a)));
}

void nIsGraphic(NativeContext&, const Slot* a, Slot* r) {
  setBool(r, uIsGraphic(load<std::int32_t>(a)));
}

void nUnquote(NativeContext& ctx, const Slot* a, Slot* r) {
  std::string s;
  bool ok = unquote(argStr(a), &s);
  setStr(r, ok ? ctx.newString(s) : GoString{nullptr, 0});
  setBool(r + 2, ok);
}

}  // namespace

StdPackage strconvPackage() {
  return StdPackage{"strconv",
                    "strconv",
                    kPrelude,
                    {
                        {"parseInt", nParseInt},
                        {"parseUint", nParseUint},
                        {"parseFloat", nParseFloat},
                        {"formatInt", nFormatInt},
                        {"formatUint", nFormatUint},
                        {"FormatFloat", nFormatFloat},
                        {"Quote", nQuote},
                        {"QuoteToASCII", nQuoteToASCII},
                        {"QuoteToGraphic", nQuoteToGraphic},
                        {"QuoteRune", nQuoteRune},
                        {"QuoteRuneToASCII", nQuoteRuneToASCII},
                        {"QuoteRuneToGraphic", nQuoteRuneToGraphic},
                        {"CanBackquote", nCanBackquote},
                        {"IsPrint", nIsPrint},
                        {"IsGraphic", nIsGraphic},
                        {"unquote", nUnquote},
                    }};
}

}  // namespace gomi::stdlib
