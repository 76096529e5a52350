package main

func f() (int, error) {
	return 1
}

func main() {
	f()
}
