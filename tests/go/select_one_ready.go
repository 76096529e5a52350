package main

import "fmt"

func pick(a, b, c chan int) string {
	select {
	case v := <-a:
		return fmt.Sprint("a ", v)
	case v := <-b:
		return fmt.Sprint("b ", v)
	case v := <-c:
		return fmt.Sprint("c ", v)
	}
}

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int, 1)
	// Exactly one case is ready each time, so the outcome is forced.
	b <- 2
	fmt.Println(pick(a, b, c))
	c <- 3
	fmt.Println(pick(a, b, c))
	a <- 1
	fmt.Println(pick(a, b, c))

	// Blocking select woken by a goroutine sending on one channel.
	go func() { c <- 30 }()
	fmt.Println(pick(a, b, c))
	go func() { a <- 10 }()
	fmt.Println(pick(a, b, c))

	// Select mixing send and receive where only the send can proceed.
	out := make(chan string, 1)
	in := make(chan string)
	select {
	case out <- "sent":
		fmt.Println("send case")
	case s := <-in:
		fmt.Println("recv", s)
	}
	fmt.Println(<-out)

	// Assignment forms in select cases.
	var x int
	var ok bool
	a <- 5
	select {
	case x, ok = <-a:
	}
	fmt.Println(x, ok)
	m := map[string]int{}
	b <- 6
	select {
	case m["k"] = <-b:
	}
	fmt.Println(m)

	// Random choice among many ready cases still leads to the same total.
	r1 := make(chan int, 10)
	r2 := make(chan int, 10)
	for i := 0; i < 10; i++ {
		r1 <- 1
		r2 <- 100
	}
	total := 0
	for i := 0; i < 20; i++ {
		select {
		case v := <-r1:
			total += v
		case v := <-r2:
			total += v
		}
	}
	fmt.Println("total", total)
}
