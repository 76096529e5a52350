package main

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	encs := []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding}
	names := []string{"std", "url", "rawstd", "rawurl"}
	inputs := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xfb\xff\xfe", "any carnal pleas",
		"Man is distinguished, not only by his reason"}
	for i, e := range encs {
		fmt.Println("==", names[i])
		for _, s := range inputs {
			enc := e.EncodeToString([]byte(s))
			dec, err := e.DecodeString(enc)
			fmt.Printf("%q -> %q (%d %d) -> %q %v\n", s, enc, e.EncodedLen(len(s)), e.DecodedLen(len(enc)), dec, err)
		}
	}
	bad := []string{"A", "AB", "ABC", "ABCD", "AB==", "ABC=", "A===", "AB=", "AB=C", "ABCD=", "ABCD==",
		"AB==CD", "AB==\n", "AB\n==", "AB=\n=", "A\nB\nC\nD", "\n\n", "ABCDEFG=", "ABCDEFGH", "AB!D",
		"ABCDEFGHIJK!", "ABCDE", "ABCDEF", "ABCDEFG", "=", "==", "A=", "AB=\r\n", "AB==x", "QUJD\r\nREVG",
		"SGVsbG8sIHdvcmxkIQ==", "SGVsbG8sIHdvcmxkIQ", "SGVsbG8sIHdvcmxkIR==", "SGVsbG8sIHdvcmxkIT="}
	for _, s := range bad {
		fmt.Printf("%q:", s)
		for _, e := range encs {
			d, err := e.DecodeString(s)
			fmt.Printf(" [%q %v]", d, err)
		}
		sd, err := base64.StdEncoding.Strict().DecodeString(s)
		fmt.Printf(" strict[%q %v]\n", sd, err)
	}
	var cie base64.CorruptInputError
	_, err := base64.StdEncoding.DecodeString("ab!d")
	fmt.Println(errors.As(err, &cie), int64(cie), base64.CorruptInputError(42))

	// Bytes past the returned count, as Go's fast paths leave them.
	dst := bytes.Repeat([]byte{0xee}, 20)
	n, err := base64.StdEncoding.Decode(dst, []byte("QUJDREVGR0hJSktM"))
	fmt.Println(n, err, dst)
	dst = bytes.Repeat([]byte{0xee}, 20)
	n, err = base64.StdEncoding.Decode(dst, []byte("QUJDREVGR0g="))
	fmt.Println(n, err, dst)
	dst = bytes.Repeat([]byte{0xee}, 20)
	n, err = base64.StdEncoding.Decode(dst, []byte("QUJD!EVGR0g="))
	fmt.Println(n, err, dst)
	dst = bytes.Repeat([]byte{0xee}, 7)
	n, err = base64.RawStdEncoding.Decode(dst, []byte("QUJDREVGSA"))
	fmt.Println(n, err, dst)
	func() {
		defer func() { fmt.Println("recovered:", recover(), dst) }()
		dst = bytes.Repeat([]byte{0xee}, 5)
		base64.RawStdEncoding.Decode(dst, []byte("QUJDREVG"))
	}()
	out := make([]byte, 9)
	base64.StdEncoding.Encode(out[1:], []byte("hi"))
	fmt.Println(out)

	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/")
	c := custom.EncodeToString([]byte("custom!"))
	d, err := custom.DecodeString(c)
	fmt.Println(c, string(d), err)
	star := base64.StdEncoding.WithPadding('*')
	c = star.EncodeToString([]byte("x"))
	d, err = star.DecodeString(c)
	fmt.Println(c, string(d), err)
	_, err = star.DecodeString("eA==")
	fmt.Println(err)
	for _, f := range []func(){
		func() { base64.NewEncoding("abc") },
		func() { base64.NewEncoding(strings.Repeat("a", 63) + "\n") },
		func() { base64.StdEncoding.WithPadding('A') },
		func() { base64.StdEncoding.WithPadding('\n') },
		func() { base64.StdEncoding.WithPadding(0x100) },
		func() { base64.StdEncoding.Encode(make([]byte, 3), []byte("abc")) },
		func() { base64.StdEncoding.Decode(make([]byte, 2), []byte("YWJj")) },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}

	// Streaming.
	var sb strings.Builder
	w := base64.NewEncoder(base64.StdEncoding, &sb)
	for _, part := range []string{"a", "bc", "defg", strings.Repeat("z", 2000), "h"} {
		n, err := w.Write([]byte(part))
		fmt.Print(n, err, " ")
	}
	fmt.Println(w.Close(), sb.Len(), sb.String()[:40], sb.String()[sb.Len()-12:])
	r := base64.NewDecoder(base64.StdEncoding, strings.NewReader(sb.String()))
	all, err := io.ReadAll(r)
	fmt.Println(len(all), err, string(all[:10]))
	r = base64.NewDecoder(base64.StdEncoding, strings.NewReader("SGVs\nbG8s\r\nIHdv\ncmxk\nIQ==\n"))
	all, err = io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	r = base64.NewDecoder(base64.RawURLEncoding, strings.NewReader("SGVsbG8sIHdvcmxkIQ"))
	p := make([]byte, 5)
	for {
		n, err := r.Read(p)
		fmt.Printf("%q %v; ", p[:n], err)
		if err != nil {
			break
		}
	}
	fmt.Println()
	r = base64.NewDecoder(base64.StdEncoding, strings.NewReader("SGVsbG8sIHdvcmxkIQ"))
	all, err = io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	r = base64.NewDecoder(base64.StdEncoding, strings.NewReader("SGVs!G8s"))
	all, err = io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
}
