package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1+2i", "(1+2i)", "3", "-4i", "i", "+i", "1+i", "1e+2+3e-1i", "1e+2i", "NaN+Infi",
		"inf", "-Infi", "0x1p-2+0x10i", "1_0+2i", "1e400+1i", "1+1e400i", "(1+2i", "1++2i", "1-+2i", "", "()",
		"+3i", "1.5-2.5i", "2.5e-3-0.5i", "1 +2i", "1+2ii", "0x1e-1p2i", "1e5-3i", "infinity", "-infinityi",
		"1.00000001+3.4e39i", "nan"} {
		for _, bs := range []int{64, 128} {
			c, err := strconv.ParseComplex(s, bs)
			fmt.Println(s, bs, c, err)
		}
	}
}
