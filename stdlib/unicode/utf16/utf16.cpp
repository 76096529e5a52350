// stdlib/unicode/utf16/utf16.cpp — package unicode/utf16, in Go. Encode and Decode allocate
// the capacities Go allocates (Encode: one extra element per rune >= U+10000, even an invalid
// one; Decode: one rune per input unit), so cap() of their results agrees with Go.
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package utf16

const (
	replacement = '\uFFFD'
	highFirst   = 0xd800
	lowFirst    = 0xdc00
	lowEnd      = 0xe000
	planeOne    = 0x10000
	lastRune    = '\U0010FFFF'
)

func IsSurrogate(r rune) bool {
	return r >= highFirst && r < lowEnd
}

func DecodeRune(r1, r2 rune) rune {
	if r1 >= highFirst && r1 < lowFirst && r2 >= lowFirst && r2 < lowEnd {
		return planeOne + (r1-highFirst)<<10 | (r2 - lowFirst)
	}
	return replacement
}

func EncodeRune(r rune) (r1, r2 rune) {
	if r < planeOne || r > lastRune {
		return replacement, replacement
	}
	r -= planeOne
	return highFirst + r>>10&0x3ff, lowFirst + r&0x3ff
}

func Encode(s []rune) []uint16 {
	n := len(s)
	for _, r := range s {
		if r >= planeOne {
			n++
		}
	}
	out := make([]uint16, n)
	k := 0
	for _, r := range s {
		if r >= planeOne && r <= lastRune {
			r1, r2 := EncodeRune(r)
			out[k] = uint16(r1)
			out[k+1] = uint16(r2)
			k += 2
			continue
		}
		if r < 0 || r > lastRune || (r >= highFirst && r < lowEnd) {
			r = replacement
		}
		out[k] = uint16(r)
		k++
	}
	return out[:k]
}

func Decode(s []uint16) []rune {
	out := make([]rune, len(s))
	k := 0
	for i := 0; i < len(s); i++ {
		u := rune(s[i])
		switch {
		case u < highFirst || u >= lowEnd:
			out[k] = u
		case u < lowFirst && i+1 < len(s) && s[i+1] >= lowFirst && s[i+1] < lowEnd:
			out[k] = DecodeRune(u, rune(s[i+1]))
			i++
		default:
			out[k] = replacement
		}
		k++
	}
	return out[:k]
}
)go";

}  // namespace

StdPackage utf16Package() {
  return StdPackage{"unicode/utf16", "utf16", kPrelude, {}};
}

}  // namespace gomi::stdlib
