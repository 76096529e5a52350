// Shifts of untyped constants beyond 64 and 128 bits, and back.
package main

import "fmt"

const (
	x149 = 1 << 149
	x511 = 1<<511 - 1 + 1<<511 // 512 bits: Go's limit
	neg  = -1 << 300
)

func main() {
	fmt.Println(1<<100>>98, x149>>140, x511>>509, neg>>297, neg>>400, -1>>1000)
	var f float64 = 1 << 100
	var g float32 = 1 << 100
	fmt.Println(f, g, float64(x149), x149/(1<<148))
	fmt.Println(x511%1000003, uint64(x511>>448), neg/(1<<290))
	const y = 3 << 127
	var u uint64 = y >> 66
	fmt.Println(u, int8(y>>129-4), (y&(1<<127))>>127, y|1<<200 == 1<<200+y)
	// The shift count may itself be a large constant expression.
	const n = 1<<70>>63 - 28
	fmt.Println(1<<n>>90, n)
	// Shifted untyped floats that are integers.
	fmt.Println(1e30>>90, 4.0<<62>>60, 0x1p-2*8<<100>>100)
	// Smallest float64 through a shift.
	fmt.Println(1.0/(1<<500)/(1<<500)/(1<<74), float32(1.0/(1<<149)), 0x1p-1074)
}
