package main

import "fmt"

type I interface{ M(int, byte) (byte, int) }
type J interface{ V() int }

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	var f func(int, byte) (byte, int)
	var g func() int
	try("i.M", func() { var i I; f = i.M })
	try("j.V", func() { var j J; g = j.V })
	try("j.V local", func() { var j J; h := j.V; _ = h })
	fmt.Println(f == nil, g == nil)
}
