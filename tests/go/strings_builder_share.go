package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	fmt.Println(sb.String() == "", sb.Len(), sb.Cap())
	for i := 0; i < 10; i++ {
		sb.WriteString("ab")
		s := sb.String()
		sb.WriteByte('x')
		fmt.Println(s, sb.Len(), sb.Cap())
	}
	fmt.Println(strings.Fields("  a b\tc\n\v d  "), len(strings.Fields("   ")), strings.Fields("héllo wörld  x"), strings.Fields("a\u00a0b c"))
}
