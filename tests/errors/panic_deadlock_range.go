package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			c <- i
		}
		// forgot to close(c)
	}()
	for v := range c {
		fmt.Println(v)
	}
}
