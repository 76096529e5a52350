package main

import (
	"fmt"
	"strings"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if len(m[0]) != len(o) {
		return nil, fmt.Errorf("dimension mismatch: %dx%d * %dx%d", len(m), len(m[0]), len(o), len(o[0]))
	}
	res := New(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			var s float64
			for k := range o {
				s += m[i][k] * o[k][j]
			}
			res[i][j] = s
		}
	}
	return res, nil
}

func (m Matrix) Transpose() Matrix {
	t := New(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%6.2f", v)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func power(m Matrix, n int) Matrix {
	result := Identity(len(m))
	for n > 0 {
		if n&1 == 1 {
			result, _ = result.Mul(m)
		}
		m, _ = m.Mul(m)
		n >>= 1
	}
	return result
}

func det(m Matrix) float64 {
	n := len(m)
	if n == 1 {
		return m[0][0]
	}
	if n == 2 {
		return m[0][0]*m[1][1] - m[0][1]*m[1][0]
	}
	d := 0.0
	sign := 1.0
	for c := 0; c < n; c++ {
		sub := New(n-1, n-1)
		for i := 1; i < n; i++ {
			k := 0
			for j := 0; j < n; j++ {
				if j == c {
					continue
				}
				sub[i-1][k] = m[i][j]
				k++
			}
		}
		d += sign * m[0][c] * det(sub)
		sign = -sign
	}
	return d
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err)
	fmt.Print(a.Transpose())
	fib := Matrix{{1, 1}, {1, 0}}
	for _, n := range []int{1, 5, 10, 30} {
		fmt.Println(n, power(fib, n)[0][1])
	}
	m3 := Matrix{{2, -3, 1}, {2, 0, -1}, {1, 4, 5}}
	fmt.Println(det(m3), det(Identity(4)))
	fmt.Println(Identity(2))
	fmt.Printf("%v|%d\n", len(c), len(c[0]))
}
