package main

import (
	"fmt"
	"time"
)

func worker(n int) {
	if n == 3 {
		panic(fmt.Sprintf("worker %d failed", n))
	}
}

func main() {
	defer fmt.Println("main defer does not run")
	fmt.Println("start")
	go worker(3)
	time.Sleep(time.Second)
	fmt.Println("unreachable")
}
