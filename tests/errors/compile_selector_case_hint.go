package main

import (
	"fmt"
	"strings"
)

type T struct {
	Name  string
	count int
}

func (t T) Total() int { return t.count }
func (t *T) reset()    { t.count = 0 }

func main() {
	t := T{}
	fmt.Println(t.name, t.Count, t.total(), t.Reset)
	var b strings.Builder
	b.writeString("x")
	fmt.println("x")
	_ = b.Buf
}
