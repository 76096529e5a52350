package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred calls do not run on os.Exit")
	fmt.Println("before exit")
	fmt.Fprintln(os.Stderr, "error message on stderr")
	os.Exit(3)
	fmt.Println("after exit")
}
