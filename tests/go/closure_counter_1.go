package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(base int) (func(int), func() int) {
	return func(d int) { base += d }, func() int { return base }
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	calls := 0
	return func(x int) int {
		if v, ok := cache[x]; ok {
			return v
		}
		calls++
		v := f(x)
		cache[x] = v
		fmt.Println("computed", x, "calls", calls)
		return v
	}
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1(), c2())
	add, get := adder(10)
	add(5)
	add(-2)
	fmt.Println(get())
	f := fib()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))
	sq := memo(func(x int) int { return x * x })
	fmt.Println(sq(4), sq(4), sq(5))
	x := 1
	g := func() { x *= 3 }
	g()
	g()
	fmt.Println(x)
	var rec func(int) int
	rec = func(n int) int {
		if n == 0 {
			return 0
		}
		return n + rec(n-1)
	}
	fmt.Println(rec(100))
	func() {
		x = 42
	}()
	fmt.Println(x)
	y := func(a, b int) int { return a - b }(10, 3)
	fmt.Println(y)
}
