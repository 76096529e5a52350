package main

import (
	"fmt"
	"os"
)

func check(n int) {
	if n > 2 {
		fmt.Println("fatal at", n)
		os.Exit(1)
	}
}

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println("step", i)
		check(i)
	}
}
