package main

type R interface {
	Read() int
}

type RW interface {
	R
	Read() int
	Write(int)
	Write(string)
}

type Bad interface {
	R
	Read() string
}

func main() {
	var x RW
	_ = x
	println(nil == nil)
}
