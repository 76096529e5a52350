package main

import "fmt"

func main() {
	fmt.Println(int(3.5))
}
