package main

import "fmt"

func tryRecv(c chan int) string {
	select {
	case v := <-c:
		return fmt.Sprint("got ", v)
	default:
		return "empty"
	}
}

func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func main() {
	c := make(chan int, 2)
	fmt.Println(tryRecv(c))
	fmt.Println(trySend(c, 1), trySend(c, 2), trySend(c, 3))
	fmt.Println(tryRecv(c), tryRecv(c), tryRecv(c))

	// Unbuffered channel with no partner: default.
	u := make(chan int)
	fmt.Println(trySend(u, 1), tryRecv(u))

	// Closed channel is always ready for receive.
	close(c)
	select {
	case v, ok := <-c:
		fmt.Println("closed recv", v, ok)
	default:
		fmt.Println("default")
	}

	// Only default.
	select {
	default:
		fmt.Println("only default")
	}

	// Default in the middle of cases.
	var nilc chan string
	select {
	case s := <-nilc:
		fmt.Println(s)
	default:
		fmt.Println("default in middle")
	case nilc <- "x":
		fmt.Println("sent")
	}

	// Non-blocking drain loop.
	b := make(chan int, 5)
	for i := 0; i < 5; i++ {
		b <- i
	}
	n := 0
loop:
	for {
		select {
		case <-b:
			n++
		default:
			break loop
		}
	}
	fmt.Println("drained", n)
}
