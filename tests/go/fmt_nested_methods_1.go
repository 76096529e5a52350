package main

import (
	"errors"
	"fmt"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", int64(m)/100, int64(m)%100) }

type Status int

func (s Status) String() string { return [...]string{"new", "open", "closed"}[s] }

type Order struct {
	ID     int
	Total  Money
	State  Status
	Err    error
	hidden Money
}

type PtrStringer struct{ n int }

func (p *PtrStringer) String() string { return fmt.Sprintf("PS%d", p.n) }

type Holder struct {
	V  PtrStringer
	P  *PtrStringer
	Ms []Money
	M  map[Status]Money
}

func main() {
	o := Order{7, 12345, 1, errors.New("late"), 99}
	fmt.Println(o)
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Println([]Money{1, 250, 10000})
	fmt.Println(map[Status]Money{0: 5, 2: 100})
	fmt.Printf("%d %s %v %x\n", Money(150), Money(150), Money(150), Money(150))
	h := Holder{V: PtrStringer{1}, P: &PtrStringer{2}, Ms: []Money{3}, M: map[Status]Money{1: 4}}
	fmt.Printf("%v\n%+v\n", h, h)
	fmt.Println(&h.V, h.V)
	fmt.Println([]*PtrStringer{{5}, {6}})
	fmt.Println([]fmt.Stringer{Money(1), Status(2), &PtrStringer{3}})
	fmt.Printf("%s|%q|%v\n", []Status{0, 1}, []Status{2}, [2]Money{1, 2})
	type wrap struct{ E error }
	fmt.Println(wrap{fmt.Errorf("wrapped %w", errors.New("x"))})
	fmt.Printf("%v %d\n", Status(1), Status(1))
	fmt.Printf("%#v\n", o.State)
}
