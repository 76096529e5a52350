package main

import (
	"fmt"
	"io"
)

func show(label string, n int, err error, vals ...any) {
	fmt.Printf("%-30s n=%d err=%v", label, n, err)
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
	var a, b, c int
	var s, t string
	var f float64
	var r rune
	var u8 uint8
	var ok bool
	var bs []byte
	var u uint

	n, err := fmt.Sscanf("3 4", "%d %d", &a, &b)
	show("two ints", n, err, a, b)
	n, err = fmt.Sscanf("3,4", "%d,%d", &a, &b)
	show("comma", n, err, a, b)
	n, err = fmt.Sscanf("3;4", "%d,%d", &a, &b)
	show("mismatch", n, err, a, b)
	n, err = fmt.Sscanf("(1, 2)", "(%d, %d)", &a, &b)
	show("parens", n, err, a, b)
	n, err = fmt.Sscanf("x=10 y=20", "x=%d y=%d", &a, &b)
	show("labels", n, err, a, b)
	n, err = fmt.Sscanf("12345", "%2d%3d", &a, &b)
	show("widths", n, err, a, b)
	n, err = fmt.Sscanf("abcdef", "%3s%s", &s, &t)
	show("string widths", n, err, s, t)
	n, err = fmt.Sscanf("ff 1010 17 FF", "%x %b %o %X", &a, &b, &c, &u)
	show("bases", n, err, a, b, c, u)
	n, err = fmt.Sscanf("U+1F600", "%U", &r)
	show("%U", n, err, r)
	n, err = fmt.Sscanf("1F600", "%U", &r)
	show("%U bad", n, err, r)
	n, err = fmt.Sscanf("héy", "%c%c%c", &r, &a, &u8)
	show("%c", n, err, r, a, u8)
	n, err = fmt.Sscanf(" x", "%c", &r)
	show("%c space", n, err, r)
	n, err = fmt.Sscanf("€", "%c", &u8)
	show("%c overflow", n, err, u8)
	n, err = fmt.Sscanf("3.5 true", "%f %t", &f, &ok)
	show("float bool", n, err, f, ok)
	n, err = fmt.Sscanf("2.5e3", "%g", &f)
	show("%g", n, err, f)
	n, err = fmt.Sscanf("5", "%s", &a)
	show("bad verb int", n, err, a)
	n, err = fmt.Sscanf("5", "%d", &s)
	show("bad verb string", n, err, s)
	n, err = fmt.Sscanf("5", "%d", &f)
	show("bad verb float", n, err, f)
	n, err = fmt.Sscanf("true", "%d", &ok)
	show("bad verb bool", n, err, ok)
	n, err = fmt.Sscanf(`"hi\tthere" rest`, "%q %s", &s, &t)
	show("%q", n, err, s, t)
	n, err = fmt.Sscanf("`raw str`", "%q", &s)
	show("%q raw", n, err, s)
	n, err = fmt.Sscanf(`"open`, "%q", &s)
	show("%q unterminated", n, err, s)
	n, err = fmt.Sscanf("plain", "%q", &s)
	show("%q unquoted", n, err, s)
	n, err = fmt.Sscanf("48656c6c6f", "%x", &s)
	show("%x string", n, err, s)
	n, err = fmt.Sscanf("4869 rest", "%x %s", &bs, &t)
	show("%x bytes", n, err, bs, t)
	n, err = fmt.Sscanf("zz", "%x", &s)
	show("%x none", n, err, s)
	n, err = fmt.Sscanf("4g", "%x", &s)
	show("%x illegal", n, err, s)
	n, err = fmt.Sscanf("50%", "%d%%", &a)
	show("percent", n, err, a)
	n, err = fmt.Sscanf("50 %", "%d %%", &a)
	show("percent space", n, err, a)
	n, err = fmt.Sscanf("50x", "%d%%", &a)
	show("percent missing", n, err, a)
	n, err = fmt.Sscanf("1 2", "%d", &a, &b)
	show("too many operands", n, err, a)
	n, err = fmt.Sscanf("1 2", "%d %d", &a)
	show("too few operands", n, err, a)
	n, err = fmt.Sscanf("1", "%d %d", &a, &b)
	show("input ends", n, err, a, b)
	n, err = fmt.Sscanf("", "%d", &a)
	show("empty input", n, err, a)
	n, err = fmt.Sscanf("1\n2", "%d %d", &a, &b)
	show("newline vs space", n, err, a, b)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &a, &b)
	show("newline matches", n, err, a, b)
	n, err = fmt.Sscanf("1 2", "%d\n%d", &a, &b)
	show("format newline", n, err, a, b)
	n, err = fmt.Sscanf("1  \n  2", "%d \n %d", &a, &b)
	show("spaces around newline", n, err, a, b)
	n, err = fmt.Sscanf("12", "%d %d", &a, &b)
	show("space needs space", n, err, a, b)
	n, err = fmt.Sscanf("1 2", "%d%d", &a, &b)
	show("no space in format", n, err, a, b)
	n, err = fmt.Sscanf("a:b", "%s:%s", &s, &t)
	show("greedy string", n, err, s, t)
	n, err = fmt.Sscanf("5", "%", &a)
	show("lone percent", n, err, a)
	n, err = fmt.Sscanf("5", "%5", &a)
	show("width no verb", n, err, a)
	n, err = fmt.Sscanf("abc", "abd")
	show("literal mismatch", n, err)
	n, err = fmt.Sscanf("ab", "abc")
	show("literal short", n, err)
	n, err = fmt.Sscanf("7 8\n", "%d %d\n", &a, &b)
	show("trailing newline", n, err, a, b)
	n, err = fmt.Sscanf("7\n", "%d", &a)
	show("unmatched trailing newline", n, err, a)
	n, err = fmt.Sscanf("\n7", "%d", &a)
	show("leading newline", n, err, a)
	n, err = fmt.Sscanf("-0x1f", "%v", &a)
	show("%v int", n, err, a)
	n, err = fmt.Sscanf("-0x1f", "%x", &a)
	show("%x with prefix", n, err, a)
}
