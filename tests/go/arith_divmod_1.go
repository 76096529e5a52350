package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {5, 7}, {-1, 3}}
	for _, p := range pairs {
		fmt.Println(p[0], p[1], p[0]/p[1], p[0]%p[1])
	}
	var a int8 = -7
	var b int8 = 3
	fmt.Println(a/b, a%b)
	var ua uint8 = 250
	fmt.Println(ua/7, ua%7)
	var i64 int64 = -9223372036854775808
	fmt.Println(i64/-1, i64%-1)
	var i32 int32 = -2147483648
	fmt.Println(i32/-1, i32%-1)
	x := 100
	x /= 7
	fmt.Println(x)
	x %= 4
	fmt.Println(x)
	fmt.Println(-5>>1, -5/2, 5>>1)
	const c = -7 / 2
	fmt.Println(c, -7%2)
	f := 7.0
	fmt.Println(f/2, -f/2)
	u := uint64(1<<64 - 1)
	fmt.Println(u/3, u%10)
	neg := -13
	mod := ((neg % 5) + 5) % 5
	fmt.Println(neg%5, mod)
}
