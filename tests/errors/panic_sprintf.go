package main

import "fmt"

func main() {
	id := 7
	panic(fmt.Sprintf("invalid id %d: %q", id, "seven"))
}
