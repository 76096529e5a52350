// Randomised text (cells, escapes, HTML, form feeds, multi-byte runes) written in random
// pieces through every combination of flags, padding and widths.
package main

import (
	"fmt"
	"hash/crc32"
	"strings"
	"text/tabwriter"
)

var seed uint32 = 12345

func next(n int) int {
	seed = seed*1664525 + 1013904223
	return int(seed>>8) % n
}

type chunky struct {
	sb     strings.Builder
	writes int
}

func (c *chunky) Write(p []byte) (int, error) {
	c.writes++
	c.sb.Write(p)
	return len(p), nil
}

func main() {
	pieces := []string{"a", "bb", "ccc", "dddddddd", "é", "日本", "\t", "\t", "\t", "\v", "\n", "\n", "\f", "\xff", "<b>", "&amp;", "<", "&", ";", ">", "", "\t\t", "x\ty\n"}
	flagsList := []uint{0, tabwriter.AlignRight, tabwriter.Debug, tabwriter.DiscardEmptyColumns, tabwriter.TabIndent,
		tabwriter.FilterHTML, tabwriter.StripEscape, tabwriter.FilterHTML | tabwriter.StripEscape,
		tabwriter.AlignRight | tabwriter.Debug | tabwriter.DiscardEmptyColumns,
		tabwriter.TabIndent | tabwriter.DiscardEmptyColumns | tabwriter.Debug}
	sum := crc32.NewIEEE()
	for iter := 0; iter < 3000; iter++ {
		var parts []string
		n := next(25)
		for i := 0; i < n; i++ {
			parts = append(parts, pieces[next(len(pieces))])
		}
		flags := flagsList[next(len(flagsList))]
		pad := []byte{' ', '.', '\t', '-'}[next(4)]
		minw, tabw, padding := next(4), next(9), next(4)
		c := &chunky{}
		w := tabwriter.NewWriter(c, minw, tabw, padding, pad, flags)
		// Write in a few separate calls.
		total := 0
		for i := 0; i < len(parts); {
			k := 1 + next(4)
			if i+k > len(parts) {
				k = len(parts) - i
			}
			m, err := w.Write([]byte(strings.Join(parts[i:i+k], "")))
			total += m
			if err != nil {
				fmt.Println("err", err)
			}
			i += k
		}
		err := w.Flush()
		line := fmt.Sprintf("%d %q %d %d %d %q %d -> %q %d %v\n", iter, strings.Join(parts, ""), minw, tabw, padding, pad, flags, c.sb.String(), c.writes, err)
		// The first cases in full, then one checksum per hundred.
		if iter < 120 {
			fmt.Print(line)
		}
		sum.Write([]byte(line))
		if iter%100 == 99 {
			fmt.Printf("cases ..%d: crc %08x\n", iter, sum.Sum32())
		}
	}
}
