// stdlib/text/tabwriter/tabwriter.cpp — package text/tabwriter, all in Go.
//
// Elastic tabstops as Go 1.19 computes them: text is collected into cells (terminated by '\t'
// or '\v') on lines; a column is a run of consecutive lines that all have a cell terminated in
// that position, and its width is its widest cell plus padding. The output is written in the
// same pieces as Go writes it (text, padding in chunks of at most 8 bytes, newlines), so a
// writer that counts or fails writes sees the same calls.
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package tabwriter

import (
	"io"
	"unicode/utf8"
)

// cell is one cell of text: its length in bytes, its width in runes (escaped and HTML-filtered
// parts counted as they display) and whether a '\t' ended it.
type cell struct {
	size  int
	width int
	htab  bool
}

const (
	FilterHTML uint = 1 << iota
	StripEscape
	AlignRight
	DiscardEmptyColumns
	TabIndent
	Debug
)

const Escape = '\xff'

// Writer collects the text of the lines since the last flush in buf; lines holds their cells
// (the current line last), cur is the unterminated cell whose width is counted up to buf[pos],
// and endChar is the byte that closes the escaped section being read (0 outside one).
type Writer struct {
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padbytes [8]byte
	flags    uint

	buf     []byte
	pos     int
	cell    cell
	endChar byte
	lines   [][]cell
	widths  []int
}

// osError carries an error of the output writer up to Write or Flush.
type osError struct {
	err error
}

func (b *Writer) newLine(flushed bool) {
	n := len(b.lines)
	if n < cap(b.lines) {
		b.lines = b.lines[:n+1]
		b.lines[n] = b.lines[n][:0]
	} else {
		b.lines = append(b.lines, nil)
	}
	// A line usually has as many cells as the one before it: reserve room for them, except
	// right after a flush, when the previous line is gone.
	if !flushed && n >= 1 {
		if want := len(b.lines[n-1]); want > cap(b.lines[n]) {
			b.lines[n] = make([]cell, 0, want)
		}
	}
}

func (b *Writer) reset() {
	b.buf = b.buf[:0]
	b.pos = 0
	b.cell = cell{}
	b.endChar = 0
	b.lines = b.lines[:0]
	b.widths = b.widths[:0]
	b.newLine(true)
}

func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	b.output = output
	b.minwidth = minwidth
	b.tabwidth = tabwidth
	b.padding = padding
	for i := 0; i < len(b.padbytes); i++ {
		b.padbytes[i] = padchar
	}
	if padchar == '\t' {
		// Tab padding cannot align right.
		flags = flags &^ AlignRight
	}
	b.flags = flags
	b.reset()
	return b
}

func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	w := new(Writer)
	return w.Init(output, minwidth, tabwidth, padding, padchar, flags)
}

func (b *Writer) out(p []byte) {
	n, err := b.output.Write(p)
	if err == nil && n != len(p) {
		err = io.ErrShortWrite
	}
	if err != nil {
		panic(osError{err})
	}
}

// outRepeat writes n bytes taken cyclically from src, in writes of at most len(src) bytes.
func (b *Writer) outRepeat(src []byte, n int) {
	for ; n > len(src); n -= len(src) {
		b.out(src)
	}
	b.out(src[:n])
}

var (
	newlineBytes = []byte{'\n'}
	tabBytes     = []byte{'\t', '\t', '\t', '\t', '\t', '\t', '\t', '\t'}
	vbarBytes    = []byte{'|'}
	hbarBytes    = []byte{'-', '-', '-', '\n'}
)

func (b *Writer) pad(textw, cellw int, useTabs bool) {
	if useTabs || b.padbytes[0] == '\t' {
		if b.tabwidth == 0 {
			// Tabs of no width cannot pad.
			return
		}
		cellw = (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
		gap := cellw - textw
		if gap < 0 {
			panic("internal error")
		}
		b.outRepeat(tabBytes, (gap+b.tabwidth-1)/b.tabwidth)
		return
	}
	b.outRepeat(b.padbytes[:], cellw-textw)
}

// emit writes lines [from, to) with the column widths in b.widths, starting at buf[pos], and
// returns the position after them.
func (b *Writer) emit(pos int, from, to int) int {
	for i := from; i < to; i++ {
		cells := b.lines[i]
		// Leading empty cells are indented with tabs under TabIndent.
		leading := b.flags&TabIndent != 0
		for j := 0; j < len(cells); j++ {
			c := cells[j]
			if j > 0 && b.flags&Debug != 0 {
				b.out(vbarBytes)
			}
			if c.size == 0 {
				if j < len(b.widths) {
					b.pad(c.width, b.widths[j], leading)
				}
				continue
			}
			leading = false
			if b.flags&AlignRight != 0 {
				if j < len(b.widths) {
					b.pad(c.width, b.widths[j], false)
				}
				b.out(b.buf[pos : pos+c.size])
				pos += c.size
			} else {
				b.out(b.buf[pos : pos+c.size])
				pos += c.size
				if j < len(b.widths) {
					b.pad(c.width, b.widths[j], false)
				}
			}
		}
		if i == len(b.lines)-1 {
			// The last line is the unterminated text of the current cell.
			b.out(b.buf[pos : pos+b.cell.size])
			pos += b.cell.size
		} else {
			b.out(newlineBytes)
		}
	}
	return pos
}

// layout writes lines [from, to). The column after the len(b.widths) columns already sized is
// sized block by block: a block is a maximal run of lines that have a terminated cell in that
// column, and each block is laid out recursively with one more width.
func (b *Writer) layout(pos int, from, to int) int {
	col := len(b.widths)
	for i := from; i < to; i++ {
		if len(b.lines[i])-1 <= col {
			continue
		}
		// Lines from..i-1 have no cell in this column.
		pos = b.emit(pos, from, i)
		from = i
		w := b.minwidth
		empty := true
		for ; i < to; i++ {
			cells := b.lines[i]
			if len(cells)-1 <= col {
				break
			}
			c := cells[col]
			if c.width+b.padding > w {
				w = c.width + b.padding
			}
			if c.htab || c.width > 0 {
				empty = false
			}
		}
		if empty && b.flags&DiscardEmptyColumns != 0 {
			w = 0
		}
		b.widths = append(b.widths, w)
		pos = b.layout(pos, from, i)
		b.widths = b.widths[:len(b.widths)-1]
		from = i
	}
	return b.emit(pos, from, to)
}

func (b *Writer) addText(p []byte) {
	b.buf = append(b.buf, p...)
	b.cell.size += len(p)
}

func (b *Writer) countWidth() {
	b.cell.width += utf8.RuneCount(b.buf[b.pos:])
	b.pos = len(b.buf)
}

func (b *Writer) beginEscape(ch byte) {
	switch ch {
	case Escape:
		b.endChar = Escape
	case '<':
		b.endChar = '>'
	case '&':
		b.endChar = ';'
	}
}

func (b *Writer) finishEscape() {
	switch b.endChar {
	case Escape:
		b.countWidth()
		if b.flags&StripEscape == 0 {
			// The two Escape bytes are kept but take no room.
			b.cell.width -= 2
		}
	case '>':
		// An HTML tag takes no room.
	case ';':
		// An HTML entity is one character wide.
		b.cell.width++
	}
	b.pos = len(b.buf)
	b.endChar = 0
}

// endCell terminates the current cell and returns the number of cells on its line.
func (b *Writer) endCell(htab bool) int {
	b.cell.htab = htab
	last := len(b.lines) - 1
	b.lines[last] = append(b.lines[last], b.cell)
	b.cell = cell{}
	return len(b.lines[last])
}

// catch, deferred by Write and Flush, turns a write error panicked by out into their error
// result; any other panic becomes tabwriter's own.
func (b *Writer) catch(err *error, op string) {
	e := recover()
	if e == nil {
		return
	}
	if op == "Flush" {
		b.reset()
	}
	if oe, ok := e.(osError); ok {
		*err = oe.err
		return
	}
	panic("tabwriter: panic during " + op)
}

func (b *Writer) Flush() error {
	return b.flush()
}

func (b *Writer) flush() (err error) {
	defer b.catch(&err, "Flush")
	b.flushAll()
	return nil
}

func (b *Writer) flushAll() {
	if b.cell.size > 0 {
		if b.endChar != 0 {
			// An escaped section still open at a flush ends here.
			b.finishEscape()
		}
		b.endCell(false)
	}
	b.layout(0, 0, len(b.lines))
	b.reset()
}

func (b *Writer) Write(buf []byte) (n int, err error) {
	defer b.catch(&err, "Write")
	n = 0
	for i := 0; i < len(buf); i++ {
		ch := buf[i]
		if b.endChar != 0 {
			if ch != b.endChar {
				continue
			}
			end := i + 1
			if ch == Escape && b.flags&StripEscape != 0 {
				end = i
			}
			b.addText(buf[n:end])
			n = i + 1
			b.finishEscape()
			continue
		}
		switch ch {
		case '\t', '\v', '\n', '\f':
			b.addText(buf[n:i])
			b.countWidth()
			n = i + 1
			cells := b.endCell(ch == '\t')
			if ch == '\n' || ch == '\f' {
				b.newLine(ch == '\f')
				// A line with a single cell ends every column: nothing above it can change.
				if ch == '\f' || cells == 1 {
					b.flushAll()
					if ch == '\f' && b.flags&Debug != 0 {
						b.out(hbarBytes)
					}
				}
			}
		case Escape:
			b.addText(buf[n:i])
			b.countWidth()
			n = i
			if b.flags&StripEscape != 0 {
				n++
			}
			b.beginEscape(Escape)
		case '<', '&':
			if b.flags&FilterHTML != 0 {
				b.addText(buf[n:i])
				b.countWidth()
				n = i
				b.beginEscape(ch)
			}
		}
	}
	b.addText(buf[n:])
	n = len(buf)
	return
}
)go";

}  // namespace

StdPackage tabwriterPackage() {
  return StdPackage{"text/tabwriter", "tabwriter", kPrelude, {}};
}

}  // namespace gomi::stdlib
