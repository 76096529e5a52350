package main

import (
	"fmt"
	"strings"
)

func main() {
	cases := []string{"", " ", "a", "a,b", ",a,", "a,,b", "日本,語"}
	for _, c := range cases {
		fmt.Printf("%q split=%q fields=%q n=%d\n", c, strings.Split(c, ","), strings.Fields(c), strings.Count(c, ","))
	}
	fmt.Printf("%q\n", strings.SplitN("a:b:c:d", ":", 0))
	fmt.Printf("%q\n", strings.SplitN("a:b:c:d", ":", -1))
	fmt.Printf("%q\n", strings.SplitN("a:b:c:d", ":", 3))
	fmt.Println(strings.Replace("aaaa", "a", "b", 0), strings.Replace("aaaa", "aa", "b", -1), strings.Replace("", "", "x", -1))
	fmt.Println(strings.Index("", ""), strings.Index("abc", "abcd"), strings.LastIndex("abc", ""), strings.Index("aaa", "aa"))
	fmt.Println(strings.HasPrefix("", ""), strings.HasSuffix("a", "ab"), strings.Contains("", ""))
	fmt.Printf("%q %q %q\n", strings.Trim("", "x"), strings.Trim("xxx", "x"), strings.Trim("  x  ", ""))
	fmt.Printf("%q %q\n", strings.TrimSpace("\t\n\v\f\r x \u00a0"), strings.TrimSpace("\u3000全角\u3000"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("aaa", "a"), strings.TrimSuffix("aaa", "aa"))
	fmt.Println(strings.ToUpper("hello, 世界! ǆ"), strings.ToLower("ÇA VA? ΣΑΣ"))
	fmt.Println(strings.Repeat("-=", 10), len(strings.Repeat("abc", 100)))
	fmt.Println(strings.Join([]string{"", "", ""}, "/"), strings.Join([]string{"only"}, ", "))
	fmt.Println(strings.Count("日本日本", "日本"), strings.Index("日本語", "語"), strings.IndexRune("日本語", '本'))
	fmt.Println(strings.ContainsRune("abc", 'c'), strings.ContainsRune("", 'a'), strings.LastIndexAny("golang", "go"))
	fmt.Println(strings.Title("hello wide world"), strings.ToTitle("loud"))
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("liftoff")
	fmt.Println(sb.String(), sb.Len())
}
