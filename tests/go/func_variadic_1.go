package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func count(xs ...interface{}) int { return len(xs) }

func describe(prefix string, vals ...interface{}) string {
	return prefix + fmt.Sprint(len(vals)) + fmt.Sprint(vals...)
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 100
	}
}

func isNil(xs ...int) bool { return xs == nil }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(sum(nums[1:]...))
	fmt.Println(join("-", "a", "b", "c"))
	fmt.Println(join(","))
	parts := []string{"x", "y"}
	fmt.Println(join("+", parts...))
	fmt.Println(count(), count(nil), count(1, "a", 2.5))
	fmt.Println(describe("n=", 1, 2, 3))
	modify(nums...)
	fmt.Println(nums)
	a, b := 1, 2
	modify(a, b)
	fmt.Println(a, b)
	fmt.Println(isNil(), isNil(nums...), isNil([]int{}...))
	var f func(...int) int = sum
	fmt.Println(f(10, 20))
	fmt.Printf("%T\n", f)
	ifs := []interface{}{"a", 1, true}
	fmt.Println(ifs...)
	fmt.Println(count(ifs...), count(ifs))
}
