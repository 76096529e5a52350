package main

import (
	"container/list"
	"fmt"
)

func values(l *list.List) []any {
	var out []any
	for e := l.Front(); e != nil; e = e.Next() {
		out = append(out, e.Value)
	}
	return out
}

// lru is a least-recently-used cache: the list holds keys from most to least recent.
type lru struct {
	cap   int
	order *list.List
	items map[string]*list.Element
}

type entry struct {
	key string
	val int
}

func (c *lru) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.order.MoveToFront(e)
		return e.Value.(*entry).val, true
	}
	return 0, false
}

func (c *lru) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).val = v
		c.order.MoveToFront(e)
		return
	}
	c.items[k] = c.order.PushFront(&entry{k, v})
	if c.order.Len() > c.cap {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.items, last.Value.(*entry).key)
		fmt.Println("evict", last.Value.(*entry).key)
	}
}

func main() {
	// The zero List is ready to use.
	var z list.List
	fmt.Println(z.Len(), z.Front() == nil)
	z.PushBack("a")
	z.PushFront("b")
	fmt.Println(values(&z))
	var z2 list.List
	z2.PushBackList(&z)
	var z3 list.List
	z3.PushFrontList(&z)
	fmt.Println(values(&z2), values(&z3))

	// Elements of another list are ignored.
	a, b := list.New(), list.New()
	ea := a.PushBack(1)
	eb := b.PushBack(2)
	fmt.Println(a.InsertBefore(9, eb) == nil, a.InsertAfter(9, eb) == nil)
	a.MoveToFront(eb)
	a.MoveToBack(eb)
	a.MoveBefore(ea, eb)
	a.MoveAfter(eb, ea)
	fmt.Println(a.Remove(eb), values(a), values(b))

	// A list appended to itself doubles once.
	c := list.New()
	for i := 1; i <= 3; i++ {
		c.PushBack(i)
	}
	c.PushBackList(c)
	fmt.Println(values(c), c.Len())
	c.PushFrontList(c)
	fmt.Println(values(c), c.Len())
	e := c.Front()
	c.Init()
	fmt.Println(c.Len(), values(c), e.Value)
	c.PushBack("fresh")
	fmt.Println(values(c))

	cache := &lru{cap: 3, order: list.New(), items: map[string]*list.Element{}}
	cache.Put("a", 1)
	cache.Put("b", 2)
	cache.Put("c", 3)
	fmt.Println(cache.Get("a"))
	cache.Put("d", 4)
	fmt.Println(cache.Get("b"))
	cache.Put("c", 30)
	cache.Put("e", 5)
	for e := cache.order.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry)
		fmt.Print(en.key, "=", en.val, " ")
	}
	fmt.Println()
}
