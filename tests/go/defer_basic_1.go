package main

import "fmt"

func order() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func argsEval() {
	x := 1
	defer fmt.Println("x at defer time:", x)
	defer func() { fmt.Println("x at exit:", x) }()
	x = 2
}

func double(n int) (result int) {
	defer func() { result *= 2 }()
	return n + 1
}

func tracer(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func nested() {
	defer tracer("nested")()
	fmt.Println("inside nested")
}

type R struct{ name string }

func (r R) Close()   { fmt.Println("close", r.name) }
func (r *R) PClose() { fmt.Println("pclose", r.name) }

func methods() {
	r := R{"first"}
	defer r.Close()
	defer r.PClose()
	r.name = "second"
}

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n++ }()
	}
	return 10
}

func loopDefer() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("closure sees ", i, "; ") }()
	}
}

func main() {
	order()
	argsEval()
	fmt.Println(double(4))
	nested()
	methods()
	fmt.Println(counter())
	loopDefer()
	fmt.Println()
	func() {
		defer fmt.Println("anon deferred")
		fmt.Println("anon body")
	}()
}
