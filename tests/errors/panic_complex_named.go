package main

type C complex64

func main() {
	panic(C(3i))
}
