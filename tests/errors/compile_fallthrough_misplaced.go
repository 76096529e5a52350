package main

import "fmt"

func main() {
	var x interface{} = 1
	switch x.(type) {
	case int:
		fallthrough
	case string:
	}
	switch {
	case true:
		if true {
			fallthrough
		}
	case false:
	}
L:
	if true {
		break L
	}
	fmt.Println()
}
