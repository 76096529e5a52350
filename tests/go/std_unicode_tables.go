package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func main() {
	preds := []func(rune) bool{unicode.IsControl, unicode.IsLetter, unicode.IsUpper, unicode.IsLower, unicode.IsTitle, unicode.IsDigit, unicode.IsNumber, unicode.IsPunct, unicode.IsSymbol, unicode.IsMark, unicode.IsSpace, unicode.IsGraphic, unicode.IsPrint, strconv.IsPrint, strconv.IsGraphic}
	h := uint64(0)
	for r := rune(-5); r <= 0x110005; r++ {
		for i, p := range preds {
			if p(r) {
				h = h*31 + uint64(r)*uint64(i+1)
			}
		}
		h = h*7 + uint64(unicode.ToUpper(r)) + 3*uint64(unicode.ToLower(r)) + 5*uint64(unicode.ToTitle(r)) + 11*uint64(unicode.SimpleFold(r))
	}
	fmt.Println(h)
	tabs := []*unicode.RangeTable{unicode.Letter, unicode.L, unicode.Han, unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Digit, unicode.Space, unicode.White_Space, unicode.Punct, unicode.Sc, unicode.Hiragana, unicode.Katakana, unicode.Hangul}
	for i, t := range tabs {
		n := 0
		for r := rune(0); r <= 0x10FFFF; r++ {
			if unicode.Is(t, r) {
				n++
			}
		}
		fmt.Println(i, n)
	}
	fmt.Println(unicode.Letter == unicode.L, unicode.In('x', unicode.Han, unicode.Latin), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit}, '5'))
	my := &unicode.RangeTable{R16: []unicode.Range16{{'a', 'f', 1}, {'x', 'z', 2}}, R32: []unicode.Range32{{0x10000, 0x10010, 4}}}
	for _, r := range []rune{'a', 'g', 'x', 'y', 'z', 0x10004, 0x10005} {
		fmt.Print(unicode.Is(my, r), " ")
	}
	fmt.Println()
	fmt.Println(unicode.To(unicode.UpperCase, 'a'), unicode.To(unicode.LowerCase, 'A'), unicode.To(unicode.TitleCase, 'ǆ'), unicode.To(5, 'a'), unicode.Version)
	fmt.Println(strings.ToUpper("ǆ ß ﬃ ΐ"), strings.ToLower("ẞ Ω K Å"), strings.Title("ǆemal ﬃ"), strings.ToTitle("ǆ"))
	fmt.Println(strings.EqualFold("ẞ", "ß"), strings.EqualFold("Σ", "ς"), strings.EqualFold("ΐ", "ΐ"))
	fmt.Println(strconv.QuoteToGraphic("a\u00a0b\u2000\t"), strconv.QuoteRuneToGraphic('\u3000'), strconv.Quote("a\u00a0b\u2000"))
	fmt.Println(string(strconv.AppendQuoteToGraphic(nil, "\u1680")), string(strconv.AppendQuoteRuneToGraphic(nil, 'x')))
	for _, s := range []string{`"abc"rest`, "`raw`x", `'a'b`, `'ab'`, `"a\"b"c`, `"unterminated`, `x`, `"a\qb"`, `"a` + "\n" + `b"`, `''`} {
		p, err := strconv.QuotedPrefix(s)
		fmt.Printf("%q %v\n", p, err)
	}
	for _, s := range []string{`\n`, `\x41rest`, `\u263a`, `\U0001F600`, `\101`, `\'`, `\"`, `\q`, `日本`, `a`, `\400`, `\uD800`, ``, `\`} {
		v, mb, tail, err := strconv.UnquoteChar(s, '"')
		fmt.Println(v, mb, tail, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`'x`, '\'')
	fmt.Println(v, mb, tail, err)
	u, err := strconv.Unquote("`a\rb`")
	fmt.Printf("%q %v\n", u, err)
	fmt.Printf("%q\n", "\u00ad\u200b\U000e0001\u0378")
	fmt.Printf("%+q %q\n", "ⅷ𝒜", "\U0001F600\u2060")
}
