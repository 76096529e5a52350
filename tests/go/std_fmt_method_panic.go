package main

import (
	"errors"
	"fmt"
)

type Panicky struct{}

func (Panicky) String() string { panic("boom") }

type NilS struct{ x int }

func (n *NilS) String() string { return fmt.Sprint("nils", n.x) }

type NilOK struct{ x int }

func (n *NilOK) String() string {
	if n == nil {
		return "nil-ok"
	}
	return "ok"
}

type ErrP struct{}

func (ErrP) Error() string { panic(errors.New("inner")) }

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) String() string { return fmt.Sprintf("%d->%v", n.Val, n.Next) }

type GoS struct{}

func (GoS) GoString() string { panic(42) }

type VS struct{ a int }

func (v VS) String() string { return "vs" }

func main() {
	fmt.Printf("%v|%s|%d\n", Panicky{}, Panicky{}, Panicky{})
	var ns *NilS
	fmt.Printf("%v %s\n", ns, ns)
	fmt.Println(ns)
	var no *NilOK
	fmt.Println(no, &NilOK{})
	fmt.Println(ErrP{})
	fmt.Printf("%x\n", ErrP{})
	fmt.Println(&Node{1, &Node{2, nil}})
	fmt.Printf("%#v\n", GoS{})
	var vp *VS
	fmt.Println(vp)
	fmt.Println([]*NilS{nil, {3}})
	s := fmt.Sprint(Panicky{})
	fmt.Println(len(s), s)
	fmt.Println(fmt.Errorf("wrap: %w", ErrP{}))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println("end")
}
