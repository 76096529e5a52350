package main

import "fmt"

func filterInPlace(xs []int, keep func(int) bool) []int {
	out := xs[:0]
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func reverse(xs []string) {
	for i, j := 0, len(xs)-1; i < j; i, j = i+1, j-1 {
		xs[i], xs[j] = xs[j], xs[i]
	}
}

func dedup(xs []int) []int {
	if len(xs) == 0 {
		return xs
	}
	j := 1
	for i := 1; i < len(xs); i++ {
		if xs[i] != xs[j-1] {
			xs[j] = xs[i]
			j++
		}
	}
	return xs[:j]
}

func chunk(xs []int, n int) [][]int {
	var out [][]int
	for n < len(xs) {
		xs, out = xs[n:], append(out, xs[0:n:n])
	}
	return append(out, xs)
}

func insert(xs []int, i, v int) []int {
	xs = append(xs, 0)
	copy(xs[i+1:], xs[i:])
	xs[i] = v
	return xs
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := filterInPlace(nums, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens, nums)
	words := []string{"a", "b", "c", "d", "e"}
	reverse(words)
	fmt.Println(words)
	reverse(words[1:4])
	fmt.Println(words)
	fmt.Println(dedup([]int{1, 1, 2, 3, 3, 3, 4, 1, 1}))
	fmt.Println(chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3))
	fmt.Println(insert([]int{1, 2, 4}, 2, 3), insert([]int{}, 0, 9))
	grid := make([][]rune, 3)
	for i := range grid {
		grid[i] = []rune("...")
	}
	grid[1][1] = '#'
	grid[0][2] = '@'
	for _, row := range grid {
		fmt.Println(string(row))
	}
	var stack [][]int
	stack = append(stack, []int{1})
	stack = append(stack, []int{2, 3})
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	fmt.Println(top, stack, len(stack))
	s := make([]int, 5)
	for i := range s {
		s[i] = i * i
	}
	fmt.Println(s[len(s)-2:], s[:2], s[1:len(s)-1])
	bs := []bool{true, false}
	fs := []float64{1.5, 2.5}
	ss := [][]string{{"x"}}
	fmt.Println(bs, fs, ss, len(ss[0]))
	var ifaces []interface{}
	ifaces = append(ifaces, 1, "a", nil, []int{2})
	fmt.Println(ifaces, len(ifaces))
}
