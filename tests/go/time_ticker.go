package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(20 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			break
		}
	}
	tk.Stop()
	fmt.Println("ticks:", n, "elapsed >= 60ms:", time.Since(start) >= 60*time.Millisecond)

	// After Stop no more ticks arrive.
	select {
	case <-tk.C:
		fmt.Println("unexpected tick")
	case <-time.After(60 * time.Millisecond):
		fmt.Println("no ticks after stop")
	}

	// Ticker with a done channel in a select loop.
	tk2 := time.NewTicker(10 * time.Millisecond)
	defer tk2.Stop()
	done := time.After(55 * time.Millisecond)
	ticks := 0
loop:
	for {
		select {
		case <-tk2.C:
			ticks++
		case <-done:
			break loop
		}
	}
	// A ticker drops ticks for slow receivers, so only bounds are robust.
	fmt.Println("ticks in 55ms between 1 and 6:", ticks >= 1 && ticks <= 6)

	// Reset changes the period.
	tk3 := time.NewTicker(time.Hour)
	tk3.Reset(5 * time.Millisecond)
	<-tk3.C
	<-tk3.C
	tk3.Stop()
	fmt.Println("reset ticker ticked")
	fmt.Printf("%T %d\n", tk3, cap(tk3.C))
}
