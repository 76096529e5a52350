package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type recorder struct {
	writes []string
}

func (r *recorder) Write(p []byte) (int, error) {
	r.writes = append(r.writes, string(p))
	return len(p), nil
}

type failing struct {
	left int
}

func (f *failing) Write(p []byte) (int, error) {
	if f.left <= 0 {
		return 0, errors.New("disk full")
	}
	f.left--
	return len(p), nil
}

type short struct{}

func (short) Write(p []byte) (int, error) { return len(p) / 2, nil }

type panicky struct{}

func (panicky) Write(p []byte) (int, error) { panic("boom") }

func esc(name string, flags uint, text string) {
	var sb strings.Builder
	w := tabwriter.NewWriter(&sb, 0, 8, 1, '.', flags)
	fmt.Fprint(w, text)
	w.Flush()
	fmt.Printf("%s: %q\n", name, sb.String())
}

func main() {
	esc("escape", 0, "\xffa\tb\xff\tc\nd\te\n")
	esc("escape stripped", tabwriter.StripEscape, "\xffa\tb\xff\tc\nd\te\n")
	esc("unterminated escape", 0, "x\ty\n\xffabc\tdef")
	esc("unterminated escape strip", tabwriter.StripEscape, "x\ty\n\xffabc\tdef")
	esc("html", tabwriter.FilterHTML, "<b>bold</b>\tx\n&amp;\ty\nplain\tz\n")
	esc("html strip", tabwriter.FilterHTML|tabwriter.StripEscape, "<b>bold</b>\tx\n&lt;&gt;\ty\nplain\tz\n")
	esc("no html", 0, "<b>bold</b>\tx\n&amp;\ty\n")
	esc("html unterminated", tabwriter.FilterHTML, "a\t<b\tc\nd\te\n")
	esc("escape newline", 0, "a\xff\n\t\xff\tb\ncc\td\n")

	// The output arrives in the same pieces as under Go.
	r := &recorder{}
	w := tabwriter.NewWriter(r, 0, 8, 3, ' ', tabwriter.Debug)
	fmt.Fprintf(w, "alpha\tbeta\tgamma\n")
	fmt.Fprintf(w, "a\tb\tc\n")
	fmt.Printf("before flush: %d writes\n", len(r.writes))
	w.Flush()
	fmt.Printf("%d writes: %q\n", len(r.writes), r.writes)

	r = &recorder{}
	w = tabwriter.NewWriter(r, 0, 8, 20, '-', 0)
	fmt.Fprintf(w, "a\tb\nline\n")
	fmt.Printf("%d writes: %q\n", len(r.writes), r.writes)

	// Write errors.
	f := &failing{left: 2}
	w = tabwriter.NewWriter(f, 0, 8, 1, ' ', 0)
	n, err := fmt.Fprintf(w, "a\tb\n")
	fmt.Println("write:", n, err)
	n, err = fmt.Fprintf(w, "single\n")
	fmt.Println("write single:", n, err)
	n, err = fmt.Fprintf(w, "x\ty\n")
	fmt.Println("write after error:", n, err)
	fmt.Println("flush:", w.Flush())

	w = tabwriter.NewWriter(short{}, 0, 8, 1, ' ', 0)
	fmt.Fprintf(w, "a\tb\n")
	fmt.Println("short flush:", w.Flush())
	fmt.Println("flush again:", w.Flush())

	// A panic in the output writer becomes tabwriter's own panic.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		w := tabwriter.NewWriter(panicky{}, 0, 8, 1, ' ', 0)
		fmt.Fprintf(w, "a\tb\n")
		w.Flush()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		w := tabwriter.NewWriter(panicky{}, 0, 8, 1, ' ', 0)
		w.Write([]byte("line\n"))
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		tabwriter.NewWriter(os.Stdout, -1, 8, 1, ' ', 0)
	}()

	// Init reuses a Writer; a zero Writer initialised by hand.
	var tw tabwriter.Writer
	tw.Init(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(&tw, "k\tv")
	tw.Flush()
	tw.Init(os.Stdout, 0, 8, 1, '+', tabwriter.AlignRight)
	fmt.Fprintln(&tw, "k\tvalue\t")
	fmt.Fprintln(&tw, "key\tv\t")
	tw.Flush()

	fmt.Println(tabwriter.FilterHTML, tabwriter.StripEscape, tabwriter.AlignRight,
		tabwriter.DiscardEmptyColumns, tabwriter.TabIndent, tabwriter.Debug, tabwriter.Escape)
	fmt.Printf("%T %T\n", w, tabwriter.Escape)

	// Large input across many writes.
	var sb strings.Builder
	w = tabwriter.NewWriter(&sb, 0, 8, 1, ' ', tabwriter.AlignRight)
	for i := 0; i < 200; i++ {
		fmt.Fprintf(w, "%d\t%d\t%s\t\n", i, i*i, strings.Repeat("x", i%7))
	}
	w.Flush()
	s := sb.String()
	fmt.Println(len(s), strings.Count(s, "\n"))
	fmt.Print(s[:200], s[len(s)-120:])
}
