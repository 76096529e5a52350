package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.QuoteToGraphic("a\u00a0b\u2000\t"), strconv.QuoteRuneToGraphic('\u3000'), strconv.Quote("a\u00a0b\u2000"))
	fmt.Println(string(strconv.AppendQuoteToGraphic(nil, "\u1680")), string(strconv.AppendQuoteRuneToGraphic(nil, 'x')))
	fmt.Println(strconv.IsGraphic('\u00a0'), strconv.IsPrint('\u00a0'), strconv.IsGraphic('\u0378'), strconv.IsPrint('\U0001F600'))
	for _, s := range []string{`"abc"rest`, "`raw`x", `'a'b`, `'ab'`, `"a\"b"c`, `"unterminated`, `x`, `"a\qb"`, `"a` + "\n" + `b"`, `''`, `'\''`, "\"\xff\"z"} {
		p, err := strconv.QuotedPrefix(s)
		fmt.Printf("%q %v\n", p, err)
	}
	for _, s := range []string{`\n`, `\x41rest`, `\u263a`, `\U0001F600`, `\101`, `\'`, `\"`, `\q`, `日本`, `a`, `\400`, `\uD800`, ``, `\`, `\x4`, `\18`} {
		v, mb, tail, err := strconv.UnquoteChar(s, '"')
		fmt.Println(v, mb, tail, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`'x`, '\'')
	fmt.Println(v, mb, tail, err)
	v, mb, tail, err = strconv.UnquoteChar(`\'x`, '\'')
	fmt.Println(v, mb, tail, err)
	u, err := strconv.Unquote("`a\rb`")
	fmt.Printf("%q %v\n", u, err)
	fmt.Printf("%q\n", "\u00ad\u200b\U000e0001\u0378")
	fmt.Printf("%+q %q\n", "ⅷ𝒜", "\U0001F600\u2060")
}
