package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println("UintSize", bits.UintSize)
	for _, x := range []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0xdeadbeef, 1 << 40, 1<<63 | 1, ^uint64(0)} {
		fmt.Printf("%#x: lz=%d tz=%d ones=%d len=%d | 32: lz=%d tz=%d ones=%d len=%d\n",
			x, bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x),
			bits.LeadingZeros32(uint32(x)), bits.TrailingZeros32(uint32(x)),
			bits.OnesCount32(uint32(x)), bits.Len32(uint32(x)))
		fmt.Printf("  16: lz=%d tz=%d ones=%d len=%d | 8: lz=%d tz=%d ones=%d len=%d | uint: %d %d %d %d\n",
			bits.LeadingZeros16(uint16(x)), bits.TrailingZeros16(uint16(x)),
			bits.OnesCount16(uint16(x)), bits.Len16(uint16(x)),
			bits.LeadingZeros8(uint8(x)), bits.TrailingZeros8(uint8(x)),
			bits.OnesCount8(uint8(x)), bits.Len8(uint8(x)),
			bits.LeadingZeros(uint(x)), bits.TrailingZeros(uint(x)), bits.OnesCount(uint(x)), bits.Len(uint(x)))
	}
	// Sum of set bits over a range, and the position of the highest bit as a log2.
	total := 0
	for i := uint(0); i < 1000; i++ {
		total += bits.OnesCount(i)
	}
	fmt.Println("ones in 0..999:", total)
	for _, n := range []uint{1, 5, 64, 1000, 1 << 20} {
		fmt.Println("log2", n, "=", bits.Len(n)-1)
	}
	var b8 uint8 = 0x10
	n := bits.TrailingZeros8(b8)
	fmt.Printf("%T %v\n", n, n)
}
