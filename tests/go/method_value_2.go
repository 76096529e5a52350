package main

import (
	"fmt"
	"sort"
	"strings"
)

type Temp struct{ C float64 }

func (t Temp) F() float64          { return t.C*9/5 + 32 }
func (t *Temp) Set(c float64)      { t.C = c }
func (t Temp) Describe(unit string) string {
	if unit == "F" {
		return fmt.Sprintf("%.1fF", t.F())
	}
	return fmt.Sprintf("%.1fC", t.C)
}

type Speaker interface{ Say(string) string }
type Parrot struct{ name string }

func (p Parrot) Say(s string) string { return p.name + " says " + s }

func main() {
	t := Temp{100}
	f := t.F
	set := t.Set
	set(0)
	fmt.Println(f(), t.F(), t.C)
	desc := Temp.Describe
	fmt.Println(desc(t, "F"), desc(Temp{37}, "C"))
	setExpr := (*Temp).Set
	setExpr(&t, 50)
	fmt.Println(t)
	fExpr := (*Temp).F
	fmt.Println(fExpr(&t))
	var sp Speaker = Parrot{"polly"}
	say := sp.Say
	sp = Parrot{"other"}
	fmt.Println(say("hi"), sp.Say("yo"))
	ifaceExpr := Speaker.Say
	fmt.Println(ifaceExpr(Parrot{"x"}, "expr"))
	temps := []Temp{{30}, {-5}, {12}}
	fns := make([]func() float64, len(temps))
	for i := range temps {
		fns[i] = temps[i].F
	}
	temps[0].C = 1000
	for _, fn := range fns {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	ptrFns := make([]func(float64), len(temps))
	for i := range temps {
		ptrFns[i] = temps[i].Set
	}
	ptrFns[1](99)
	fmt.Println(temps)
	words := []string{"b", "C", "a"}
	sort.Slice(words, func(i, j int) bool { return strings.ToLower(words[i]) < strings.ToLower(words[j]) })
	fmt.Println(words)
	upper := strings.ToUpper
	rep := strings.Repeat
	fmt.Println(upper("x"), rep("ab", 2))
	var b strings.Builder
	write := b.WriteString
	write("one ")
	write("two")
	fmt.Println(b.String())
}
