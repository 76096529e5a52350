package main

import "fmt"

func main() {
	for i, r := range "aé世🙂" {
		fmt.Println(i, r, string(r))
	}
	s := "héllo"
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	count := 0
	for range s {
		count++
	}
	fmt.Println(count, len(s))
	for i := range "abc" {
		fmt.Print(i)
	}
	fmt.Println()
	bad := "a\xffb\xc3"
	for i, r := range bad {
		fmt.Println(i, r)
	}
	rs := []rune("世界abc")
	fmt.Println(len(rs), rs, string(rs[1]), string(rs))
	bs := []byte("héllo")
	fmt.Println(bs, string(bs[1:3]))
	rev := func(s string) string {
		r := []rune(s)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return string(r)
	}
	fmt.Println(rev("héllo世界"))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	upper := 0
	for _, c := range "Hello World ABC" {
		if c >= 'A' && c <= 'Z' {
			upper++
		}
	}
	fmt.Println(upper)
}
