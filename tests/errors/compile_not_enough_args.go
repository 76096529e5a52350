package main

func greet(name string, times int) {}

func main() {
	greet("bob")
}
