package main

import "fmt"

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func permutations(xs []int) [][]int {
	if len(xs) <= 1 {
		return [][]int{append([]int(nil), xs...)}
	}
	var out [][]int
	for i := range xs {
		rest := make([]int, 0, len(xs)-1)
		rest = append(rest, xs[:i]...)
		rest = append(rest, xs[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]int{xs[i]}, p...))
		}
	}
	return out
}

func fibMemo(n int, memo map[int]int64) int64 {
	if n < 2 {
		return int64(n)
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := fibMemo(n-1, memo) + fibMemo(n-2, memo)
	memo[n] = v
	return v
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func subsets(s string) []string {
	if s == "" {
		return []string{""}
	}
	rest := subsets(s[1:])
	out := append([]string{}, rest...)
	for _, r := range rest {
		out = append(out, s[:1]+r)
	}
	return out
}

func main() {
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves[:5])
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	ps := permutations([]int{1, 2, 3})
	fmt.Println(len(ps), ps)
	fmt.Println(fibMemo(90, map[int]int64{}))
	fmt.Println(depth(10000))
	fmt.Printf("%q\n", subsets("abc"))
}
