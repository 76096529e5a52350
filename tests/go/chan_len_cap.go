package main

import "fmt"

func main() {
	var nilc chan int
	fmt.Println(len(nilc), cap(nilc))
	u := make(chan int)
	fmt.Println(len(u), cap(u))
	b := make(chan int, 5)
	fmt.Println(len(b), cap(b))
	b <- 1
	b <- 2
	fmt.Println(len(b), cap(b))
	<-b
	fmt.Println(len(b), cap(b))
	close(b)
	fmt.Println(len(b), cap(b))
	<-b
	fmt.Println(len(b), cap(b))

	// Directional views share length and capacity.
	c := make(chan string, 4)
	var s chan<- string = c
	var r <-chan string = c
	s <- "a"
	s <- "b"
	fmt.Println(len(s), cap(s), len(r), cap(r))

	// Capacity from a non-constant expression.
	n := 3
	d := make(chan bool, n*2)
	fmt.Println(cap(d))
	var zero int
	z := make(chan bool, zero)
	fmt.Println(cap(z))
	e := make(chan struct{}, 100)
	for i := 0; i < 100; i++ {
		e <- struct{}{}
	}
	fmt.Println(len(e), cap(e))
}
