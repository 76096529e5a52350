package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(123), strconv.Itoa(-45), strconv.Itoa(0))
	for _, s := range []string{"42", "-17", "+8", "abc", "", "12.5", "99999999999999999999", " 1"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 8), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36))
	fmt.Println(strconv.FormatUint(1<<64-1, 10), strconv.FormatUint(1<<64-1, 16))
	for _, tc := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"-101", 2, 8}, {"0x1f", 0, 64}, {"0b11", 0, 64}, {"0o17", 0, 64}, {"017", 0, 64}, {"128", 10, 8}, {"-129", 10, 8}, {"zz", 36, 64}, {"12", 3, 64}, {"1_000", 0, 64}} {
		n, err := strconv.ParseInt(tc.s, tc.base, tc.bits)
		fmt.Println(tc.s, n, err)
	}
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	for _, s := range []string{"3.14", "1e10", "-0.5", "inf", "-Inf", "NaN", "1e400", "abc", ".5", "0x1p-2"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	b, err = strconv.ParseBool("yes")
	fmt.Println(b, err)
	fmt.Println(strconv.FormatBool(false), strconv.Quote("hi\n\"there\""), strconv.Quote("世界\x01"))
	fmt.Println(strconv.QuoteRune('x'), strconv.QuoteToASCII("héllo"))
	uq, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", uq, err)
	_, err = strconv.Unquote("noquotes")
	fmt.Println(err)
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)))
	if _, err := strconv.Atoi("x1"); err != nil {
		ne := err.(*strconv.NumError)
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
}
