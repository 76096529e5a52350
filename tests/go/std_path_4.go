// Randomised patterns and paths for Match, Rel, Clean, Join, Split, Base, Dir and Ext, checked
// against Go line by line (in full for the first lines of each section, by checksum after that).
package main

import (
	"fmt"
	"hash/crc32"
	"path"
	"path/filepath"
	"strings"
)

var seed uint32 = 777

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
	pat := []string{"a", "b", "*", "?", "[", "]", "^", "-", "\\", "/", "é", "[a-c]", "[^b]", "\xff", "."}
	names := []string{"a", "b", "c", "/", "é", "-", "]", "*", "."}
	for i := 0; i < 4000; i++ {
		p, n := gen(pat, 8), gen(names, 7)
		m, err := path.Match(p, n)
		fm, ferr := filepath.Match(p, n)
		out("M %q %q %v %v %v %v\n", p, n, m, err, fm, ferr)
	}
	section()
	pp := []string{"a", "b", "/", "/", ".", "..", "../", "./", "//", "c.d"}
	for i := 0; i < 3000; i++ {
		a, b := gen(pp, 7), gen(pp, 7)
		r, err := filepath.Rel(a, b)
		d, f := path.Split(a)
		out("P %q %q %q %q %q %q %q %q %q %v %q\n", a, b, path.Clean(a), path.Base(a), path.Dir(a), path.Ext(a), d, f, r, err, path.Join(a, b, a))
	}
}
