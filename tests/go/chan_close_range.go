package main

import "fmt"

func gen(n int) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		for i := 0; i < n; i++ {
			c <- i
		}
	}()
	return c
}

func main() {
	for v := range gen(5) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Range over a buffered channel closed before ranging.
	b := make(chan string, 3)
	b <- "x"
	b <- "y"
	b <- "z"
	close(b)
	for s := range b {
		fmt.Print(s)
	}
	fmt.Println()

	// Range with break leaves the remaining values.
	r := make(chan int, 5)
	for i := 0; i < 5; i++ {
		r <- i
	}
	close(r)
	for v := range r {
		if v == 2 {
			break
		}
	}
	fmt.Println("left:", len(r))

	// Range with no variable.
	count := 0
	for range gen(7) {
		count++
	}
	fmt.Println("count", count)

	// Closing wakes up all blocked receivers.
	done := make(chan struct{})
	results := make(chan int, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			<-done
			results <- i
		}(i)
	}
	close(done)
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-results
	}
	fmt.Println("woken sum", sum)

	// Close with receivers reading from a closed empty channel repeatedly.
	e := make(chan int)
	close(e)
	for i := 0; i < 3; i++ {
		fmt.Print(<-e)
	}
	fmt.Println()

	// Range over an empty closed channel.
	n := 0
	for range e {
		n++
	}
	fmt.Println("n", n)
}
