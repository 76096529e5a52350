package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverseBits(x uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func isPow2(x int) bool { return x > 0 && x&(x-1) == 0 }

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	s := []byte("---")
	if p&Read != 0 {
		s[0] = 'r'
	}
	if p&Write != 0 {
		s[1] = 'w'
	}
	if p&Exec != 0 {
		s[2] = 'x'
	}
	return string(s)
}

func main() {
	for _, v := range []uint64{0, 1, 255, 1 << 63, 0xFFFFFFFFFFFFFFFF, 0xAAAA} {
		fmt.Print(popcount(v), " ")
	}
	fmt.Println()
	fmt.Printf("%08b %08b\n", reverseBits(0b00010110), reverseBits(1))
	for _, v := range []int{0, 1, 2, 3, 64, 100, 1024} {
		fmt.Print(isPow2(v), " ")
	}
	fmt.Println()
	p := Read | Write
	fmt.Println(p, p|Exec, p&^Read, p^Exec, Perm(0))
	x := 0b1011_0110
	fmt.Printf("%b %b %b %b\n", x&0xF, x|0x100, x^0xFF, x&^0xF0)
	var n int32 = -1
	fmt.Printf("%x %x\n", uint32(n), uint32(n)>>4)
	fmt.Println(^0, ^1, ^-1, ^uint8(1))
	lowest := func(x int) int { return x & -x }
	fmt.Println(lowest(12), lowest(7), lowest(0), lowest(-8))
	var flags uint16
	flags |= 1 << 3
	flags |= 1 << 9
	flags &^= 1 << 3
	flags ^= 0xF
	fmt.Printf("%016b %d\n", flags, flags)
	swap := func(a, b int) (int, int) {
		a ^= b
		b ^= a
		a ^= b
		return a, b
	}
	fmt.Println(swap(3, 9))
	var gray []string
	for i := 0; i < 8; i++ {
		gray = append(gray, fmt.Sprintf("%03b", i^(i>>1)))
	}
	fmt.Println(gray)
}
