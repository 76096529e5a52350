package main

import (
	"fmt"
	"strconv"
	"strings"
)

type entry struct {
	key        string
	value      int
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[string]*entry
	head, tail *entry // head = most recent
	hits, miss int
}

func NewLRU(c int) *LRU { return &LRU{cap: c, items: map[string]*entry{}} }

func (l *LRU) unlink(e *entry) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		l.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		l.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (l *LRU) pushFront(e *entry) {
	e.next = l.head
	if l.head != nil {
		l.head.prev = e
	}
	l.head = e
	if l.tail == nil {
		l.tail = e
	}
}

func (l *LRU) Get(k string) (int, bool) {
	e, ok := l.items[k]
	if !ok {
		l.miss++
		return 0, false
	}
	l.hits++
	l.unlink(e)
	l.pushFront(e)
	return e.value, true
}

func (l *LRU) Put(k string, v int) (evicted string) {
	if e, ok := l.items[k]; ok {
		e.value = v
		l.unlink(e)
		l.pushFront(e)
		return ""
	}
	if len(l.items) >= l.cap {
		old := l.tail
		l.unlink(old)
		delete(l.items, old.key)
		evicted = old.key
	}
	e := &entry{key: k, value: v}
	l.items[k] = e
	l.pushFront(e)
	return evicted
}

func (l *LRU) String() string {
	var parts []string
	for e := l.head; e != nil; e = e.next {
		parts = append(parts, fmt.Sprintf("%s:%d", e.key, e.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU(3)
	ops := []string{"put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "get c", "put a 10", "put e 5", "get d", "get a"}
	for _, op := range ops {
		f := strings.Fields(op)
		switch f[0] {
		case "put":
			v, _ := strconv.Atoi(f[2])
			ev := c.Put(f[1], v)
			if ev != "" {
				fmt.Printf("%-10s evicted %s -> %v\n", op, ev, c)
			} else {
				fmt.Printf("%-10s -> %v\n", op, c)
			}
		case "get":
			v, ok := c.Get(f[1])
			fmt.Printf("%-10s = %d %v -> %v\n", op, v, ok, c)
		}
	}
	fmt.Println("hits", c.hits, "misses", c.miss, "size", len(c.items))
}
