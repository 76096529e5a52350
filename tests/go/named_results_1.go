package main

import (
	"errors"
	"fmt"
)

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func minMax(xs []int) (min, max int, err error) {
	if len(xs) == 0 {
		err = errors.New("empty")
		return
	}
	min, max = xs[0], xs[0]
	for _, v := range xs[1:] {
		if v < min {
			min = v
		}
		if v > max {
			max = v
		}
	}
	return
}

func overwrite() (n int) {
	n = 5
	return 7
}

func deferSees() (s string) {
	defer func() { s = "[" + s + "]" }()
	s = "body"
	return "returned"
}

func shadowed() (x int) {
	x = 1
	if true {
		x := 2
		_ = x
	}
	return
}

func countdown(n int) (steps []int) {
	for n > 0 {
		steps = append(steps, n)
		n /= 2
	}
	return
}

func zeroValues() (i int, s string, p *int, sl []int, m map[string]int, e error, f float64, b bool) {
	return
}

func main() {
	fmt.Println(split(17))
	fmt.Println(minMax([]int{3, -1, 8, 2}))
	fmt.Println(minMax(nil))
	fmt.Println(overwrite(), deferSees(), shadowed())
	fmt.Println(countdown(100))
	fmt.Println(zeroValues())
	a, b := split(100)
	fmt.Println(a+b, a, b)
}
