package main

import "fmt"

func main() {
	s := make([]int, 5, 10)
	j, k := 4, 12
	fmt.Println(len(s[1:j:8]))
	fmt.Println(s[1:j:k])
}
