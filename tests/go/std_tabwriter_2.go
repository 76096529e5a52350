package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func show(name string, minwidth, tabwidth, padding int, padchar byte, flags uint, text string) {
	fmt.Printf("== %s\n", name)
	w := tabwriter.NewWriter(os.Stdout, minwidth, tabwidth, padding, padchar, flags)
	n, err := fmt.Fprint(w, text)
	if err := w.Flush(); err != nil {
		fmt.Println("flush error:", err)
	}
	fmt.Printf("<end n=%d err=%v>\n", n, err)
}

func main() {
	show("empty", 0, 8, 1, '.', 0, "")
	show("one line no newline", 0, 8, 1, '.', 0, "a\tb\tc")
	show("vtab", 0, 8, 1, '.', 0, "a\vbbb\vc\naaaa\vb\vc\n")
	show("formfeed", 0, 8, 1, '.', tabwriter.Debug, "a\tb\fccccc\tdd\naa\tb\n")
	show("formfeed no debug", 0, 8, 1, '.', 0, "a\tb\fccccc\tdd\naa\tb\n")
	show("discard empty", 0, 8, 1, '.', tabwriter.DiscardEmptyColumns, "a\t\tb\nc\t\td\n")
	show("discard empty vtab", 0, 8, 1, '.', tabwriter.DiscardEmptyColumns, "a\v\vb\nc\v\vd\n")
	show("keep empty", 0, 8, 1, '.', 0, "a\t\tb\nc\t\td\n")
	show("discard empty debug", 0, 8, 1, '.', tabwriter.DiscardEmptyColumns|tabwriter.Debug, "a\t\tb\nc\t\td\n")
	show("tabindent", 0, 4, 1, '.', tabwriter.TabIndent, "\t\tx\ty\n\tabc\tq\n\t\t\tz\n")
	show("tabindent tabs", 0, 4, 1, '\t', tabwriter.TabIndent, "\t\tx\ty\n\tabc\tq\n")
	show("tabwidth 0 tabs", 0, 0, 1, '\t', 0, "a\tb\nccc\td\n")
	show("align right debug", 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug, "1\t10\t100\t\n1000\t1\t1\t\nx\n12\t3\t\n")
	show("columns blocks", 0, 8, 1, '.', 0, "a\tb\tc\naa\tbb\ncccc\n\tddd\tx\ty\n\te\tf\tg\n")
	show("nested", 0, 8, 1, '_', 0, "1\t2\t3\t4\n11\t\n111\t222\t333\t444\n1\t22\t\n")
	show("padding 0", 0, 8, 0, '*', 0, "ab\tcd\nabc\td\n")
	show("crlf", 0, 8, 1, '.', 0, "a\tb\r\ncc\td\r\n")
	show("only tabs", 0, 8, 1, '.', 0, "\t\t\n\t\n\n")
	show("debug empty cells", 0, 8, 1, ' ', tabwriter.Debug, "\ta\t\n\t\tb\n")
	show("align right tabindent", 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.TabIndent, "\tx\ty\n\t\tz\n")
	show("big padding", 0, 8, 20, '#', 0, "a\tb\n")
}
