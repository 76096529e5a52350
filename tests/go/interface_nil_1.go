package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.msg
}

type Speaker interface{ Speak() string }
type Robot struct{ id int }

func (r *Robot) Speak() string {
	if r == nil {
		return "silent (nil robot)"
	}
	return fmt.Sprintf("beep %d", r.id)
}

func get(fail bool) error {
	var e *MyErr
	if fail {
		e = &MyErr{"failed"}
	}
	return e
}

func getGood(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	e1 := get(false)
	fmt.Println(e1 == nil, e1)
	fmt.Printf("%T %v\n", e1, e1)
	e2 := getGood(false)
	fmt.Println(e2 == nil, e2)
	fmt.Printf("%T %v\n", e2, e2)
	var r *Robot
	var s Speaker = r
	fmt.Println(s == nil, s.Speak())
	s = &Robot{7}
	fmt.Println(s.Speak())
	s = nil
	fmt.Println(s == nil)
	var target *MyErr
	fmt.Println(errors.As(get(true), &target), target.msg)
	var i interface{} = (*int)(nil)
	fmt.Println(i == nil, i)
	var j interface{} = nil
	fmt.Println(j == nil)
	var k interface{} = i
	fmt.Println(k == i, k != nil)
	var slice []int
	var iface interface{} = slice
	fmt.Println(iface == nil, slice == nil)
	var m map[string]int
	iface = m
	fmt.Println(iface == nil, len(m))
	var f func()
	iface = f
	fmt.Println(iface == nil)
}
