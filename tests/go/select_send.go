package main

import "fmt"

func main() {
	// Select with only send cases on buffered channels.
	a := make(chan int, 1)
	b := make(chan int, 1)
	a <- 0 // a is full, so only b can be sent to
	select {
	case a <- 1:
		fmt.Println("sent to a")
	case b <- 2:
		fmt.Println("sent to b")
	}
	fmt.Println(<-a, <-b)

	// Send case waking a blocked receiver.
	c := make(chan string)
	done := make(chan string)
	go func() {
		done <- "receiver got " + <-c
	}()
	select {
	case c <- "hello":
	}
	fmt.Println(<-done)

	// Value expressions of send cases are all evaluated on entry, in source order.
	trace := func(s string, v int) int {
		fmt.Println("eval", s)
		return v
	}
	full := make(chan int)
	ok := make(chan int, 1)
	select {
	case full <- trace("full", 1):
		fmt.Println("full")
	case ok <- trace("ok", 2):
		fmt.Println("ok")
	}
	fmt.Println(<-ok)

	// Channel expressions are evaluated too.
	getChan := func(name string, c chan int) chan int {
		fmt.Println("chan", name)
		return c
	}
	select {
	case v := <-getChan("recv", ok):
		fmt.Println("recv", v)
	case getChan("send", ok) <- trace("x", 9):
		fmt.Println("send")
	}
	fmt.Println(len(ok))

	// Send of a struct value in select.
	type pt struct{ x, y int }
	pc := make(chan pt, 1)
	select {
	case pc <- pt{3, 4}:
	}
	fmt.Println(<-pc)
}
