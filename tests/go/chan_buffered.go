package main

import "fmt"

func main() {
	c := make(chan int, 3)
	c <- 1
	c <- 2
	c <- 3
	fmt.Println(len(c), cap(c))
	fmt.Println(<-c, <-c)
	c <- 4
	c <- 5
	fmt.Println(len(c), cap(c))
	for len(c) > 0 {
		fmt.Print(<-c, " ")
	}
	fmt.Println()

	// FIFO across wraparound of the ring buffer.
	r := make(chan string, 4)
	for round := 0; round < 3; round++ {
		for i := 0; i < 3; i++ {
			r <- fmt.Sprintf("%d.%d", round, i)
		}
		for i := 0; i < 3; i++ {
			fmt.Print(<-r, " ")
		}
	}
	fmt.Println()

	// A full buffer blocks the sender until a receive makes room.
	b := make(chan int, 2)
	done := make(chan bool)
	go func() {
		for i := 0; i < 5; i++ {
			b <- i
		}
		close(b)
		done <- true
	}()
	sum := 0
	for v := range b {
		sum += v
	}
	<-done
	fmt.Println("sum", sum)

	// Buffered channel of structs with large values.
	type big struct {
		a [8]int
		s string
	}
	bc := make(chan big, 2)
	bc <- big{a: [8]int{1, 2, 3, 4, 5, 6, 7, 8}, s: "x"}
	bc <- big{s: "y"}
	v1 := <-bc
	v2 := <-bc
	fmt.Println(v1.a, v1.s, v2.a, v2.s)

	// Buffered channel of size 1 as a mailbox.
	m := make(chan int, 1)
	m <- 10
	v := <-m
	m <- v + 1
	fmt.Println(<-m)
}
