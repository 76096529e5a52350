package main

import "fmt"

func takesString(s string) { fmt.Println(s) }

func main() {
	n := 42
	takesString(n)
}
