package main

func main() {
	z := complex(1, -2.5)
	panic(z * 2)
}
