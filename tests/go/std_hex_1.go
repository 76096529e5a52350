package main

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
)

type limited struct {
	n int
}

func (l *limited) Write(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, errors.New("limit")
	}
	l.n--
	return len(p), nil
}

func main() {
	fmt.Println(hex.EncodeToString([]byte("Hello Gopher!")), hex.EncodeToString(nil) == "")
	fmt.Println(hex.EncodedLen(5), hex.DecodedLen(5), hex.DecodedLen(6))
	for _, s := range []string{"", "48656c6c6f", "48656C6C6F", "4865zz", "486", "48z", "zz", "4g", "g4",
		"0", "abcdefABCDEF0123456789", "é1", "12\xff3", "1 2"} {
		b, err := hex.DecodeString(s)
		fmt.Printf("%q -> %q %d %v\n", s, b, cap(b), err)
		var ib hex.InvalidByteError
		if errors.As(err, &ib) {
			fmt.Printf("  invalid byte %d\n", byte(ib))
		}
		if err == hex.ErrLength {
			fmt.Println("  ErrLength")
		}
	}
	dst := make([]byte, 8)
	n := hex.Encode(dst, []byte{0xde, 0xad, 0xbe, 0xef})
	fmt.Println(n, string(dst))
	out := make([]byte, 3)
	n, err := hex.Decode(out, []byte("a1b2c3"))
	fmt.Println(n, err, out)
	n, err = hex.Decode(out, []byte("a1b2x3"))
	fmt.Println(n, err, out)
	fmt.Println(hex.InvalidByteError('\n'), hex.InvalidByteError(0xff), hex.InvalidByteError('Z'))

	fmt.Print(hex.Dump([]byte("The quick brown fox jumps over the lazy dog.\x00\x01\x7f\x80\xff")))
	fmt.Printf("%q\n", hex.Dump(nil))
	for _, k := range []int{1, 7, 8, 9, 15, 16, 17, 32} {
		fmt.Print(hex.Dump(bytes.Repeat([]byte{'A' + byte(k)}, k)))
	}

	var sb strings.Builder
	d := hex.Dumper(&sb)
	d.Write([]byte("abc"))
	d.Write([]byte("defghijklmnopqrstu"))
	fmt.Println(d.Close(), d.Close())
	_, err = d.Write([]byte("x"))
	fmt.Println(err)
	fmt.Print(sb.String())
	l := &limited{n: 5}
	d = hex.Dumper(l)
	n, err = d.Write([]byte("0123456789"))
	fmt.Println(n, err)

	var buf bytes.Buffer
	e := hex.NewEncoder(&buf)
	n, err = e.Write([]byte("streamed"))
	fmt.Println(n, err, buf.String())
	big := bytes.Repeat([]byte{0xab}, 1500)
	n, err = e.Write(big)
	fmt.Println(n, err, buf.Len())

	r := hex.NewDecoder(strings.NewReader("48656c6c6f20776f726c64"))
	all, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	r = hex.NewDecoder(strings.NewReader("48656c6c6f2"))
	all, err = io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	r = hex.NewDecoder(strings.NewReader("48656c6c6fz"))
	all, err = io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	r = hex.NewDecoder(strings.NewReader("4865xx6c6f"))
	p := make([]byte, 1)
	for i := 0; i < 4; i++ {
		n, err := r.Read(p)
		fmt.Println(n, err, p)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		hex.Encode(make([]byte, 3), []byte{1, 2})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		hex.Decode(make([]byte, 1), []byte("0102"))
	}()
}
