package main

import (
	"fmt"
	"runtime"
)

func main() {
	go func() {
		fmt.Println("other goroutine")
	}()
	defer fmt.Println("main defer runs")
	runtime.Goexit()
}
