package main

func f(x int) int

func init()

func main() {
	f(1)
}
