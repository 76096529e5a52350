package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(25 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 25*time.Millisecond, el < 10*time.Second)

	t1 := time.Now()
	t2 := time.Now()
	fmt.Println(!t2.Before(t1), t2.Sub(t1) >= 0)

	deadline := time.Now().Add(100 * time.Millisecond)
	fmt.Println(time.Until(deadline) > 0)
	for time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	fmt.Println(time.Until(deadline) <= 0, !time.Now().Before(deadline))

	// Monotonic: Since measured across a goroutine hand-off.
	done := make(chan time.Duration)
	go func(s time.Time) {
		time.Sleep(20 * time.Millisecond)
		done <- time.Since(s)
	}(time.Now())
	fmt.Println(<-done >= 20*time.Millisecond)
}
