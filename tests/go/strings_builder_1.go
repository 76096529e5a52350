package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d,", i)
	}
	b.WriteString("end")
	b.WriteByte('!')
	b.WriteRune('世')
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	var sb strings.Builder
	words := []string{"alpha", "beta", "gamma"}
	for i, w := range words {
		if i > 0 {
			sb.WriteString(" | ")
		}
		sb.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	fmt.Println(sb.String())
	n, err := sb.WriteString("xyz")
	fmt.Println(n, err, sb.Len())
	grid := func(n int) string {
		var g strings.Builder
		for r := 0; r < n; r++ {
			for c := 0; c < n; c++ {
				if (r+c)%2 == 0 {
					g.WriteByte('#')
				} else {
					g.WriteByte('.')
				}
			}
			g.WriteByte('\n')
		}
		return g.String()
	}
	fmt.Print(grid(4))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
}
