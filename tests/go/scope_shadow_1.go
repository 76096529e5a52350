package main

import "fmt"

var x = "package"

func show() string { return x }

func main() {
	fmt.Println(x, show())
	x := "main"
	fmt.Println(x, show())
	{
		x := "block"
		fmt.Println(x)
		{
			x = "modified block"
			fmt.Println(x)
		}
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 1; x > 0 {
		x := x + 1
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("for", x)
	}
	switch x := 5; {
	case x > 3:
		x := "case"
		fmt.Println(x)
	}
	err := fmt.Errorf("outer")
	if true {
		_, err := fmt.Println("inner print")
		_ = err
	}
	fmt.Println(err)
	fmt.Println(x)
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	{
		true := false
		fmt.Println(true)
	}
	type int = string
	var s int = "int is now string"
	fmt.Println(s)
	nil := 5
	fmt.Println(nil)
}
