package main

import "fmt"

type Truth interface{}

func classify(v interface{}) string {
	switch {
	case v:
		return "is true"
	case false:
		return "never"
	}
	return "not true"
}

func main() {
	fmt.Println(classify(true), classify(false), classify(1), classify("true"))
	var t Truth = true
	switch i := t; {
	case i:
		fmt.Println("i matched")
	default:
		fmt.Println("default")
	}
	x := 5
	switch {
	case x > 3 && x < 10:
		fmt.Println("mid")
		fallthrough
	case x > 100:
		fmt.Println("fell")
	}
}
