package main

import (
	"fmt"
	"math"
)

func main() {
	var ip *int
	var m map[string]int
	var s []int
	var f func()
	fmt.Printf("%d|%v|%s|%v|%d\n", m, m, s, s, s)
	fmt.Printf("%v %t\n", ip, f == nil)
	fmt.Printf("%x %X %o %b\n", -255, -255, -8, -5)
	fmt.Printf("%d %x %b\n", uint64(math.MaxUint64), uint64(math.MaxUint64), uint8(255))
	fmt.Printf("%c|%q|%U\n", 0x110000, 0x110000, 0x110000)
	fmt.Printf("%q %+q %#q\n", 'ä', 'ä', 'ä')
	fmt.Printf("%5.2q|\n", "abcdef")
	fmt.Printf("%-8.3f|%8.3e|%-+8.1f|\n", -3.14159, -31415.9, 2.25)
	fmt.Printf("%6.2f%%|%-6d%%\n", 12.345, 7)
	fmt.Printf("%v|%v|%v\n", int8(-128), uint16(65535), int64(math.MinInt64))
	fmt.Printf("%08.3f|%+08d|%-08d|\n", -1.5, 42, 42)
	fmt.Printf("%.3s|%.10s|%.0s|\n", "日本語日本語", "ab", "gone")
	fmt.Printf("%3d|%-3d|%03d\n", 12345, 12345, 12345)
	fmt.Printf("%t|%v|%q\n", true, []bool{true, false}, []interface{}{1, "a"})
	fmt.Printf("%v %v\n", [][]int{nil, {}}, map[string][]string{"k": nil})
	fmt.Printf("%x|% X|%#x\n", []byte{}, []byte{1, 2, 255}, []byte("hi"))
	fmt.Printf("%s %s\n", error(nil), []error{nil})
	fmt.Printf("%v|%6v|%-6v|\n", nil, nil, nil)
	fmt.Printf("%e %g %.0e %.0g\n", 0.0, 0.0, 15.0, 15.0)
	fmt.Printf("%g %g %g %g\n", 1e-320, 123456789.0, 1234567.0, 0.1+0.2)
	fmt.Printf("%.15g %.17g %.3g\n", 0.1, 0.1, 99.95)
	fmt.Printf("%v %v\n", float32(1e-45), float32(3.4028235e38))
	fmt.Printf("%8.2v|%-8.3v|\n", 3.14159, 2.71828)
	n, err := fmt.Printf("%s\n", "count")
	fmt.Println(n, err)
	fmt.Print()
	fmt.Print("")
	fmt.Print(nil, nil, "\n")
	fmt.Print(1, "a", 2, 3, "b", "c", 4.5, true, false, "\n")
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint("x", nil, 1))
}
