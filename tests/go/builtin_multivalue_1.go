package main

import "fmt"

func three() (int16, float64, string) { return -42, 42.0, "x" }

func bytesAnd(a []byte) ([]byte, []byte) { return a, []byte("abc") }

func bytesStr(a []byte) ([]byte, string) { return a, "abc" }

func mapKey(m map[string]int, k string) (map[string]int, string) { return m, k }

func sliceAnd() ([]int, int, int) { return []int{1}, 2, 3 }

func sliceOnly() ([]int, int) { return []int{7}, 8 }

type pair struct{ a, b int }

func pairs() ([]pair, pair) { return nil, pair{1, 2} }

var calls int

func counted() ([]int, int) {
	calls++
	return []int{calls}, calls * 10
}

var global = copy(bytesAnd(make([]byte, 2)))

func main() {
	print(three())
	print("\n")
	println(three())
	println((three()))

	a := []byte{1, 2, 3}
	n := copy(bytesAnd(a))
	fmt.Println(n, a)

	b := []byte{1, 2, 3, 4}
	n = copy(bytesStr(b))
	fmt.Println(n, b)

	m := map[string]int{"x": 1, "y": 2}
	delete(mapKey(m, "x"))
	fmt.Println(len(m), m)

	fmt.Println(append(sliceAnd()))
	fmt.Println(append(sliceOnly()), len(append(sliceOnly())))
	fmt.Println(append(pairs()))

	// The call is evaluated once.
	fmt.Println(append(counted()), calls)

	f := func() {
		println(three())
	}
	f()
	defer println(three())
	go println(three())
	fmt.Println("global:", global)
}
