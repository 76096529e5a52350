package main

import "fmt"

type myChan chan int
type msg struct{ s string }

func main() {
	fmt.Printf("%T\n", make(chan int))
	fmt.Printf("%T\n", make(chan<- string))
	fmt.Printf("%T\n", make(<-chan bool))
	fmt.Printf("%T\n", make(chan struct{}))
	fmt.Printf("%T\n", make(chan msg))
	fmt.Printf("%T\n", make(chan *msg))
	fmt.Printf("%T\n", make(chan []int))
	fmt.Printf("%T\n", make(chan map[string]int))
	fmt.Printf("%T\n", make(chan chan int))
	fmt.Printf("%T\n", make(chan error))
	fmt.Printf("%T\n", make(chan interface{}))
	fmt.Printf("%T\n", make(chan func(int) string))
	fmt.Printf("%T\n", make(myChan))
	var nc chan int
	fmt.Printf("%T %v %t\n", nc, nc, nc == nil)
	var i interface{} = make(chan float64, 2)
	switch c := i.(type) {
	case chan int:
		fmt.Println("chan int")
	case chan float64:
		fmt.Println("chan float64", cap(c))
	}
	if _, ok := i.(<-chan float64); !ok {
		fmt.Println("not a <-chan float64")
	}

	// Channel equality.
	a := make(chan int)
	b := a
	c := make(chan int)
	fmt.Println(a == b, a == c, a != nil)
	var ra <-chan int = a
	fmt.Println(ra == a)
	m := map[chan int]string{a: "a", c: "c"}
	fmt.Println(m[b], m[c], len(m))
	fmt.Printf("%T\n", m)
}
