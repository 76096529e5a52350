package main

import (
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string { return p.Name + "(" + fmt.Sprint(p.Age) + ")" }

type Ptr struct{ v int }

func (p *Ptr) String() string { return fmt.Sprintf("Ptr<%d>", p.v) }

type Stack []int

func (s Stack) String() string {
	parts := make([]string, len(s))
	for i, v := range s {
		parts[i] = fmt.Sprint(v)
	}
	return "[" + strings.Join(parts, "|") + "]"
}

type Wrapper struct {
	C Color
	P Person
}

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q\n", Green, Green, Green, Green)
	p := Person{"Ann", 30}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %s\n", p, p, p)
	fmt.Println([]Person{{"A", 1}, {"B", 2}})
	fmt.Println(map[string]Color{"x": Red, "y": Blue})
	v := Ptr{3}
	fmt.Println(&v, v)
	fmt.Println(Stack{1, 2, 3})
	fmt.Println(Wrapper{Blue, p})
	fmt.Printf("%+v\n", Wrapper{Green, p})
	s := fmt.Sprint(Red, " ", p)
	fmt.Println(s, len(s))
	var st fmt.Stringer = Blue
	fmt.Println(st.String(), st)
	fmt.Printf("%x %X\n", Color(255), p)
	fmt.Printf("%10s|%-10v|\n", Red, Green)
}
