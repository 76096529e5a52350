package main

// Each loop below spins until another goroutine changes a variable. gomi tests a loop's condition
// at the bottom, so each back edge is a different conditional branch; every one must be a
// preemption point or the setter never runs and the program hangs.

import (
	"fmt"
	"time"
)

var stop bool
var state int
var limit uint

func setLater(f func()) {
	go func() {
		time.Sleep(5 * time.Millisecond)
		f()
	}()
}

func main() {
	n := 0
	setLater(func() { stop = true })
	for !stop {
		n++
	}
	fmt.Println("bool flag", n > 0)

	setLater(func() { state = 7 })
	for state != 7 {
		n++
	}
	fmt.Println("constant compare", state)

	other := 0
	setLater(func() { other = 3; state = 3 })
	for state != other || other == 0 {
		n++
	}
	fmt.Println("register compare", other)

	stop = false
	setLater(func() { stop = true })
	i := 0
	for i = 0; i >= 0; i++ {
		if stop {
			break
		}
	}
	fmt.Println("counted loop broke", i > 0)

	limit = ^uint(0)
	setLater(func() { limit = 0 })
	var u uint
	for u = 0; u < limit; u++ {
	}
	fmt.Println("unsigned bound", limit)
}
