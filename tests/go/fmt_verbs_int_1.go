package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d\n", n, n, n, n, n, n)
	fmt.Printf("%x|%X|%#x|%#X|%o|%#o|%O|%b|%#b\n", n, n, n, n, n, n, n, n, n)
	m := -42
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%b\n", m, m, m, m, m, m, m, m, m, m)
	fmt.Printf("%c|%c|%c|%U|%#U|%q\n", 65, 0x4E16, 'é', 0x1F600, 'x', 'y')
	fmt.Printf("%8.3d|%.0d|%.0d|%-8.4x|\n", 7, 0, 1, 255)
	fmt.Printf("%*d|%-*d|%.*d\n", 6, 12, 6, 12, 4, 12)
	var u8 uint8 = 200
	var i8 int8 = -100
	var u64 uint64 = 1<<64 - 1
	fmt.Printf("%d %d %d %x %X\n", u8, i8, u64, u64, i8)
	fmt.Printf("%v %v %v\n", u8, i8, u64)
	fmt.Printf("%08b %o %x\n", u8, u8, u8)
	fmt.Printf("%3c|%-3c|\n", 'a', 'b')
	fmt.Printf("%x % x %X\n", "hello", "hi", []byte("abc"))
	fmt.Printf("%d %v\n", []int{1, 2, 3}, []int8{-1, 2})
	fmt.Printf("%x %X\n", []int{10, 255}, [2]int{171, 205})
	fmt.Printf("%+05d|%-+5d|% 05d\n", 3, 3, 3)
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%t %v %5t|%-6t|\n", true, false, true, false)
	fmt.Printf("%#v %#v %#v\n", 42, int8(-3), uint(7))
	fmt.Printf("%q %q %#q\n", 0x263A, '\n', 'x')
	fmt.Printf("%U %U\n", 'A', -1)
}
