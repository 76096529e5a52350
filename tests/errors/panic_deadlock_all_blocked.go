package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		<-a
		b <- 1
	}()
	go func() {
		<-b
		a <- 1
	}()
	done := make(chan bool)
	fmt.Println("all goroutines will block")
	select {
	case <-done:
	case <-a:
	}
}
