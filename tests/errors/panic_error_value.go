package main

import (
	"errors"
	"fmt"
)

func main() {
	err := fmt.Errorf("wrapped: %w", errors.New("inner problem"))
	panic(err)
}
