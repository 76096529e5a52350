package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Value() int     { return c.n }
func (c *Counter) Inc()          { c.n++ }
func (c *Counter) Add(k int)     { c.n += k }
func (c Counter) TryInc()        { c.n++ }
func (c Counter) String() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r *Rect) Scale(f float64)    { r.W *= f; r.H *= f }
func (r Rect) Scaled(f float64) Rect { r.Scale(f); return r }

type List []int

func (l *List) Push(v int) { *l = append(*l, v) }
func (l List) Len() int    { return len(l) }

func main() {
	c := Counter{name: "c"}
	c.Inc()
	c.Inc()
	c.TryInc()
	fmt.Println(c.Value(), c)
	p := &c
	p.Add(5)
	fmt.Println(p.Value(), c.n, p)
	r := Rect{2, 3}
	fmt.Println(r.Area())
	r2 := r.Scaled(2)
	fmt.Println(r.Area(), r2.Area())
	r.Scale(10)
	fmt.Println(r)
	rp := &Rect{1, 1}
	rp.Scale(3)
	fmt.Println(rp.Area(), *rp)
	var l List
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Len())
	cs := []Counter{{name: "a"}, {name: "b"}}
	for i := range cs {
		cs[i].Inc()
	}
	for _, x := range cs {
		x.Inc()
	}
	fmt.Println(cs)
	m := map[string]*Counter{"k": {name: "k"}}
	m["k"].Add(3)
	fmt.Println(m["k"].Value())
	arr := [2]Counter{}
	arr[1].Add(9)
	fmt.Println(arr[1].n)
}
