package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("making ticker")
	t := time.NewTicker(0)
	fmt.Println("unreachable", t)
}
