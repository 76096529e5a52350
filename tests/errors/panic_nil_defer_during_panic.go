package main

import "fmt"

// A nil func deferred and then called by a panic: a second panic, which aborts the first.

func recovered() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var cleanup func()
	defer cleanup()
	panic("first")
}

func main() {
	recovered()
	var hook func()
	defer hook()
	fmt.Println("before")
	panic("boom")
}
