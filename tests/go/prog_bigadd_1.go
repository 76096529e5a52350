package main

import (
	"fmt"
	"strings"
)

// Arbitrary-precision non-negative integers as little-endian base-10^4 limbs.

type Big []int

const base = 10000

func FromString(s string) Big {
	var b Big
	for end := len(s); end > 0; end -= 4 {
		start := end - 4
		if start < 0 {
			start = 0
		}
		v := 0
		for _, c := range s[start:end] {
			v = v*10 + int(c-'0')
		}
		b = append(b, v)
	}
	return b.trim()
}

func (b Big) trim() Big {
	for len(b) > 1 && b[len(b)-1] == 0 {
		b = b[:len(b)-1]
	}
	return b
}

func (a Big) Add(b Big) Big {
	var r Big
	carry := 0
	for i := 0; i < len(a) || i < len(b) || carry > 0; i++ {
		s := carry
		if i < len(a) {
			s += a[i]
		}
		if i < len(b) {
			s += b[i]
		}
		r = append(r, s%base)
		carry = s / base
	}
	return r
}

func (a Big) MulSmall(m int) Big {
	var r Big
	carry := 0
	for _, d := range a {
		p := d*m + carry
		r = append(r, p%base)
		carry = p / base
	}
	for carry > 0 {
		r = append(r, carry%base)
		carry /= base
	}
	return r.trim()
}

func (a Big) Mul(b Big) Big {
	res := make([]int, len(a)+len(b))
	for i, x := range a {
		carry := 0
		for j, y := range b {
			cur := res[i+j] + x*y + carry
			res[i+j] = cur % base
			carry = cur / base
		}
		k := i + len(b)
		for carry > 0 {
			cur := res[k] + carry
			res[k] = cur % base
			carry = cur / base
			k++
		}
	}
	return Big(res).trim()
}

func (b Big) String() string {
	var sb strings.Builder
	sb.WriteString(fmt.Sprint(b[len(b)-1]))
	for i := len(b) - 2; i >= 0; i-- {
		fmt.Fprintf(&sb, "%04d", b[i])
	}
	return sb.String()
}

func main() {
	a := FromString("123456789012345678901234567890")
	b := FromString("987654321098765432109876543210")
	fmt.Println(a.Add(b))
	fmt.Println(a.Mul(b))
	f := Big{1}
	for i := 2; i <= 50; i++ {
		f = f.MulSmall(i)
	}
	fmt.Println("50! =", f)
	x, y := Big{0}, Big{1}
	for i := 0; i < 200; i++ {
		x, y = y, x.Add(y)
	}
	fmt.Println("fib(200) =", x)
	p := Big{1}
	for i := 0; i < 128; i++ {
		p = p.MulSmall(2)
	}
	fmt.Println("2^128 =", p, len(p.String()))
	fmt.Println(FromString("0000"), FromString("10000"), FromString("9999").Add(Big{1}))
}
