package main

import "fmt"

type Inner struct{ Err int }

func (i *Inner) PtrMethod() int {
	if i == nil {
		return 86
	}
	return 17 + i.Err
}

func (i Inner) ValMethod() int { return i.Err }

type Outer struct {
	Pad int
	Inner
}

type First struct {
	Inner
}

type Wrap struct{ *Inner }

func try(name string, f func() int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	fmt.Println(name, "=", f())
}

type PM interface{ PtrMethod() int }

func main() {
	var o *Outer
	var f *First
	try("nil *Outer, pointer method of embedded value", func() int { return o.PtrMethod() })
	try("nil *First, pointer method at offset 0", func() int { return f.PtrMethod() })
	try("nil *First, value method", func() int { return f.ValMethod() })
	try("nil *First via interface", func() int { var p PM = f; return p.PtrMethod() })
	try("Wrap with nil *Inner", func() int { return Wrap{}.PtrMethod() })
	try("nil *Inner", func() int { var i *Inner; return i.PtrMethod() })
	try("non-nil *First", func() int { return (&First{Inner{4}}).PtrMethod() })
}
