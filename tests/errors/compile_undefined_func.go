package main

func main() {
	doSomething(3)
}
