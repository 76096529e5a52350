package main

import (
	"errors"
	"fmt"
	"runtime/debug"
)

// With GOTRACEBACK unset, SetTraceback("none") cannot go below the default "single": a panic
// still reports its goroutine. Panics that are recovered print nothing at any level.
func main() {
	debug.SetTraceback("none")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panic("first")
	}()
	fmt.Println(string(debug.Stack()) != "")
	panic(errors.New("second"))
}
