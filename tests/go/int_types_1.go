package main

import "fmt"

func main() {
	var a int8 = -5
	var b int16 = 300
	var c int32 = -70000
	var d int64 = 1 << 40
	var e uint8 = 200
	var f uint16 = 60000
	var g uint32 = 4000000000
	var h uint64 = 1 << 63
	var i int = -1
	var j uint = 42
	var k uintptr = 1234
	var l byte = 'A'
	var m rune = '世'
	fmt.Println(a, b, c, d, e, f, g, h, i, j, k, l, m)
	fmt.Printf("%T %T %T %T %T %T %T %T %T %T %T %T %T\n", a, b, c, d, e, f, g, h, i, j, k, l, m)
	fmt.Println(int8(b), uint8(b), int16(c), uint16(c), int32(d), uint32(d+5))
	fmt.Println(uint8(a), uint16(a), uint32(a), uint64(a))
	fmt.Println(int8(e), int16(f), int32(g), int64(h))
	fmt.Println(string(l), string(m), l+1, m+1)
	var sum int64
	for _, v := range []int8{100, 100, 100} {
		sum += int64(v)
	}
	fmt.Println(sum)
	x := 5
	y := int64(x) * 3
	z := uint8(x) << 6
	fmt.Println(y, z)
	fmt.Println(0x7f, 0o17, 017, 0b101, 1_000_000, 0x_FF)
	fmt.Println('a', '\n', '\x41', '\u00e9', '\'')
}
