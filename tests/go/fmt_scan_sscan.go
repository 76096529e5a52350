package main

import (
	"fmt"
	"io"
)

type Celsius float64
type Name string
type Small int8
type Blob []byte
type Point struct{ X, Y int }

func show(label string, n int, err error, vals ...any) {
	fmt.Printf("%-28s n=%d err=%v", label, n, err)
	if err == io.EOF {
		fmt.Print(" (io.EOF)")
	}
	if err == io.ErrUnexpectedEOF {
		fmt.Print(" (io.ErrUnexpectedEOF)")
	}
	for _, v := range vals {
		fmt.Printf(" %#v", v)
	}
	fmt.Println()
}

func main() {
	var a, b int
	var s string
	var f float64
	var f32 float32
	var ok bool
	var u uint
	var i8 int8
	var u8 uint8
	var i64 int64
	var u16 uint16
	var bs []byte

	n, err := fmt.Sscan("12 34", &a, &b)
	show("two ints", n, err, a, b)
	n, err = fmt.Sscan("  7\n\n  -8  ", &a, &b)
	show("newlines are spaces", n, err, a, b)
	n, err = fmt.Sscan("hello 3.25 true", &s, &f, &ok)
	show("string float bool", n, err, s, f, ok)
	n, err = fmt.Sscan("5", &a, &b)
	show("too short", n, err, a, b)
	n, err = fmt.Sscan("", &a)
	show("empty", n, err, a)
	n, err = fmt.Sscan("   ", &a)
	show("only spaces", n, err, a)
	n, err = fmt.Sscan("abc", &a)
	show("not a number", n, err, a)
	n, err = fmt.Sscan("12abc", &a, &s)
	show("number then word", n, err, a, s)
	n, err = fmt.Sscan("300", &i8)
	show("int8 overflow", n, err, i8)
	n, err = fmt.Sscan("-128 255", &i8, &u8)
	show("int8 uint8 limits", n, err, i8, u8)
	n, err = fmt.Sscan("256", &u8)
	show("uint8 overflow", n, err, u8)
	n, err = fmt.Sscan("-5", &u)
	show("negative uint", n, err, u)
	n, err = fmt.Sscan("99999999999999999999", &i64)
	show("int64 out of range", n, err, i64)
	n, err = fmt.Sscan("0x1F 0b101 0o17 017 1_000", &a, &b, &u, &u16, &i64)
	show("prefixes", n, err, a, b, u, u16, i64)
	n, err = fmt.Sscan("+42", &a)
	show("plus sign", n, err, a)
	n, err = fmt.Sscan("1e3 -2.5E-2 0x1p4 1.5p3", &f, &f32, &i64, &s)
	show("floats", n, err, f, f32, i64, s)
	n, err = fmt.Sscan("inf -Inf NaN", &f, &f32, &f)
	show("inf nan", n, err, f32)
	n, err = fmt.Sscan("1.5p3", &f)
	show("decimal p exponent", n, err, f)
	n, err = fmt.Sscan("x", &f)
	show("bad float", n, err, f)
	n, err = fmt.Sscan("1e400", &f)
	show("float range", n, err, f)
	n, err = fmt.Sscan("3.5e38 4e38", &f32, &f32)
	show("float32 range", n, err, f32)
	n, err = fmt.Sscan("T F 1 0 true false TRUE", &ok, &ok, &ok, &ok, &ok, &ok, &ok)
	show("bools", n, err, ok)
	n, err = fmt.Sscan("tru", &ok)
	show("bad bool", n, err, ok)
	n, err = fmt.Sscan("yes", &ok)
	show("yes bool", n, err, ok)
	n, err = fmt.Sscan("bytes here", &bs, &s)
	show("[]byte", n, err, bs, s)
	n, err = fmt.Sscan("héllo wörld", &s, &bs)
	show("utf8 words", n, err, s, bs)
	n, err = fmt.Sscan("1\u00a02\u20003", &a, &b, &u)
	show("unicode spaces", n, err, a, b, u)
	n, err = fmt.Sscan("1\r\n2", &a, &b)
	show("crlf", n, err, a, b)

	var c Celsius
	var nm Name
	var sm Small
	var blob Blob
	n, err = fmt.Sscan("36.6 bob 100 xyz", &c, &nm, &sm, &blob)
	show("named types", n, err, c, nm, sm, blob)
	n, err = fmt.Sscan("200", &sm)
	show("named overflow", n, err, sm)
	n, err = fmt.Sscan("1", a)
	show("not a pointer", n, err)
	var p Point
	n, err = fmt.Sscan("1", &p)
	show("struct pointer", n, err)
	var ip *int
	n, err = fmt.Sscan("1", &ip)
	show("pointer to pointer", n, err)
	var r rune
	n, err = fmt.Sscan("65", &r)
	show("rune as number", n, err, r)

	// Sscanln
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	show("ln two", n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	show("ln early newline", n, err, a, b)
	n, err = fmt.Sscanln("1 2 3", &a, &b)
	show("ln extra", n, err, a, b)
	n, err = fmt.Sscanln("1 2   \n", &a, &b)
	show("ln trailing space", n, err, a, b)
	n, err = fmt.Sscanln("", &a)
	show("ln empty", n, err, a)
	n, err = fmt.Sscanln("\n", &a)
	show("ln newline only", n, err, a)
	n, err = fmt.Sscanln("4", &a, &b)
	show("ln short", n, err, a, b)
	n, err = fmt.Sscanln("x y", &s)
	show("ln expected newline", n, err, s)
	n, err = fmt.Sscanln("  word\r\n", &s)
	show("ln crlf", n, err, s)
	n, err = fmt.Sscanln("")
	show("ln no operands", n, err)
	n, err = fmt.Sscan("")
	show("no operands", n, err)
}
