package main

import (
	"fmt"
	"strings"
)

type Writer interface{ Write(s string) }
type Flusher interface{ Flush() string }
type WriteFlusher interface {
	Writer
	Flusher
}

type Buffer struct{ parts []string }

func (b *Buffer) Write(s string) { b.parts = append(b.parts, s) }
func (b *Buffer) Flush() string {
	out := strings.Join(b.parts, "")
	b.parts = nil
	return out
}

type Upper struct {
	Writer // embedded interface
}

func (u Upper) Write(s string) { u.Writer.Write(strings.ToUpper(s)) }

type Counted struct {
	WriteFlusher
	n int
}

func (c *Counted) Write(s string) {
	c.n++
	c.WriteFlusher.Write(s)
}

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Circle struct {
	Point
	R int
}

type Named struct {
	Point
	Name string
}

func (n Named) String() string { return n.Name + "@" + n.Point.String() }

func main() {
	b := &Buffer{}
	var w Writer = Upper{b}
	w.Write("hello ")
	w.Write("world")
	fmt.Println(b.Flush())
	c := &Counted{WriteFlusher: &Buffer{}}
	c.Write("a")
	c.Write("b")
	fmt.Println(c.n, c.Flush())
	var wf WriteFlusher = c
	wf.Write("z")
	fmt.Println(wf.Flush(), c.n)
	ci := Circle{Point{1, 2}, 5}
	fmt.Println(ci)
	fmt.Println(ci.Point, ci.R, ci.X)
	nm := Named{Point{3, 4}, "home"}
	fmt.Println(nm)
	fmt.Printf("%v %s %+v\n", nm, nm, ci)
	var st fmt.Stringer = ci
	fmt.Println(st.String())
}
