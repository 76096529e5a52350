package main

func main() {
	n := 5
	_ = n.(int)
}
