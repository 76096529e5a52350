package main

import (
	"fmt"
	"time"
)

func main() {
	// Stop before firing returns true and the channel never receives.
	t := time.NewTimer(50 * time.Millisecond)
	fmt.Println("stop:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("fired")
	case <-time.After(80 * time.Millisecond):
		fmt.Println("stopped timer did not fire")
	}

	// Stop after firing returns false.
	t2 := time.NewTimer(5 * time.Millisecond)
	<-t2.C
	fmt.Println("stop after fire:", t2.Stop())

	// Reset of a stopped timer returns false and makes it fire.
	fmt.Println("reset stopped:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired after reset")

	// Reset of an active timer returns true and postpones it.
	t3 := time.NewTimer(20 * time.Millisecond)
	fmt.Println("reset active:", t3.Reset(100*time.Millisecond))
	select {
	case <-t3.C:
		fmt.Println("fired too early")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("postponed")
	}
	<-t3.C
	fmt.Println("t3 fired")

	// Stop and drain idiom.
	t4 := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	if !t4.Stop() {
		<-t4.C
		fmt.Println("drained")
	}
	fmt.Println("reset drained:", t4.Reset(5*time.Millisecond))
	<-t4.C
	fmt.Println("t4 fired")

	fmt.Printf("%T %T %d\n", t, t.C, cap(t.C))
}
