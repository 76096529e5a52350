// Randomised base64 input decoded by six encodings into destinations with spare room, checked
// against Go line by line (in full for the first lines of each section, by checksum after that).
package main

import (
	"encoding/base64"
	"fmt"
	"hash/crc32"
	"strings"
)

var seed uint32 = 4242

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

// out prints the first lines of each section in full and then a checksum per 500 lines.
var (
	sum   = crc32.NewIEEE()
	lines int
)

func out(format string, args ...any) {
	line := fmt.Sprintf(format, args...)
	if lines%5000 < 40 {
		fmt.Print(line)
	}
	sum.Write([]byte(line))
	lines++
	if lines%500 == 0 {
		fmt.Printf("lines ..%d: crc %08x\n", lines, sum.Sum32())
	}
}

func section() {
	for lines%1000 != 0 {
		lines++
	}
}

func main() {
	b64 := []string{"A", "B", "Q", "z", "+", "/", "-", "_", "=", "=", "\n", "\r", "!", "0", "g", "AAAA", "QUJD"}
	encs := []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding, base64.StdEncoding.Strict(), base64.RawStdEncoding.Strict()}
	for i := 0; i < 1500; i++ {
		s := gen(b64, 24)
		for _, e := range encs {
			dst := make([]byte, e.DecodedLen(len(s))+next(12))
			for k := range dst {
				dst[k] = 0xee
			}
			func() {
				defer func() {
					if r := recover(); r != nil {
						out("panic %v\n", r)
					}
				}()
				n, err := e.Decode(dst, []byte(s))
				out("B %q %d %v %v\n", s, n, err, dst)
			}()
		}
		raw := []byte(s)
		out("%s %s\n", base64.StdEncoding.EncodeToString(raw), base64.RawURLEncoding.EncodeToString(raw))
	}
}
