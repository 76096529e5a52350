package main

import "fmt"

var c = b
var d = a

var a, b any = any(nil).(bool)

type B bool

func main() {
	fmt.Println(a, b, c, d)
	var x any = 3
	var v, ok any = x.(int)
	fmt.Println(v, ok)
	m := map[string]int{"k": 1}
	var e, f interface{} = m["k"]
	fmt.Println(e, f)
	var g, h any = m["z"]
	fmt.Println(g, h)
	ch := make(chan int, 1)
	ch <- 5
	var i, j any = <-ch
	fmt.Println(i, j)
	var k int
	var l B
	k, l = m["k"]
	fmt.Println(k, l)
	var n, o = x.(string)
	fmt.Printf("%q %v\n", n, o)
	var p, q any
	p, q = x.(int)
	fmt.Println(p, q)
	var r int
	var s B = true
	r, s = x.(int)
	fmt.Println(r, s)
}
