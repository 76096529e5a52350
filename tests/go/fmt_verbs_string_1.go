package main

import "fmt"

func main() {
	s := "hello"
	fmt.Printf("%s|%10s|%-10s|%.3s|%10.2s|\n", s, s, s, s, s)
	fmt.Printf("%q|%+q|%#q|%x|%X|% x|%#x\n", s, "héllo", "back`tick", s, s, s, s)
	fmt.Printf("%q %q %q\n", "tab\there", "quote\"s", "nl\n")
	fmt.Printf("%+q %q\n", "世界", "世界")
	fmt.Printf("%#q %#q\n", "raw", "has`back")
	fmt.Printf("%v %s\n", []string{"a", "b"}, []string{"c", "d"})
	fmt.Printf("%q\n", []string{"x y", "z"})
	fmt.Printf("%s %v %d\n", []byte("bytes"), []byte("ab"), []byte("ab"))
	fmt.Printf("%q %x\n", []byte("q"), []byte{1, 171})
	fmt.Printf("%5.1q|%-6q|\n", "abc", "d")
	fmt.Printf("%s|%v|%q\n", "", "", "")
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	fmt.Printf("%08s|%-08s|\n", "ab", "cd")
	fmt.Printf("%.0s|%.10s|\n", "abc", "abc")
	fmt.Printf("%s %s\n", "日本語", "日本語"[:3])
	fmt.Printf("%.2s|%5.1s|\n", "日本語", "日本語")
	fmt.Printf("%x\n", "日本")
	fmt.Printf("%T %T %T\n", s, []byte(s), []rune(s))
	fmt.Printf("%v %d\n", []rune("hi"), []rune("hi"))
	fmt.Printf("%q\n", []rune("hi"))
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d\n", "str")
	fmt.Printf("%t\n", "x")
}
