package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos] + "…"
		}
		i++
	}
	return s
}

func sanitize(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteString("?")
		} else {
			b.WriteRune(r)
		}
		i += size
	}
	return b.String()
}

func main() {
	for _, s := range []string{"hello world", "héllo wörld", "日本語のテキスト", "ab"} {
		fmt.Println(truncateRunes(s, 5), utf8.RuneCountInString(s), len(s))
	}
	fmt.Println(sanitize("ok"), sanitize("bad\xffbyte\xfe!"), sanitize("\xe6\x97"))
	widths := map[int]int{}
	for _, r := range "aé中🙂b€" {
		widths[utf8.RuneLen(r)]++
	}
	fmt.Println(widths)
	var buf []byte
	for _, r := range []rune{'G', 'ö', '界', '🎉'} {
		b := make([]byte, utf8.RuneLen(r))
		utf8.EncodeRune(b, r)
		buf = append(buf, b...)
		fmt.Printf("%c %U % x\n", r, r, b)
	}
	fmt.Println(string(buf), utf8.Valid(buf), utf8.RuneCount(buf))
	s := "€uro"
	r, size := utf8.DecodeRuneInString(s)
	fmt.Println(string(r), size, s[size:])
	r, size = utf8.DecodeLastRune([]byte(s))
	fmt.Println(string(r), size)
	fmt.Println(utf8.RuneLen(utf8.MaxRune), utf8.RuneLen(0x7F), utf8.RuneLen(0x80), utf8.RuneLen(0x7FF), utf8.RuneLen(0x800), utf8.RuneLen(0xFFFF), utf8.RuneLen(0x10000))
}
