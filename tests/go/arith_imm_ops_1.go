// Arithmetic with small constant operands (compiled to immediate-operand instructions), at every
// integer width, including op-assignments.
package main

import "fmt"

func main() {
	vals := []int{-7, -1, 0, 1, 7, 100, -32768, 32767, 1 << 40, -(1 << 40)}
	for _, v := range vals {
		fmt.Println(v*3, v*-5, v/3, v%3, v/7, v%7, v&255, v&-16, v*32767, v/32767, v%32767)
	}
	var i8 int8 = -128
	var u8 uint8 = 250
	var i16 int16 = 300
	var u32 uint32 = 4000000000
	fmt.Println(i8*3, i8/3, i8%3, i8&15, u8*3, u8/3, u8%3, u8&15, i16*200, u32*7, u32/3, u32%3)
	x := 17
	x *= 9
	x /= 4
	x %= 5
	x &= 6
	fmt.Println(x)
}
