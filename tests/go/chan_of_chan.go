package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * r.n
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 4; i++ {
		reply := make(chan int)
		reqs <- request{i, reply}
		fmt.Println(i, "->", <-reply)
	}
	close(reqs)

	// A channel carrying channels: each reply channel is sent back.
	cc := make(chan chan string)
	go func() {
		for c := range cc {
			c <- "pong"
		}
	}()
	for i := 0; i < 3; i++ {
		c := make(chan string)
		cc <- c
		fmt.Println(i, <-c)
	}
	close(cc)

	// Buffered channel of buffered channels.
	outer := make(chan chan int, 3)
	for i := 0; i < 3; i++ {
		in := make(chan int, 1)
		in <- i * 100
		outer <- in
	}
	close(outer)
	for in := range outer {
		fmt.Print(<-in, " ")
	}
	fmt.Println()

	// Nested receive syntax.
	ch := make(chan chan chan int, 1)
	mid := make(chan chan int, 1)
	last := make(chan int, 1)
	last <- 77
	mid <- last
	ch <- mid
	fmt.Println(<-<-<-ch)
}
