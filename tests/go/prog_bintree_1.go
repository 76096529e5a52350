package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

func (t *Tree) Insert(k string) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k)
	case k > t.Key:
		t.Right = t.Right.Insert(k)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) InOrder(visit func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t)
	t.Right.InOrder(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree) Find(k string) (*Tree, int) {
	depth := 0
	for t != nil {
		if k == t.Key {
			return t, depth
		}
		if k < t.Key {
			t = t.Left
		} else {
			t = t.Right
		}
		depth++
	}
	return nil, depth
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	return fmt.Sprintf("(%s %v %v)", t.Key, t.Left, t.Right)
}

type IntTree struct {
	root *inode
}

type inode struct {
	v    int
	l, r *inode
}

func (t *IntTree) Add(v int) {
	p := &t.root
	for *p != nil {
		if v < (*p).v {
			p = &(*p).l
		} else {
			p = &(*p).r
		}
	}
	*p = &inode{v: v}
}

func walk(n *inode, out *[]int) {
	if n != nil {
		walk(n.l, out)
		*out = append(*out, n.v)
		walk(n.r, out)
	}
}

func main() {
	text := "the cat sat on the mat the end and the cat ran"
	var root *Tree
	for _, w := range strings.Fields(text) {
		root = root.Insert(w)
	}
	root.InOrder(func(n *Tree) { fmt.Printf("%s:%d ", n.Key, n.Count) })
	fmt.Println()
	fmt.Println("height", root.Height())
	for _, k := range []string{"the", "mat", "dog"} {
		n, d := root.Find(k)
		if n != nil {
			fmt.Println(k, "found at depth", d, "count", n.Count)
		} else {
			fmt.Println(k, "missing after", d, "steps")
		}
	}
	small := (*Tree)(nil).Insert("b").Insert("a").Insert("c")
	fmt.Println(small)
	var it IntTree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		it.Add(v)
	}
	var out []int
	walk(it.root, &out)
	fmt.Println(out)
}
