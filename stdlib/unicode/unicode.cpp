// stdlib/unicode/unicode.cpp — package unicode: character classes and case mapping over
// stdlib/internal/unicode_tables (exact for Latin-1, best effort beyond).
#include "stdlib/internal/native_util.h"
#include "stdlib/internal/packages.h"
#include "stdlib/internal/unicode_tables.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsTitle(r rune) bool
func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsSpace(r rune) bool
func IsPunct(r rune) bool
func IsControl(r rune) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool
func IsSymbol(r rune) bool
func IsMark(r rune) bool
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func SimpleFold(r rune) rune
)go";

std::int32_t rn(const Slot* a) {
  return load<std::int32_t>(a);
}

bool isSymbol(std::int32_t r) {
  if (r < 0x80) {
    switch (r) {
      case '$':
      case '+':
      case '<':
      case '=':
      case '>':
      case '^':
      case '`':
      case '|':
      case '~':
        return true;
      default:
        return false;
    }
  }
  if (r < 0x100)
    return r == 0xA2 || r == 0xA3 || r == 0xA4 || r == 0xA5 || r == 0xA6 || r == 0xA8 ||
           r == 0xA9 || r == 0xAC || r == 0xAE || r == 0xAF || r == 0xB0 || r == 0xB1 ||
           r == 0xB4 || r == 0xB8 || r == 0xD7 || r == 0xF7;
  return (r >= 0x2190 && r <= 0x23FF) || (r >= 0x2500 && r <= 0x27BF) ||
         (r >= 0x20A0 && r <= 0x20C0);
}

bool isNumber(std::int32_t r) {
  if (uIsDigit(r)) return true;
  return r == 0xB2 || r == 0xB3 || r == 0xB9 || r == 0xBC || r == 0xBD || r == 0xBE ||
         (r >= 0x2150 && r <= 0x2189) || (r >= 0x2460 && r <= 0x249B);
}

bool isMark(std::int32_t r) {
  return (r >= 0x300 && r <= 0x36F) || (r >= 0x483 && r <= 0x489);
}

bool isControl(std::int32_t r) {
  return (r >= 0 && r < 0x20) || (r >= 0x7F && r <= 0x9F);
}

bool isGraphic(std::int32_t r) {
  if (r == ' ') return true;
  if (uIsSpace(r))
    return r == 0xA0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x202F || r == 0x205F ||
           r == 0x3000;
  return uIsLetter(r) || isNumber(r) || uIsPunct(r) || isSymbol(r) || isMark(r);
}

bool isPrint(std::int32_t r) {
  if (r == ' ') return true;
  if (uIsSpace(r)) return false;
  return isGraphic(r);
}

void nIsUpper(NativeContext&, const Slot* a, Slot* r) {
  setBool(r, uIsUpper(rn(a)));
}
void nIsLower(NativeContext&, const Slot* a, Slot* r) {
  setBool(r, uIsLower(rn(a)));
}
void nIsTitle(NativeContext&, const Slot* a, Slot* r) {
  std::int32_t c = rn(a);
  setBool(r, c == 0x1C5 || c == 0x1C8 || c == 0x1CB || c == 0x1F2);
}
void nIsLetter(NativeContext&, const Slot* a, Slot* r) {
  setBool(r, uIsLetter(rn(a)));
}
void nIsDigit(NativeContext&, const Slot* a, Slot* r) {
  setBool(r, uIsDigit(rn(a)));
}
void nIsNumber(NativeContext&, const Slot* a, Slot* r) {
  setBool(r, isNumber(rn(a)));
}
void nIsSpace(NativeContext&, const Slot* a, Slot* r) {
  setBool(r, uIsSpace(rn(a)));
}
void nIsPunct(NativeContext&, const Slot* a, Slot* r) {
  setBool(r, uIsPunct(rn(a)));
}
void nIsControl(NativeContext&, const Slot* a, Slot* r) {
  setBool(r, isControl(rn(a)));
}
void nIsPrint(NativeContext&, const Slot* a, Slot* r) {
  setBool(r, isPrint(rn(a)));
}
void nIsGraphic(NativeContext&, const Slot* a, Slot* r) {
  setBool(r, isGraphic(rn(a)));
}
void nIsSymbol(NativeContext&, const Slot* a, Slot* r) {
  setBool(r, isSymbol(rn(a)));
}
void nIsMark(NativeContext&, const Slot* a, Slot* r) {
  setBool(r, isMark(rn(a)));
}
void nToUpper(NativeContext&, const Slot* a, Slot* r) {
  setInt(r, uToUpper(rn(a)));
}
void nToLower(NativeContext&, const Slot* a, Slot* r) {
  setInt(r, uToLower(rn(a)));
}
void nToTitle(NativeContext&, const Slot* a, Slot* r) {
  setInt(r, uToTitle(rn(a)));
}
void nSimpleFold(NativeContext&, const Slot* a, Slot* r) {
  setInt(r, uSimpleFold(rn(a)));
}

}  // namespace

StdPackage unicodePackage() {
  return StdPackage{"unicode",
                    "unicode",
                    kPrelude,
                    {
                        {"IsUpper", nIsUpper},
                        {"IsLower", nIsLower},
                        {"IsTitle", nIsTitle},
                        {"IsLetter", nIsLetter},
                        {"IsDigit", nIsDigit},
                        {"IsNumber", nIsNumber},
                        {"IsSpace", nIsSpace},
                        {"IsPunct", nIsPunct},
                        {"IsControl", nIsControl},
                        {"IsPrint", nIsPrint},
                        {"IsGraphic", nIsGraphic},
                        {"IsSymbol", nIsSymbol},
                        {"IsMark", nIsMark},
                        {"ToUpper", nToUpper},
                        {"ToLower", nToLower},
                        {"ToTitle", nToTitle},
                        {"SimpleFold", nSimpleFold},
                    }};
}

}  // namespace gomi::stdlib
