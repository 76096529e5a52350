// stdlib/unicode/utf8/utf8.cpp — package unicode/utf8, in Go except the string scans that
// programs run over whole texts (RuneCountInString, ValidString).
#include "stdlib/internal/native_util.h"
#include "stdlib/internal/packages.h"
#include "stdlib/strconv/conv.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}

func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// FullRuneInString reports whether s begins with a whole encoded rune; an invalid prefix
// counts as whole, since decoding it yields a width-1 RuneError.
func FullRuneInString(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	c := s[0]
	size := 0
	switch {
	case c < 0xC2:
		return true
	case c < 0xE0:
		size = 2
	case c < 0xF0:
		size = 3
	case c < 0xF5:
		size = 4
	default:
		return true
	}
	if n >= size {
		return true
	}
	if n > 1 {
		lo, hi := byte(0x80), byte(0xBF)
		switch c {
		case 0xE0:
			lo = 0xA0
		case 0xED:
			hi = 0x9F
		case 0xF0:
			lo = 0x90
		case 0xF4:
			hi = 0x8F
		}
		if s[1] < lo || hi < s[1] {
			return true
		}
	}
	if n > 2 && (s[2] < 0x80 || 0xBF < s[2]) {
		return true
	}
	return false
}

func FullRune(p []byte) bool { return FullRuneInString(string(p)) }

func decode(s string) (rune, int)
func decodeLast(s string) (rune, int)

func DecodeRuneInString(s string) (rune, int) {
	if len(s) > 0 && s[0] < RuneSelf {
		return rune(s[0]), 1
	}
	return decode(s)
}

func DecodeRune(p []byte) (rune, int) {
	if len(p) > 0 && p[0] < RuneSelf {
		return rune(p[0]), 1
	}
	return decode(string(p))
}

func DecodeLastRuneInString(s string) (rune, int) {
	return decodeLast(s)
}

func DecodeLastRune(p []byte) (rune, int) {
	return decodeLast(string(p))
}

func RuneCountInString(s string) int
func ValidString(s string) bool

func RuneCount(p []byte) int {
	return RuneCountInString(string(p))
}

func Valid(p []byte) bool {
	return ValidString(string(p))
}

func EncodeRune(p []byte, r rune) int {
	if r >= 0 && r < 0x80 {
		p[0] = byte(r)
		return 1
	}
	if r < 0x800 && r >= 0 {
		_ = p[1]
		p[0] = byte(0xC0 | r>>6)
		p[1] = byte(0x80 | r&0x3F)
		return 2
	}
	if r > MaxRune || r < 0 || (surrogateMin <= r && r <= surrogateMax) {
		r = RuneError
	}
	if r <= 0xFFFF {
		_ = p[2]
		p[0] = byte(0xE0 | r>>12)
		p[1] = byte(0x80 | (r>>6)&0x3F)
		p[2] = byte(0x80 | r&0x3F)
		return 3
	}
	_ = p[3]
	p[0] = byte(0xF0 | r>>18)
	p[1] = byte(0x80 | (r>>12)&0x3F)
	p[2] = byte(0x80 | (r>>6)&0x3F)
	p[3] = byte(0x80 | r&0x3F)
	return 4
}

func AppendRune(p []byte, r rune) []byte {
	var tmp [4]byte
	n := EncodeRune(tmp[:], r)
	return append(p, tmp[:n]...)
}
)go";

void nDecode(NativeContext&, const Slot* a, Slot* r) {
  int sz;
  std::int32_t c = decodeRune(argStr(a), &sz);
  setInt(r, c);
  setInt(r + 1, sz);
}

void nDecodeLast(NativeContext&, const Slot* a, Slot* r) {
  int sz;
  std::int32_t c = decodeLastRune(argStr(a), &sz);
  setInt(r, c);
  setInt(r + 1, sz);
}

void nRuneCountInString(NativeContext&, const Slot* a, Slot* r) {
  setInt(r, runeCount(argStr(a)));
}

void nValidString(NativeContext&, const Slot* a, Slot* r) {
  std::string_view s = argStr(a);
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      i++;
      continue;
    }
    int sz;
    std::int32_t c = decodeRune(s.substr(i), &sz);
    if (c == kRuneError && sz == 1) {
      setBool(r, false);
      return;
    }
    i += static_cast<std::size_t>(sz);
  }
  setBool(r, true);
}

}  // namespace

StdPackage utf8Package() {
  return StdPackage{"unicode/utf8",
                    "utf8",
                    kPrelude,
                    {
                        {"decode", nDecode},
                        {"decodeLast", nDecodeLast},
                        {"RuneCountInString", nRuneCountInString},
                        {"ValidString", nValidString},
                    }};
}

}  // namespace gomi::stdlib
