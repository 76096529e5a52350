package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	Tags  []string
	Extra struct {
		Flag bool
		N    float64
	}
}

func main() {
	pt := struct {
		X, Y int
	}{1, 2}
	fmt.Println(pt, pt.X+pt.Y)
	fmt.Printf("%+v %T\n", pt, pt)
	items := []struct {
		Name  string
		Price float64
	}{
		{"apple", 1.25},
		{"pear", 0.5},
		{Name: "kiwi"},
	}
	total := 0.0
	for _, it := range items {
		total += it.Price
	}
	fmt.Println(items, total)
	var o Outer
	o.Name = "outer"
	o.In.A = 7
	o.Extra.Flag = true
	o.Extra.N = 2.5
	fmt.Printf("%+v\n", o)
	o.Ptr = &Inner{B: "ptr"}
	o.Tags = append(o.Tags, "x", "y")
	fmt.Println(o.Ptr.B, o.Tags, o.In)
	a := struct{ A, B int }{1, 2}
	b := struct{ A, B int }{1, 2}
	fmt.Println(a == b)
	b.B = 3
	fmt.Println(a == b, a != b)
	var empty struct{}
	fmt.Println(empty)
	fmt.Printf("%v %+v %#v\n", empty, Inner{}, Inner{1, "z"})
	copyO := o
	copyO.In.A = 100
	copyO.Ptr.A = 55
	fmt.Println(o.In.A, copyO.In.A, o.Ptr.A)
}
