package main

import (
	"fmt"
	"os"
	"runtime"
	"text/tabwriter"
)

func main() {
	// A memory-statistics table, as programs print it.
	var ms runtime.MemStats
	_ = ms
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "name\tvalue\tunit\t")
	fmt.Fprintln(w, "HeapAlloc\t123456\tbytes\t")
	fmt.Fprintln(w, "NumGC\t7\t\t")
	fmt.Fprintln(w, "PauseTotalNs\t1234567890\tns\t")
	w.Flush()

	// Right alignment of numbers.
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc\t")
	fmt.Fprintln(w, "aaaa\tbbbbbbbb\tc\t")
	fmt.Fprintln(w, "1\t22\t333\t")
	w.Flush()

	// Trailing text without a tab is not a cell of any column.
	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '.', 0)
	fmt.Fprintf(w, "x\ty\tz\n")
	fmt.Fprintf(w, "longer cell\ty\n")
	fmt.Fprintf(w, "\tonly second\tthird\n")
	fmt.Fprintf(w, "no tabs here\n")
	fmt.Fprintf(w, "a\tb\n")
	fmt.Fprintf(w, "unterminated\tlast line")
	w.Flush()
	fmt.Println("|")

	// Tab padding.
	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '\t', tabwriter.AlignRight)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaaaaaaaa\tbbbbbbbbbbbbbbbbbbb\tc")
	fmt.Fprintln(w, "aa\tb\tc")
	w.Flush()

	// minwidth larger than the cells.
	w = tabwriter.NewWriter(os.Stdout, 12, 8, 0, '-', 0)
	fmt.Fprint(w, "a\tb\tc\n1\t2\t3\n")
	w.Flush()

	// Unicode cells are counted in runes.
	w = tabwriter.NewWriter(os.Stdout, 0, 4, 1, ' ', tabwriter.Debug)
	fmt.Fprintln(w, "héllo\twörld\t")
	fmt.Fprintln(w, "日本語\tx\t")
	fmt.Fprintln(w, "a\tbb\t")
	w.Flush()
}
