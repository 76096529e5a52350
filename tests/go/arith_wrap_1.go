package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	i8 = -128
	i8--
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	u8 = 200
	u8 += 100
	fmt.Println(u8)
	var i16 int16 = 32767
	i16 += 2
	fmt.Println(i16)
	var u16 uint16 = 65535
	u16 *= 2
	fmt.Println(u16)
	var i32 int32 = 2147483647
	i32++
	fmt.Println(i32)
	i32 = 65536
	i32 *= 65536
	fmt.Println(i32)
	var u32 uint32 = 4294967295
	u32 += 5
	fmt.Println(u32)
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println(i64)
	var u64 uint64 = 18446744073709551615
	u64++
	fmt.Println(u64)
	u64 = 1 << 63
	u64 *= 2
	fmt.Println(u64)
	var n int = 9223372036854775807
	n += 1
	fmt.Println(n)
	var un uint = 0
	un -= 1
	fmt.Println(un)
	var m8 int8 = -128
	fmt.Println(-m8, m8*-1, m8/-1)
	var x8 int8 = 100
	fmt.Println(x8*3, x8+x8)
	var bb byte = 250
	for i := 0; i < 10; i++ {
		bb++
	}
	fmt.Println(bb)
	var h uint32 = 2166136261
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
	var up uintptr = 0
	up--
	fmt.Println(up)
}
