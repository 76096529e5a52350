package main

import (
	"fmt"
	"time"
)

func main() {
	// Program exits when main returns, without waiting for other goroutines.
	go func() {
		time.Sleep(time.Hour)
		fmt.Println("never printed")
	}()
	block := make(chan int)
	go func() {
		<-block
		fmt.Println("never printed either")
	}()
	go func() {
		for {
			time.Sleep(time.Millisecond)
		}
	}()
	defer fmt.Println("main deferred")
	fmt.Println("main done")
}
