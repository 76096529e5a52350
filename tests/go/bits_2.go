package main

import (
	"fmt"
	"math/bits"
)

func main() {
	var x8 uint8 = 0b1001_0110
	for _, k := range []int{0, 1, 3, 7, 8, 9, -1, -3, 100, -100} {
		fmt.Printf("k=%4d  8:%08b  16:%#04x  32:%#08x  64:%#016x  uint:%#x\n", k,
			bits.RotateLeft8(x8, k), bits.RotateLeft16(0x1234, k), bits.RotateLeft32(0x12345678, k),
			bits.RotateLeft64(0x0123456789abcdef, k), bits.RotateLeft(0xf00000000000000f, k))
	}
	fmt.Printf("%08b\n", bits.Reverse8(x8))
	fmt.Printf("%016b\n", bits.Reverse16(0x00f1))
	fmt.Printf("%#x\n", bits.Reverse32(0x1))
	fmt.Printf("%#x\n", bits.Reverse64(0x0123456789abcdef))
	fmt.Printf("%#x\n", bits.Reverse(6))
	fmt.Printf("%#x\n", bits.ReverseBytes16(0xabcd))
	fmt.Printf("%#x\n", bits.ReverseBytes32(0x01020304))
	fmt.Printf("%#x\n", bits.ReverseBytes64(0x0102030405060708))
	fmt.Printf("%#x\n", bits.ReverseBytes(0xff))
	fmt.Printf("%T %T %T\n", bits.RotateLeft8(1, 1), bits.Reverse16(1), bits.ReverseBytes32(1))
	// Reversing twice is the identity.
	ok := true
	for v := uint32(1); v < 1<<31; v = v*3 + 1 {
		if bits.Reverse32(bits.Reverse32(v)) != v || bits.ReverseBytes32(bits.ReverseBytes32(v)) != v {
			ok = false
		}
	}
	fmt.Println("involutions ok:", ok)
}
