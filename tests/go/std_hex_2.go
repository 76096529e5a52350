// Randomised hex strings, UTF-16 sequences and varints, checked against Go line by line (in full
// for the first lines of each section, by checksum after that).
package main

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"strings"
	"unicode/utf16"
)

var seed uint32 = 99

func next(n int) int {
	seed = seed*1664525 + 1013904223
	return int(seed>>8) % n
}

func gen(alpha []string, max int) string {
	var sb strings.Builder
	n := next(max)
	for i := 0; i < n; i++ {
		sb.WriteString(alpha[next(len(alpha))])
	}
	return sb.String()
}

// out prints the first lines of each section in full and then a checksum per hundred.
var (
	sum   = crc32.NewIEEE()
	lines int
)

func out(format string, args ...any) {
	line := fmt.Sprintf(format, args...)
	if lines%1000 < 40 {
		fmt.Print(line)
	}
	sum.Write([]byte(line))
	lines++
	if lines%100 == 0 {
		fmt.Printf("lines ..%d: crc %08x\n", lines, sum.Sum32())
	}
}

func section() {
	for lines%1000 != 0 {
		lines++
	}
}

func main() {
	hx := []string{"0", "a", "F", "g", "9", " ", "é", "ff"}
	for i := 0; i < 1000; i++ {
		s := gen(hx, 12)
		b, err := hex.DecodeString(s)
		out("H %q %x %v %q\n", s, b, err, hex.Dump([]byte(s)))
	}
	section()
	for i := 0; i < 1000; i++ {
		var u []uint16
		for k := next(8); k > 0; k-- {
			u = append(u, []uint16{0x41, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xd83d, 0xde00}[next(8)])
		}
		r := utf16.Decode(u)
		e := utf16.Encode(r)
		out("U %v %v %v %d %d %d\n", u, r, e, len(e), cap(e), cap(r))
	}
	section()
	for i := 0; i < 2000; i++ {
		var bb []byte
		for k := next(12); k > 0; k-- {
			bb = append(bb, []byte{0x00, 0x01, 0x02, 0x7f, 0x80, 0xff, 0x81}[next(7)])
		}
		x, n := binary.Uvarint(bb)
		y, m := binary.Varint(bb)
		out("V %v %d %d %d %d\n", bb, x, n, y, m)
	}
}
