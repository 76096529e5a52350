// Constant expressions are exact: intermediate values beyond 64 bits, and floats that are
// integers after exact arithmetic, as Go evaluates them.
package main

import "fmt"

const (
	big   = 1 << 200
	huge  = big * big // 400 bits
	third = 1.0 / 3
)

func main() {
	// A float product that is an integer is assignable to an integer type.
	var a int64 = 0.0005 * 1e9
	var b int = 1e20 / 1e15
	var c uint8 = 2.5 * 4 * 25
	fmt.Println(a, b, c)

	// Wide intermediates come back into range.
	fmt.Println(huge/big/big, (huge-1)%1000, huge>>395, -huge>>398)
	fmt.Println(big/(big>>3), (big+7)%(1<<64), -(big+5)/(big>>1))

	// Bit operations on untyped integers of any size; / and % truncate towards zero.
	fmt.Println(^0, ^big>>199, (big|5)&7, (big^3)&^1>>1%8, -7/2, -7%2, 7/-2, 7%-2)
	fmt.Println((big-1)&^(big>>1)>>190, ^uint8(5), ^int8(5), ^uint16(0))

	// Rationals stay exact until they meet a type.
	fmt.Println(third*3 == 1, third+third+third, (0.1+0.2)*10 == 3, 0.1+0.2 == 0.3)
	const r = 1e-30 * 1e30
	var k int = r
	fmt.Println(k, 1e100/1e98, 7.0/2, float32(third))

	// Integer-valued floats convert to integers; huge ones shift.
	fmt.Println(int64(1e18), uint64(1.8e19), int(-2e9), 1e100>>330, 0x1p100>>99)

	// Comparisons of constants of any size.
	fmt.Println(huge > big, big*3/3 == big, 1e400 > 1e399, -1e400 < 1e-400)

	// Characters are integers too.
	const ch = 'a' * big / big
	fmt.Println(ch, string(rune(ch)), 'z'-'a'+1.0)
}
