package main

// The bytes package's functions: searching, comparing, splitting, joining, case mapping,
// trimming and replacing.
import (
	"bytes"
	"fmt"
	"unicode"
)

func show(name string, bs [][]byte) {
	fmt.Printf("%s: %d [", name, len(bs))
	for i, b := range bs {
		if i > 0 {
			fmt.Print(" ")
		}
		fmt.Printf("%q", b)
	}
	fmt.Println("]")
}

func main() {
	s := []byte("chicken, kitchen, chick")
	fmt.Println(bytes.Contains(s, []byte("kit")), bytes.Contains(s, []byte("dog")), bytes.Contains(s, nil))
	fmt.Println(bytes.Index(s, []byte("chick")), bytes.LastIndex(s, []byte("chick")), bytes.Index(s, []byte("x")))
	fmt.Println(bytes.IndexByte(s, 'k'), bytes.LastIndexByte(s, 'k'), bytes.IndexByte(s, 'z'))
	fmt.Println(bytes.IndexRune([]byte("héllo 世界"), '世'), bytes.IndexRune([]byte("a\xffb"), unicode.ReplacementChar), bytes.IndexRune(s, -1))
	fmt.Println(bytes.IndexAny(s, "xyzk"), bytes.LastIndexAny(s, "ce"), bytes.IndexAny(s, ""), bytes.IndexAny([]byte("日本語"), "語本"))
	fmt.Println(bytes.ContainsAny(s, "!?"), bytes.ContainsRune(s, 'n'), bytes.Count(s, []byte("ch")), bytes.Count([]byte("five"), nil))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Equal([]byte("a"), []byte("b")))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")), bytes.Compare(nil, nil), bytes.Compare([]byte("ab"), []byte("a")))
	fmt.Println(bytes.HasPrefix(s, []byte("chi")), bytes.HasSuffix(s, []byte("chick")), bytes.HasPrefix(s, []byte("kit")))
	fmt.Println(bytes.EqualFold([]byte("Go Σ"), []byte("GO σ")), bytes.EqualFold([]byte("K"), []byte("\u212a")), bytes.EqualFold([]byte("a"), []byte("ab")))

	show("Split", bytes.Split([]byte("a,b,,c,"), []byte(",")))
	show("Split empty sep", bytes.Split([]byte("añb\xffc"), nil))
	show("Split empty input", bytes.Split(nil, []byte(",")))
	show("SplitN 2", bytes.SplitN([]byte("a,b,c,d"), []byte(","), 2))
	show("SplitN 0", bytes.SplitN([]byte("a,b"), []byte(","), 0))
	show("SplitN -1", bytes.SplitN([]byte("a,b"), []byte(","), -1))
	show("SplitAfter", bytes.SplitAfter([]byte("1. 2. 3."), []byte(". ")))
	show("SplitAfterN", bytes.SplitAfterN([]byte("a-b-c-d"), []byte("-"), 3))
	show("Fields", bytes.Fields([]byte("  foo bar\tbaz\n\n qux  ")))
	show("Fields unicode", bytes.Fields([]byte("\u00a0α\u2003β γ\u3000")))
	show("Fields empty", bytes.Fields([]byte("   ")))
	show("FieldsFunc", bytes.FieldsFunc([]byte("a1b22c333d"), unicode.IsDigit))

	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte(", ")))
	fmt.Printf("%q %q\n", bytes.Join(nil, []byte(",")), bytes.Join([][]byte{[]byte("solo")}, []byte(",")))
	fmt.Printf("%q %q\n", bytes.Repeat([]byte("ab"), 3), bytes.Repeat([]byte("ab"), 0))

	fmt.Printf("%q %q\n", bytes.ToUpper([]byte("Hello, wörld ß")), bytes.ToLower([]byte("HELLO, WÖRLD İ")))
	fmt.Printf("%q %q\n", bytes.ToUpper([]byte("ABC")), bytes.ToTitle([]byte("hello ǆ")))
	fmt.Printf("%q\n", bytes.Title([]byte("hello wide-world_of go")))
	fmt.Printf("%q\n", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		if r == 'b' {
			return '世'
		}
		return unicode.ToUpper(r)
	}, []byte("abcabc")))

	fmt.Printf("%q %q\n", bytes.TrimSpace([]byte(" \t hi there \n")), bytes.TrimSpace([]byte("\u00a0 x \u3000")))
	fmt.Printf("%q %q %q\n", bytes.Trim([]byte("xxhixx"), "x"), bytes.TrimLeft([]byte("xxhixx"), "x"), bytes.TrimRight([]byte("xxhixx"), "x"))
	fmt.Printf("%q %q\n", bytes.Trim([]byte("¡¡hola!!"), "!¡"), bytes.Trim([]byte("abc"), ""))
	fmt.Printf("%q %q\n", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")), bytes.TrimSuffix([]byte("body.go"), []byte(".go")))
	fmt.Printf("%q %q\n", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit), bytes.TrimLeftFunc([]byte("  x  "), unicode.IsSpace))
	fmt.Println(bytes.IndexFunc([]byte("abc1"), unicode.IsDigit), bytes.LastIndexFunc([]byte("1abc"), unicode.IsDigit))

	fmt.Printf("%q\n", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2))
	fmt.Printf("%q\n", bytes.Replace([]byte("oink oink oink"), []byte("oink"), []byte("moo"), -1))
	fmt.Printf("%q\n", bytes.ReplaceAll([]byte("abc"), nil, []byte("-")))
	fmt.Printf("%q\n", bytes.ReplaceAll([]byte("héllo"), []byte(""), []byte(".")))
	fmt.Printf("%q\n", bytes.Replace([]byte("abc"), []byte("x"), []byte("y"), -1))

	fmt.Println(bytes.Runes([]byte("héllo, 世界\xff")))
	fmt.Printf("%q\n", bytes.ToValidUTF8([]byte("a\xff\xfeb\xc0c"), []byte("?")))
	before, after, found := bytes.Cut([]byte("key=value=x"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = bytes.Cut([]byte("novalue"), []byte("="))
	fmt.Printf("%q %q %v %v\n", before, after, found, after == nil)
}
