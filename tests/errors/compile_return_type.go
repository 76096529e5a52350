package main

func f() string {
	return 42
}

func main() {
	_ = f()
}
