package main

import (
	"container/list"
	"fmt"
)

func dump(name string, l *list.List) {
	fmt.Print(name, " len=", l.Len(), " [")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" ] back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func main() {
	l := list.New()
	dump("empty", l)
	fmt.Println(l.Front() == nil, l.Back() == nil)
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump("1234", l)
	fmt.Println(l.Front().Value, l.Back().Value, e1.Prev() == nil, e4.Next() == nil)

	l.MoveToBack(e1)
	dump("MoveToBack(1)", l)
	l.MoveToFront(e1)
	dump("MoveToFront(1)", l)
	l.MoveToFront(e1)
	dump("MoveToFront(1) again", l)
	e3 := e4.Prev()
	l.MoveBefore(e4, e1)
	dump("MoveBefore(4, 1)", l)
	l.MoveAfter(e4, e3)
	dump("MoveAfter(4, 3)", l)
	l.MoveAfter(e4, e4)
	l.MoveBefore(e1, e1)
	dump("self moves", l)

	fmt.Println("removed", l.Remove(e3))
	dump("without 3", l)
	fmt.Println(e3.Next() == nil, e3.Prev() == nil, e3.Value)
	fmt.Println("removed again", l.Remove(e3))
	dump("still", l)

	// Mixed value types.
	m := list.New()
	m.PushBack("x")
	m.PushBack(2.5)
	m.PushBack([]int{1, 2})
	m.PushBack(nil)
	m.PushBack(struct{ A, B int }{1, 2})
	dump("mixed", m)

	// Remove while iterating: take the next element first.
	n := list.New()
	for i := 0; i < 10; i++ {
		n.PushBack(i)
	}
	for e := n.Front(); e != nil; {
		next := e.Next()
		if e.Value.(int)%3 == 0 {
			n.Remove(e)
		}
		e = next
	}
	dump("no multiples of 3", n)
	sum := 0
	for e := n.Front(); e != nil; e = e.Next() {
		sum += e.Value.(int)
	}
	fmt.Println("sum", sum)
}
