package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	runes := []rune{'a', 'é', 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000,
		0x1f600, 0x10ffff, 0x110000, -1, 0x7fffffff}
	for _, r := range runes {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Printf("%#x: surrogate=%v encode=(%#x, %#x) back=%#x\n", r, utf16.IsSurrogate(r), r1, r2, utf16.DecodeRune(r1, r2))
	}
	e := utf16.Encode(runes)
	fmt.Printf("%#x len=%d cap=%d\n", e, len(e), cap(e))
	d := utf16.Decode(e)
	fmt.Printf("%#x len=%d cap=%d\n", d, len(d), cap(d))
	s := "Hello, 世界! 😀🎉"
	u := utf16.Encode([]rune(s))
	fmt.Println(u, len(u), cap(u))
	fmt.Println(string(utf16.Decode(u)))
	bad := []uint16{0xd800, 0x41, 0xdc00, 0xd83d, 0xde00, 0xd83d, 0xd83d, 0xde00, 0xd800}
	dr := utf16.Decode(bad)
	fmt.Printf("%q %d %d\n", string(dr), len(dr), cap(dr))
	fmt.Println(utf16.Encode(nil) == nil, len(utf16.Encode(nil)), utf16.Decode(nil) == nil, len(utf16.Decode([]uint16{})))
	fmt.Println(utf16.DecodeRune(0xd800, 0x41), utf16.DecodeRune(0x41, 0xdc00), utf16.DecodeRune(0xdc00, 0xd800))
}
