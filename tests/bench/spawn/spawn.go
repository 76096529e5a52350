// spawn: start N goroutines, each parked on a receive from one shared channel, then release them
// all by closing it. tests/bench/run runs it for two sizes and reports the wall time and the
// peak-RSS difference divided by the difference in goroutines: the memory cost of one parked
// goroutine, without the fixed cost of the process.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func parked(id int, started chan<- bool, release <-chan bool, done chan<- int) {
	started <- true
	<-release
	done <- id
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
	started := make(chan bool)
	release := make(chan bool)
	done := make(chan int)
	for i := 0; i < n; i++ {
		go parked(i, started, release, done)
		// Wait until this one has run up to its receive, so that all n are parked at once.
		<-started
	}
	close(release)
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-done
	}
	fmt.Printf("spawned %d goroutines, released %d, id sum %d\n", n, n, sum)
}
