package main

type B bool

type S interface{ String() string }

func main() {
	var b B
	var s S
	switch {
	case b:
	case s:
	case 1 < 2:
	}
}
