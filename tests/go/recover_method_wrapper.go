package main

import (
	"errors"
	"fmt"
)

// recover() in a method that a panic's deferred call runs directly recovers, whichever way the
// method was deferred: a direct method call (pointer or value receiver, through an embedded
// field), a method value, an interface method call. A method called by a deferred closure does
// not recover.

type T struct{ name string }

func (t *T) ptr(tag string) { fmt.Println(t.name, tag, "ptr:", recover()) }

func (t T) val(tag string) { fmt.Println(t.name, tag, "val:", recover()) }

func (t *T) catch(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("caught %v", r)
	}
}

type Outer struct {
	*T
}

type Inner struct {
	T
}

type recoverer interface {
	val(string)
}

func direct() {
	t := &T{"direct"}
	defer t.ptr("1")
	panic("p1")
}

func value() {
	t := T{"value"}
	defer t.val("2")
	panic("p2")
}

func methodValue() {
	t := &T{"methodValue"}
	f := t.ptr
	defer f("3")
	panic("p3")
}

func viaInterface() {
	var r recoverer = T{"iface"}
	defer r.val("4")
	panic("p4")
}

func viaInterfacePtr() {
	var r recoverer = &T{"ifacePtr"}
	defer r.val("5")
	panic("p5")
}

func embedded() {
	o := Outer{&T{"embedded"}}
	defer o.ptr("6")
	panic("p6")
}

func embeddedValue() {
	in := Inner{T{"embeddedValue"}}
	defer in.val("7")
	panic("p7")
}

func methodExpr() {
	t := &T{"methodExpr"}
	defer (*T).ptr(t, "8")
	panic("p8")
}

func withResult() (err error) {
	t := &T{"withResult"}
	defer t.catch(&err)
	panic(errors.New("p9"))
}

func notDirect() {
	defer func() { fmt.Println("outer closure:", recover()) }()
	t := &T{"notDirect"}
	defer func() { t.ptr("10") }()
	panic("p10")
}

func normalReturn() {
	t := &T{"normalReturn"}
	defer t.ptr("11")
}

func main() {
	direct()
	value()
	methodValue()
	viaInterface()
	viaInterfacePtr()
	embedded()
	embeddedValue()
	methodExpr()
	fmt.Println(withResult())
	notDirect()
	normalReturn()
}
