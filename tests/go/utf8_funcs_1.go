package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'a', 'é', '世', '🙂', -1, 0x10FFFF, 0x110000, 0xD800} {
		fmt.Println(r, utf8.RuneLen(r), utf8.ValidRune(r))
	}
	s := "héllo, 世界 🙂"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Print(string(r), ":", size, " ")
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeRuneInString("")
	fmt.Println(r, size, r == utf8.RuneError)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r, size)
	r, size = utf8.DecodeLastRuneInString("abc世")
	fmt.Println(string(r), size)
	buf := make([]byte, 4)
	for _, r := range []rune{'A', 'ß', '€', '𝄞'} {
		n := utf8.EncodeRune(buf, r)
		fmt.Println(n, buf[:n])
	}
	fmt.Println(utf8.ValidString("hello"), utf8.ValidString("a\xffb"), utf8.Valid([]byte{0xe4, 0xb8}))
	fmt.Println(utf8.RuneError, utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.RuneStart(0x80))
	out := utf8.AppendRune(nil, '世')
	fmt.Println(out, len(out))
}
