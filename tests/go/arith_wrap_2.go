package main

import (
	"fmt"
	"math"
)

func mulOverflows(a, b int64) bool {
	if a == 0 || b == 0 {
		return false
	}
	c := a * b
	return c/b != a
}

func main() {
	var a int32 = math.MaxInt32
	var b int32 = 2
	fmt.Println(a*b, a+a, -a-2)
	var m int64 = math.MinInt64
	fmt.Println(-m, m-1, m*-1, m/2)
	var u uint32 = 3
	var v uint32 = 5
	fmt.Println(u-v, v-u, u*0xFFFFFFFF)
	fmt.Println(mulOverflows(1<<32, 1<<31), mulOverflows(1<<32, 1<<30), mulOverflows(-1, math.MinInt64))
	var x uint8 = 17
	for i := 0; i < 5; i++ {
		x *= 17
		fmt.Print(x, " ")
	}
	fmt.Println()
	var s int16 = 1
	for i := 0; i < 17; i++ {
		s *= 2
	}
	fmt.Println(s)
	var acc uint64 = 1
	for i := uint64(1); i <= 25; i++ {
		acc *= i
	}
	fmt.Println(acc)
	var sacc int64 = 1
	for i := int64(1); i <= 25; i++ {
		sacc *= i
	}
	fmt.Println(sacc)
	var i8 int8 = 127
	var j8 int8 = 1
	fmt.Println(i8+j8, i8*i8, -i8-j8-j8)
	var idx uint = 0
	idx--
	fmt.Println(idx == math.MaxUint, idx>>63)
	one, forty := int64(1), 40000
	fmt.Println(int32(one<<31), int16(forty), uint16(70000%65536))
	var hash uint64 = 14695981039346656037
	for _, c := range "the quick brown fox" {
		hash ^= uint64(c)
		hash *= 1099511628211
	}
	fmt.Println(hash)
	var lcg uint32 = 12345
	for i := 0; i < 5; i++ {
		lcg = lcg*1103515245 + 12345
		fmt.Print(lcg%1000, " ")
	}
	fmt.Println()
}
