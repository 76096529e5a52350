package main

type S struct {
	a string
	b []int
}

type T struct {
	m map[T]int
	n int
}

type K [2]S

func main() {
	ms := map[S]int{}
	mk := map[K]bool{}
	ok := map[[2]string]int{}
	_, _, _ = ms, mk, ok
}
