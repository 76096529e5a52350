package main

import "fmt"

func main() {
	x := 1
	for _, s := range []uint{0, 1, 10, 62, 63, 64, 65, 100} {
		fmt.Println(s, x<<s)
	}
	var u8 uint8 = 0xF0
	fmt.Println(u8<<1, u8>>4, u8<<8)
	var i8 int8 = -128
	fmt.Println(i8>>1, i8>>7, i8>>100)
	var n int64 = -1
	fmt.Println(n>>63, n<<63, n>>200)
	var u uint64 = 1 << 63
	fmt.Println(u>>63, u>>64, u<<1)
	var i32 int32 = 1
	fmt.Println(i32<<31, i32<<32)
	var cnt int = 3
	fmt.Println(1<<cnt, 256>>cnt)
	var k uint = 70
	var big uint64 = 0xFFFFFFFFFFFFFFFF
	fmt.Println(big>>k, big<<k)
	fmt.Println(0xFF&^0x0F, 6&^3, 12&^^0)
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var m uint16 = 0xABCD
	fmt.Printf("%x %x %x\n", m>>8, m&0xFF, ^m)
	var s int = -16
	fmt.Println(s>>2, s<<2, s>>1>>1)
	mask := uint32(1)<<cnt - 1
	fmt.Println(mask)
	var r uint32 = 0x80000001
	rot := r<<1 | r>>31
	fmt.Printf("%#x\n", rot)
}
