package main

import "fmt"

// defer of the builtins copy and recover, and deferred print of float32 values.

func recoverAtReturn() (r string) {
	defer func() { r = fmt.Sprint("outer saw: ", recover()) }()
	defer func() {
		// Runs at this literal's normal return, as a recover() call of the literal would.
		defer recover()
	}()
	panic("first")
}

func nested() {
	defer func() { fmt.Println("nested outer:", recover()) }()
	defer func() {
		defer recover()
		defer func() { fmt.Println("nested inner:", recover()) }()
		panic("second")
	}()
	panic("first")
}

func noop() {
	defer func() { fmt.Println("noop outer:", recover()) }()
	defer func() {
		defer func() { fmt.Println("noop inner:", recover()) }()
		defer recover() // run by the panic itself: recovers nothing
		panic("second")
	}()
	panic("first")
}

func direct() {
	defer func() { fmt.Println("direct:", recover()) }()
	defer recover() // run directly by the panic: a no-op
	panic("third")
}

func main() {
	fmt.Println(recoverAtReturn())
	nested()
	noop()
	direct()
	dst := []int{1, 2, 3, 4}
	src := []int{7, 8}
	func() {
		defer copy(dst[1:], src)
		src[0] = 9 // the arguments were evaluated at the defer statement, not the slice contents
	}()
	fmt.Println(dst)
	b := make([]byte, 3)
	func() { defer copy(b, "xyz!") }()
	fmt.Println(string(b))
	func() {
		var f32 float32 = 2.5
		defer println(f32, 1.25, "s", true)
		defer print(float32(0.5), "\n")
		f32 = 8
	}()
}
