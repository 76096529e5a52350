package main

import (
	"fmt"
	"strings"
)

func caesar(s string, shift int) string {
	shift = (shift%26 + 26) % 26
	out := make([]rune, 0, len(s))
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			r = 'a' + (r-'a'+rune(shift))%26
		case r >= 'A' && r <= 'Z':
			r = 'A' + (r-'A'+rune(shift))%26
		}
		out = append(out, r)
	}
	return string(out)
}

func vigenere(s, key string, decrypt bool) string {
	var b strings.Builder
	ki := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 'A' || c > 'Z' {
			b.WriteByte(c)
			continue
		}
		k := key[ki%len(key)] - 'A'
		ki++
		if decrypt {
			c = 'A' + (c-'A'+26-k)%26
		} else {
			c = 'A' + (c-'A'+k)%26
		}
		b.WriteByte(c)
	}
	return b.String()
}

func rle(s string) string {
	if s == "" {
		return ""
	}
	var b strings.Builder
	run := 1
	for i := 1; i <= len(s); i++ {
		if i < len(s) && s[i] == s[i-1] {
			run++
			continue
		}
		fmt.Fprintf(&b, "%d%c", run, s[i-1])
		run = 1
	}
	return b.String()
}

func unrle(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n = n*10 + int(r-'0')
			continue
		}
		b.WriteString(strings.Repeat(string(r), n))
		n = 0
	}
	return b.String()
}

func xorBytes(data []byte, key byte) []byte {
	out := make([]byte, len(data))
	for i, c := range data {
		out[i] = c ^ key
	}
	return out
}

func main() {
	msg := "Hello, World! xyz"
	for _, sh := range []int{1, 13, 25, -3, 52} {
		enc := caesar(msg, sh)
		fmt.Printf("%3d %q %q\n", sh, enc, caesar(enc, -sh))
	}
	v := vigenere("ATTACK AT DAWN", "LEMON", false)
	fmt.Println(v, vigenere(v, "LEMON", true))
	for _, s := range []string{"aaabccdddd", "abc", "", "zzzzzzzzzzzz"} {
		e := rle(s)
		fmt.Printf("%q -> %q -> %q\n", s, e, unrle(e))
	}
	x := xorBytes([]byte("secret"), 0x5A)
	fmt.Printf("%x %s\n", x, xorBytes(x, 0x5A))
}
