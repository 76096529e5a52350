package main

import "fmt"

type ID int
type Name string
type Scores []int
type Registry map[string]ID
type Handler func(string) string
type Pair [2]int
type Point struct{ X, Y int }
type PointPtr *Point
type Celsius float64

func (s Scores) Sum() int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func (n Name) Greet() string { return "hi " + string(n) }

func (r Registry) Add(k string, v ID) { r[k] = v }

func (p Pair) Swap() Pair { return Pair{p[1], p[0]} }

func main() {
	var id ID = 42
	fmt.Println(id, id+1)
	fmt.Printf("%T %v\n", id, id)
	n := Name("bob")
	fmt.Println(n.Greet(), len(n))
	s := Scores{1, 2, 3}
	s = append(s, 4)
	fmt.Println(s.Sum(), len(s), s)
	fmt.Printf("%T\n", s)
	r := Registry{}
	r.Add("a", 1)
	r.Add("b", 2)
	fmt.Println(r, len(r))
	var h Handler = func(x string) string { return x + "!" }
	fmt.Println(h("go"))
	p := Pair{1, 2}
	fmt.Println(p.Swap(), p)
	var pp PointPtr = &Point{3, 4}
	fmt.Println(pp.X, (*pp).Y)
	c := Celsius(36.6)
	fmt.Println(c, float64(c)*2)
	ints := []int(s)
	fmt.Printf("%T %v\n", ints, ints)
	s2 := Scores(ints[:2])
	fmt.Println(s2.Sum())
	fmt.Printf("%T %T %T %T\n", r, h, p, pp)
}
