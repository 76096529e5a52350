package main

import "strings"

type Buf struct{ sb strings.Builder }

func (b *Buf) Add(s string, n int) {
	for i := 0; i < n; i++ {
		b.sb.WriteString(s)
	}
}

func main() {
	var b Buf
	b.Add(3, "x")
}
