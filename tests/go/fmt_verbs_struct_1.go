package main

import "fmt"

type Point struct {
	X, Y int
}

type Person struct {
	Name    string
	Age     int
	Tags    []string
	Loc     *Point
	Meta    map[string]int
	private bool
}

type Wrapper struct {
	Any   interface{}
	Err   error
	Inner Point
}

type MyInt int
type MyStr string
type MySlice []int
type MyMap map[string]bool

func main() {
	p := Point{1, 2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%#v|%T\n", &p, &p, &p, &p)
	per := Person{"Al", 30, []string{"a"}, nil, map[string]int{"k": 1}, true}
	fmt.Printf("%v\n", per)
	fmt.Printf("%+v\n", per)
	per.Loc = nil
	per.Tags = nil
	per.Meta = nil
	fmt.Printf("%#v\n", per)
	w := Wrapper{Any: 5, Inner: p}
	fmt.Printf("%v\n%+v\n%#v\n", w, w, w)
	w.Any = "s"
	fmt.Printf("%#v\n", w)
	fmt.Printf("%#v %#v %#v %#v\n", MyInt(3), MyStr("s"), MySlice{1}, MyMap{"a": true})
	fmt.Printf("%#v %#v %#v\n", []int(nil), map[string]int(nil), []string{})
	fmt.Printf("%#v %#v %#v\n", [2]bool{true}, struct{}{}, struct{ A int }{1})
	fmt.Printf("%#v %#v %#v %#v\n", "q\"s", 1.0, 1e21, float32(2.5))
	fmt.Printf("%#v %#v\n", []interface{}{1, "a", nil}, map[int]string{2: "b", 1: "a"})
	var ip *int
	var e error
	var i interface{}
	fmt.Printf("%v %v %v %+v %#v %#v\n", ip, e, i, e, i, e)
	fmt.Printf("%d\n", p)
	fmt.Printf("%x\n", Point{255, 16})
	fmt.Printf("%s\n", p)
	fmt.Printf("%v\n", [][]Point{{{1, 2}}, {}})
	fmt.Printf("%v %+v\n", []*Point{nil}, struct {
		P *Point
		N []int
	}{})
	fmt.Printf("%T %T %T %T\n", w.Any, e, i, ip)
	fmt.Printf("%T %T %T\n", []interface{}{}, map[string][]int{}, func(int) string { return "" })
	var ch chan int
	var ro <-chan string
	var so chan<- bool
	fmt.Printf("%T %T %T %v\n", ch, ro, so, ch == nil)
	fmt.Printf("%T %T\n", [3]*Point{}, struct {
		A int
		b string
	}{})
	fmt.Printf("%#v\n", &w.Inner)
}
