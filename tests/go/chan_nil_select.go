package main

import "fmt"

func main() {
	// A nil channel is never ready in select.
	var nilc chan int
	select {
	case v := <-nilc:
		fmt.Println("received", v)
	case nilc <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("default: nil channel never ready")
	}

	// Disabling cases by setting channels to nil while merging.
	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i < 12; i++ {
			b <- i
		}
		close(b)
	}()
	sum := 0
	count := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
			count++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
			count++
		}
	}
	fmt.Println("merged", count, sum)

	// A nil channel in select next to a ready channel.
	ready := make(chan string, 1)
	ready <- "ready"
	var nc chan string
	select {
	case s := <-nc:
		fmt.Println("nil", s)
	case s := <-ready:
		fmt.Println(s)
	}
	fmt.Println(nilc == nil, a == nil)
}
