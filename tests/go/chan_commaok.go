package main

import "fmt"

func main() {
	c := make(chan int, 2)
	c <- 7
	close(c)
	v, ok := <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)

	// Zero values of various element types after close.
	s := make(chan string)
	close(s)
	sv, sok := <-s
	fmt.Printf("%q %v\n", sv, sok)

	p := make(chan *int)
	close(p)
	pv, pok := <-p
	fmt.Println(pv == nil, pok)

	type pair struct {
		a int
		b string
	}
	ps := make(chan pair, 1)
	ps <- pair{1, "one"}
	close(ps)
	for i := 0; i < 2; i++ {
		x, ok := <-ps
		fmt.Printf("%+v %v\n", x, ok)
	}

	// Comma-ok on an open unbuffered channel with a sender.
	u := make(chan bool)
	go func() { u <- false }()
	b, ok := <-u
	fmt.Println(b, ok)

	// Comma-ok used in an if and a for.
	q := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		q <- i * i
	}
	close(q)
	for {
		x, ok := <-q
		if !ok {
			break
		}
		fmt.Print(x, " ")
	}
	fmt.Println()
	if _, ok := <-q; !ok {
		fmt.Println("closed and drained")
	}

	// Interface element: receiving from closed gives nil interface.
	ic := make(chan error)
	close(ic)
	e, ok := <-ic
	fmt.Println(e, ok)
}
