package main

import (
	"fmt"
	"strconv"
)

// An operand of invalid type (an undefined function's results) is reported once: the later
// assignments to the variable it declared are not errors of their own.
func main() {
	v, err := undefinedFunc("x")
	n, err := strconv.Atoi("1")
	var s string = v
	err = fmt.Errorf("%d", n)
	fmt.Println(s, err)
}
