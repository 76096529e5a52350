package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "The quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.Contains(s, ""))
	fmt.Println(strings.ContainsRune(s, 'q'), strings.ContainsRune(s, 'Q'))
	fmt.Println(strings.Count(s, "o"), strings.Count(s, "the"), strings.Count("five", ""))
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Printf("%q\n", strings.Fields("  a \t b\n c  "))
	fmt.Printf("%q\n", strings.Fields("   "))
	fmt.Println(strings.HasPrefix(s, "The"), strings.HasPrefix(s, "the"), strings.HasSuffix(s, "dog"), strings.HasSuffix(s, ""))
	fmt.Println(strings.Index(s, "o"), strings.Index(s, "zzz"), strings.Index(s, ""), strings.LastIndex(s, "o"), strings.LastIndex(s, "zzz"))
	fmt.Println(strings.Index("héllo", "l"), strings.IndexByte("abc", 'c'), strings.IndexRune("héllo", 'l'))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, ", "), strings.Join(nil, ","), strings.Join([]string{"x"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"), strings.Replace("abc", "", "-", -1))
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("a,b,c,", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Println(strings.ToLower("HeLLo WÖRLD"), strings.ToUpper("héllo world"))
	fmt.Printf("%q\n", strings.TrimSpace("  \t padded \n "))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.Trim("abcHIcba", "abc"), strings.TrimLeft("xxhix", "x"), strings.TrimRight("xxhix", "x"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimPrefix("body", "x"), strings.TrimSuffix("file.go", ".go"))
	fmt.Println(strings.Title("x") == "X", strings.EqualFold("Go", "GO"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("a", "a"))
	fmt.Println(strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	fmt.Println(strings.IndexAny("golang", "ng"), strings.LastIndexByte("hello", 'l'))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
}
