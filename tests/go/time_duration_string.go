package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0,
		1,
		999,
		1000,
		1500,
		time.Microsecond,
		1500 * time.Nanosecond,
		2 * time.Millisecond,
		2500 * time.Microsecond,
		time.Second,
		1500 * time.Millisecond,
		90 * time.Second,
		time.Minute,
		time.Hour,
		2*time.Hour + 3*time.Minute + 4500*time.Millisecond,
		100 * time.Hour,
		-1,
		-1500 * time.Millisecond,
		-2 * time.Hour,
		1<<63 - 1,
		-1 << 63,
		time.Duration(123456789),
		61 * time.Minute,
		3601 * time.Second,
		time.Second + time.Nanosecond,
	}
	for _, d := range ds {
		fmt.Println(d)
	}
	fmt.Printf("%v %s %d\n", time.Second, 2*time.Minute, time.Millisecond)
	fmt.Printf("%T\n", time.Second)
	fmt.Println(time.Duration(5).String())
	var d time.Duration
	fmt.Printf("[%8v] [%-8v]\n", d+time.Second, 3*time.Millisecond)
	fmt.Printf("%q\n", 90*time.Minute)
	fmt.Println([]time.Duration{time.Second, time.Millisecond})
}
