package main

import (
	"fmt"
	"strings"
	"unicode"
)

// Go's strings functions turn invalid UTF-8 into U+FFFD wherever they go rune by rune.
func main() {
	fmt.Printf("%q\n", strings.Split("a\xffb", ""))
	fmt.Printf("%q\n", strings.Split("\xff\xfe", ""))
	fmt.Printf("%q\n", strings.SplitN("a\xffb\xff", "", 3))
	fmt.Printf("%q\n", strings.SplitN("a\xffb\xff", "", 5))
	fmt.Printf("%q\n", strings.Split("x\uFFFDy", ""))
	fmt.Printf("%q %q\n", strings.ToUpper("a\xffb"), strings.ToLower("A\xffB"))
	fmt.Printf("%q %q\n", strings.ToUpper("é\xff"), strings.ToTitle("\xfe"))
	fmt.Printf("%q\n", strings.Title("ab \xff cd"))
	fmt.Printf("%q\n", strings.Map(unicode.ToUpper, "a\xffb"))
	fmt.Printf("%q\n", strings.ToUpper("abc\uFFFD"))
	fmt.Println(strings.ToLower("ẞ"), strings.ToUpper("ß"), strings.EqualFold("ẞ", "ß"))
}
