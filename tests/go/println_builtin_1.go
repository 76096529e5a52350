package main

import "fmt"

func main() {
	fmt.Println("stdout line 1")
	println("this goes to stderr", 1, true)
	print("also stderr\n")
	fmt.Println("stdout line 2")
	x := 3
	println(x, 2.5, "s")
	fmt.Println("stdout line 3", x)
}
