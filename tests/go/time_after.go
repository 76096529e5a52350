package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	<-time.After(30 * time.Millisecond)
	fmt.Println("waited at least 30ms:", time.Since(start) >= 30*time.Millisecond)

	// The value received is a time not before the start.
	t := <-time.After(time.Millisecond)
	fmt.Println("after start:", !t.Before(start))

	// Two timers: the shorter one fires first.
	short := time.After(20 * time.Millisecond)
	long := time.After(60 * time.Millisecond)
	for i := 0; i < 2; i++ {
		select {
		case <-short:
			fmt.Println("short")
			short = nil
		case <-long:
			fmt.Println("long")
		}
	}

	// The channel from time.After has capacity 1.
	c := time.After(time.Millisecond)
	fmt.Println(cap(c))
	time.Sleep(20 * time.Millisecond)
	fmt.Println(len(c))
	<-c
	fmt.Println(len(c))

	// Zero and negative durations fire immediately.
	<-time.After(0)
	<-time.After(-time.Second)
	fmt.Println("immediate")

	// time.Tick-free polling with time.After in a loop.
	n := 0
	for n < 3 {
		<-time.After(5 * time.Millisecond)
		n++
	}
	fmt.Println("ticks", n)
}
