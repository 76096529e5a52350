package main

import (
	"fmt"
	"os"
)

func level3() {
	defer fmt.Println("level3 defer")
	panic("boom")
}

func level2() {
	defer fmt.Println("level2 defer")
	level3()
	fmt.Println("not reached")
}

func level1() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("level1 caught %q", r)
		}
	}()
	level2()
	return nil
}

type stackT struct{ data []int }

func (s *stackT) pop() (v int) {
	defer func() {
		if recover() != nil {
			v = -1
		}
	}()
	v = s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v
}

func recoverValueTypes() {
	for _, v := range []interface{}{"str", 1, 2.5, nil, []int{1}} {
		func() {
			defer func() {
				r := recover()
				fmt.Printf("%T %v\n", r, r)
			}()
			if v != nil {
				panic(v)
			}
		}()
	}
}

func main() {
	fmt.Println(level1())
	s := &stackT{data: []int{1, 2}}
	fmt.Println(s.pop(), s.pop(), s.pop())
	recoverValueTypes()
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
			fmt.Println("second recover:", recover())
		}()
		panic("once")
	}()
	fmt.Fprintln(os.Stdout, "still running")
}
