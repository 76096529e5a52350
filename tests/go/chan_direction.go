package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out)
}

func consumer(in <-chan int, done chan<- int) {
	total := 0
	for v := range in {
		total += v
	}
	done <- total
}

func makeRecvOnly() <-chan string {
	c := make(chan string, 1)
	c <- "from recv-only"
	return c
}

type sink chan<- int
type source <-chan int

func main() {
	c := make(chan int)
	done := make(chan int)
	go producer(c, 10)
	go consumer(c, done)
	fmt.Println(<-done)

	r := makeRecvOnly()
	fmt.Println(<-r)
	fmt.Printf("%T\n", r)

	var s chan<- int = make(chan int, 1)
	fmt.Printf("%T\n", s)
	s <- 1

	bi := make(chan int, 2)
	var sk sink = bi
	var sr source = bi
	sk <- 5
	fmt.Println(<-sr)
	fmt.Printf("%T %T\n", sk, sr)

	// Bidirectional channel assignable to both directions.
	var send chan<- int = bi
	var recv <-chan int = bi
	send <- 8
	fmt.Println(<-recv)

	// Channel of receive-only channels.
	// `chan <-chan int` would parse as chan<- (chan int): <- binds to the leftmost chan.
	cc := make(chan (<-chan int), 1)
	inner := make(chan int, 1)
	inner <- 3
	cc <- inner
	fmt.Println(<-<-cc)
	fmt.Printf("%T\n", cc)

	// Type of a chan of chan<-.
	var x chan (<-chan int)
	var y chan<- chan int
	var z chan <-chan int
	fmt.Printf("%T | %T | %T\n", x, y, z)
}
