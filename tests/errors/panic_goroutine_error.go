package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		var s []int
		fmt.Println("goroutine indexing")
		_ = s[5]
		done <- true
	}()
	<-done
}
