package main

import "fmt"

type point struct{ x, y int }

func main() {
	c := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			c <- i * 11
		}
	}()
	for i := 0; i < 3; i++ {
		fmt.Println(<-c)
	}

	// Send and receive of composite values copies them.
	pc := make(chan point)
	p := point{1, 2}
	go func() { pc <- p }()
	q := <-pc
	q.x = 99
	fmt.Println(p, q)

	sc := make(chan []string)
	go func() { sc <- []string{"a", "b"} }()
	fmt.Println(<-sc)

	// Strings, interfaces, funcs through channels.
	ic := make(chan interface{})
	go func() {
		ic <- 1
		ic <- "two"
		ic <- 3.5
		ic <- nil
	}()
	for i := 0; i < 4; i++ {
		v := <-ic
		fmt.Printf("%T %v\n", v, v)
	}
	fc := make(chan func(int) int)
	go func() { fc <- func(n int) int { return n + 1 } }()
	fmt.Println((<-fc)(41))

	// Synchronous handshake: the sender only proceeds after the receive.
	ack := make(chan string)
	go func() {
		ack <- "hello"
		ack <- "world"
	}()
	a := <-ack
	b := <-ack
	fmt.Println(a, b)

	// Receive as a statement and discarding.
	go func() { c <- 5 }()
	<-c
	fmt.Println("discarded")
}
