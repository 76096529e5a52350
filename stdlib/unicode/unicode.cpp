// stdlib/unicode/unicode.cpp — package unicode: character classes, range tables and case
// mapping over the tables generated from Go's own (stdlib/internal/unicode_tables.h).
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

const Version = "13.0.0"

const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

const UpperLower = MaxRune + 1

type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// A RangeTable from this package names one of gomi's built-in tables (id > 0, looked up
// natively); one a program builds itself is searched through R16 and R32 as in Go.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
	id          int
}

func tableID(name string) int
func inTable(id int, r rune) bool

var (
	C = &RangeTable{id: tableID("C")}
	Cc = &RangeTable{id: tableID("Cc")}
	Cf = &RangeTable{id: tableID("Cf")}
	Co = &RangeTable{id: tableID("Co")}
	Cs = &RangeTable{id: tableID("Cs")}
	L = &RangeTable{id: tableID("L")}
	Ll = &RangeTable{id: tableID("Ll")}
	Lm = &RangeTable{id: tableID("Lm")}
	Lo = &RangeTable{id: tableID("Lo")}
	Lt = &RangeTable{id: tableID("Lt")}
	Lu = &RangeTable{id: tableID("Lu")}
	M = &RangeTable{id: tableID("M")}
	Mc = &RangeTable{id: tableID("Mc")}
	Me = &RangeTable{id: tableID("Me")}
	Mn = &RangeTable{id: tableID("Mn")}
	N = &RangeTable{id: tableID("N")}
	Nd = &RangeTable{id: tableID("Nd")}
	Nl = &RangeTable{id: tableID("Nl")}
	No = &RangeTable{id: tableID("No")}
	P = &RangeTable{id: tableID("P")}
	Pc = &RangeTable{id: tableID("Pc")}
	Pd = &RangeTable{id: tableID("Pd")}
	Pe = &RangeTable{id: tableID("Pe")}
	Pf = &RangeTable{id: tableID("Pf")}
	Pi = &RangeTable{id: tableID("Pi")}
	Po = &RangeTable{id: tableID("Po")}
	Ps = &RangeTable{id: tableID("Ps")}
	S = &RangeTable{id: tableID("S")}
	Sc = &RangeTable{id: tableID("Sc")}
	Sk = &RangeTable{id: tableID("Sk")}
	Sm = &RangeTable{id: tableID("Sm")}
	So = &RangeTable{id: tableID("So")}
	Z = &RangeTable{id: tableID("Z")}
	Zl = &RangeTable{id: tableID("Zl")}
	Zp = &RangeTable{id: tableID("Zp")}
	Zs = &RangeTable{id: tableID("Zs")}
	White_Space = &RangeTable{id: tableID("White_Space")}
	Hex_Digit = &RangeTable{id: tableID("Hex_Digit")}
	ASCII_Hex_Digit = &RangeTable{id: tableID("ASCII_Hex_Digit")}
	Dash = &RangeTable{id: tableID("Dash")}
	Hyphen = &RangeTable{id: tableID("Hyphen")}
	Quotation_Mark = &RangeTable{id: tableID("Quotation_Mark")}
	Terminal_Punctuation = &RangeTable{id: tableID("Terminal_Punctuation")}
	Ideographic = &RangeTable{id: tableID("Ideographic")}
	Latin = &RangeTable{id: tableID("Latin")}
	Greek = &RangeTable{id: tableID("Greek")}
	Cyrillic = &RangeTable{id: tableID("Cyrillic")}
	Armenian = &RangeTable{id: tableID("Armenian")}
	Hebrew = &RangeTable{id: tableID("Hebrew")}
	Arabic = &RangeTable{id: tableID("Arabic")}
	Devanagari = &RangeTable{id: tableID("Devanagari")}
	Thai = &RangeTable{id: tableID("Thai")}
	Georgian = &RangeTable{id: tableID("Georgian")}
	Hangul = &RangeTable{id: tableID("Hangul")}
	Hiragana = &RangeTable{id: tableID("Hiragana")}
	Katakana = &RangeTable{id: tableID("Katakana")}
	Han = &RangeTable{id: tableID("Han")}
	Common = &RangeTable{id: tableID("Common")}
	Inherited = &RangeTable{id: tableID("Inherited")}
	Other = C
	Control = Cc
	Letter = L
	Lower = Ll
	Title = Lt
	Upper = Lu
	Mark = M
	Number = N
	Digit = Nd
	Punct = P
	Symbol = S
	Space = Z
)

var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}
var PrintRanges = []*RangeTable{L, M, N, P, S}

func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab.id > 0 {
		return inTable(rangeTab.id, r)
	}
	u := uint32(r)
	for _, rg := range rangeTab.R16 {
		if u < uint32(rg.Lo) {
			return false
		}
		if u <= uint32(rg.Hi) {
			return rg.Stride == 1 || (u-uint32(rg.Lo))%uint32(rg.Stride) == 0
		}
	}
	for _, rg := range rangeTab.R32 {
		if u < rg.Lo {
			return false
		}
		if u <= rg.Hi {
			return rg.Stride == 1 || (u-rg.Lo)%rg.Stride == 0
		}
	}
	return false
}

func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

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

func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}
)go";

std::int32_t rn(const Slot* a) {
  return load<std::int32_t>(a);
}

// Table ids are 1-based indices into kUnicodeTables (0 marks a program-built RangeTable).
void nTableID(NativeContext&, const Slot* a, Slot* r) {
  setInt(r, uTableIndex(argStr(a)) + 1);
}
void nInTable(NativeContext&, const Slot* a, Slot* r) {
  std::int64_t id = argInt(a);
  bool in = id > 0 && static_cast<std::size_t>(id) <= kUnicodeTableCount &&
            uInTable(kUnicodeTables[id - 1], load<std::int32_t>(a + 1));
  setBool(r, in);
}

#define GOMI_PREDICATE(Name, fn)                         \
  void n##Name(NativeContext&, const Slot* a, Slot* r) { \
    setBool(r, fn(rn(a)));                               \
  }
GOMI_PREDICATE(IsUpper, uIsUpper)
GOMI_PREDICATE(IsLower, uIsLower)
GOMI_PREDICATE(IsTitle, uIsTitle)
GOMI_PREDICATE(IsLetter, uIsLetter)
GOMI_PREDICATE(IsDigit, uIsDigit)
GOMI_PREDICATE(IsNumber, uIsNumber)
GOMI_PREDICATE(IsSpace, uIsSpace)
GOMI_PREDICATE(IsPunct, uIsPunct)
GOMI_PREDICATE(IsControl, uIsControl)
GOMI_PREDICATE(IsPrint, uIsPrint)
GOMI_PREDICATE(IsGraphic, uIsGraphic)
GOMI_PREDICATE(IsSymbol, uIsSymbol)
GOMI_PREDICATE(IsMark, uIsMark)
#undef GOMI_PREDICATE

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
  return StdPackage{
      "unicode",
      "unicode",
      kPrelude,
      {
          {"tableID", nTableID},       {"inTable", nInTable},     {"IsUpper", nIsUpper},
          {"IsLower", nIsLower},       {"IsTitle", nIsTitle},     {"IsLetter", nIsLetter},
          {"IsDigit", nIsDigit},       {"IsNumber", nIsNumber},   {"IsSpace", nIsSpace},
          {"IsPunct", nIsPunct},       {"IsControl", nIsControl}, {"IsPrint", nIsPrint},
          {"IsGraphic", nIsGraphic},   {"IsSymbol", nIsSymbol},   {"IsMark", nIsMark},
          {"ToUpper", nToUpper},       {"ToLower", nToLower},     {"ToTitle", nToTitle},
          {"SimpleFold", nSimpleFold},
      }};
}

}  // namespace gomi::stdlib
