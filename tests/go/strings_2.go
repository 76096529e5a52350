package main

import (
	"fmt"
	"strings"
)

func wordWrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(text) {
		if cur.Len() > 0 && cur.Len()+1+len(w) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			clean = append(clean, r)
		}
	}
	for i, j := 0, len(clean)-1; i < j; i, j = i+1, j-1 {
		if clean[i] != clean[j] {
			return false
		}
	}
	return true
}

func camelToSnake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if r >= 'A' && r <= 'Z' {
			if i > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(r + 32)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func main() {
	text := "Go is an open source programming language that makes it simple to build secure, scalable systems."
	for _, l := range wordWrap(text, 30) {
		fmt.Printf("|%-30s|\n", l)
	}
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "No 'x' in Nixon", ""} {
		fmt.Println(isPalindrome(s), s)
	}
	for _, s := range []string{"camelCase", "HTTPServer", "simple", "getHTTPResponseCode"} {
		fmt.Println(camelToSnake(s))
	}
	csv := "name,age,city\nann,30,paris\nbob,,rome\n"
	for i, line := range strings.Split(strings.TrimSuffix(csv, "\n"), "\n") {
		fields := strings.Split(line, ",")
		fmt.Println(i, len(fields), fields)
	}
	kv := "a=1; b=2;c = 3 ;; d"
	for _, part := range strings.Split(kv, ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		k, v, ok := strings.Cut(part, "=")
		fmt.Printf("%q %q %v\n", strings.TrimSpace(k), strings.TrimSpace(v), ok)
	}
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.ToUpper("ß straße"), strings.ToLower("ÀÉÎ"))
	fmt.Println(strings.Repeat("=", 20))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("aaaa", "aa"))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gopher", "GOPHER"))
	fmt.Println(strings.ContainsAny("hello", "xyz"), strings.ContainsAny("hello", "xyo"))
	fmt.Println(strings.TrimLeft("  abc  ", " ")+"|", strings.TrimRight("  abc  ", " ")+"|")
}
