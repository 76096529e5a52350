// threadring: the benchmarks game thread-ring — 503 goroutines linked in a ring by unbuffered
// channels pass a token that is decremented at every hop; the goroutine that receives 0 reports
// its id. Measures goroutine switches and channel hand-off (run Go itself with GOMAXPROCS=1).
package main

import (
	"fmt"
	"os"
	"strconv"
)

const ringSize = 503

func worker(id int, in <-chan int, out chan<- int, result chan<- int) {
	for {
		t := <-in
		if t == 0 {
			result <- id
			return
		}
		out <- t - 1
	}
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Println("bad argument:", os.Args[1])
			os.Exit(1)
		}
		n = v
	}
	result := make(chan int)
	first := make(chan int)
	in := first
	for id := 1; id <= ringSize; id++ {
		out := first
		if id < ringSize {
			out = make(chan int)
		}
		go worker(id, in, out, result)
		in = out
	}
	first <- n
	fmt.Println(<-result)
}
