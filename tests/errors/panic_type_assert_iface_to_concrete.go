package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (MyErr) Error() string { return "mine" }

func main() {
	var err error = errors.New("plain")
	me := err.(MyErr)
	fmt.Println(me)
}
