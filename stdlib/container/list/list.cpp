// stdlib/container/list/list.cpp — package container/list, written in Go.
//
// A circular doubly linked list around a sentinel element embedded in the List, with Go 1.19's
// types and fields (so fmt prints a List or an Element the way Go does) and its rules: a zero
// List is ready to use, operations given an element of another list do nothing, and a removed
// element forgets its neighbours and its list.
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package list

type Element struct {
	next, prev *Element
	list       *List
	Value      any
}

// Next is nil at the back of the list and for an element no longer in a list.
func (e *Element) Next() *Element {
	n := e.next
	if e.list == nil || n == &e.list.root {
		return nil
	}
	return n
}

// Prev is nil at the front of the list and for an element no longer in a list.
func (e *Element) Prev() *Element {
	p := e.prev
	if e.list == nil || p == &e.list.root {
		return nil
	}
	return p
}

// root is a sentinel: root.next is the front, root.prev the back.
type List struct {
	root Element
	len  int
}

func New() *List {
	l := new(List)
	return l.Init()
}

func (l *List) Init() *List {
	l.root.next, l.root.prev = &l.root, &l.root
	l.len = 0
	return l
}

func (l *List) Len() int { return l.len }

func (l *List) Front() *Element {
	if l.len > 0 {
		return l.root.next
	}
	return nil
}

func (l *List) Back() *Element {
	if l.len > 0 {
		return l.root.prev
	}
	return nil
}

// A zero List has nil links until its first insertion at an end.
func (l *List) lazyInit() {
	if l.root.next == nil {
		l.Init()
	}
}

// link puts e right after at.
func (l *List) link(e, at *Element) *Element {
	after := at.next
	e.prev, e.next = at, after
	at.next = e
	after.prev = e
	e.list = l
	l.len++
	return e
}

func (l *List) linkValue(v any, at *Element) *Element {
	e := &Element{Value: v}
	return l.link(e, at)
}

func (l *List) unlink(e *Element) {
	e.prev.next = e.next
	e.next.prev = e.prev
	e.next, e.prev, e.list = nil, nil, nil
	l.len--
}

// relink moves e, already in l, to right after at.
func (l *List) relink(e, at *Element) {
	if e == at {
		return
	}
	e.prev.next = e.next
	e.next.prev = e.prev
	after := at.next
	e.prev, e.next = at, after
	at.next = e
	after.prev = e
}

func (l *List) Remove(e *Element) any {
	if e.list == l {
		l.unlink(e)
	}
	return e.Value
}

func (l *List) PushFront(v any) *Element {
	l.lazyInit()
	return l.linkValue(v, &l.root)
}

func (l *List) PushBack(v any) *Element {
	l.lazyInit()
	return l.linkValue(v, l.root.prev)
}

func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.list == l {
		return l.linkValue(v, mark.prev)
	}
	return nil
}

func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.list == l {
		return l.linkValue(v, mark)
	}
	return nil
}

func (l *List) MoveToFront(e *Element) {
	if e.list == l && l.root.next != e {
		l.relink(e, &l.root)
	}
}

func (l *List) MoveToBack(e *Element) {
	if e.list == l && l.root.prev != e {
		l.relink(e, l.root.prev)
	}
}

func (l *List) MoveBefore(e, mark *Element) {
	if e.list == l && mark.list == l && e != mark {
		l.relink(e, mark.prev)
	}
}

func (l *List) MoveAfter(e, mark *Element) {
	if e.list == l && mark.list == l && e != mark {
		l.relink(e, mark)
	}
}

// The element count is taken first, so a list can be appended to itself.
func (l *List) PushBackList(other *List) {
	l.lazyInit()
	e := other.Front()
	for n := other.Len(); n > 0; n-- {
		l.linkValue(e.Value, l.root.prev)
		e = e.Next()
	}
}

func (l *List) PushFrontList(other *List) {
	l.lazyInit()
	e := other.Back()
	for n := other.Len(); n > 0; n-- {
		l.linkValue(e.Value, &l.root)
		e = e.Prev()
	}
}
)go";

}  // namespace

StdPackage listPackage() {
  return StdPackage{"container/list", "list", kPrelude, {}};
}

}  // namespace gomi::stdlib
