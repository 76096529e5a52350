package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func named(a, b int) (sum, prod int) {
	sum = a + b
	prod = a * b
	return
}

func shadow(x int) (res int) {
	res = x
	{
		res := res * 10
		_ = res
	}
	return
}

func safeDiv(a, b float64) (float64, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func three() (int, string, bool) { return 1, "a", true }

func pass(a int, s string, b bool) string { return fmt.Sprint(a, s, b) }

func earlyNamed(n int) (out string, err error) {
	if n < 0 {
		err = fmt.Errorf("negative: %d", n)
		return
	}
	out = fmt.Sprintf("ok %d", n)
	return out, nil
}

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	s, p := named(3, 4)
	fmt.Println(s, p)
	fmt.Println(shadow(7))
	if v, err := safeDiv(1, 0); err != nil {
		fmt.Println("error:", err)
	} else {
		fmt.Println(v)
	}
	v, err := safeDiv(1, 4)
	fmt.Println(v, err)
	fmt.Println(pass(three()))
	fmt.Println(earlyNamed(-3))
	fmt.Println(earlyNamed(3))
	fmt.Println(fact(10), fact(20))
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	_, r2 := divmod(9, 4)
	fmt.Println(r2)
}
