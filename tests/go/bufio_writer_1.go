package main

// bufio.Writer: buffering in front of os.Stdout interleaved with fmt.Print, Fprintf into a
// Writer, small buffers, WriteRune/WriteByte, errors from the underlying writer, ReadFrom.
import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// limitedWriter accepts up to max bytes, then fails.
type limitedWriter struct {
	buf bytes.Buffer
	max int
}

func (l *limitedWriter) Write(p []byte) (int, error) {
	room := l.max - l.buf.Len()
	if room <= 0 {
		return 0, errors.New("device full")
	}
	if len(p) > room {
		l.buf.Write(p[:room])
		return room, errors.New("device full")
	}
	l.buf.Write(p)
	return len(p), nil
}

// countingWriter records the size of every Write call.
type countingWriter struct {
	calls []int
	data  []byte
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.calls = append(c.calls, len(p))
	c.data = append(c.data, p...)
	return len(p), nil
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	fmt.Println("size", w.Size(), "available", w.Available(), "buffered", w.Buffered())
	fmt.Fprintf(w, "buffered line %d\n", 1)
	w.WriteString("buffered line 2\n")
	fmt.Println("direct line (printed first), buffered:", w.Buffered())
	w.Flush()
	fmt.Println("after flush, buffered:", w.Buffered())
	for i := 0; i < 3; i++ {
		fmt.Fprint(w, "x", i, " ")
		w.WriteByte('|')
		w.WriteRune('é')
		w.WriteRune('→')
		w.WriteByte('\n')
	}
	fmt.Fprintln(w, "end of block", 3.5, true)
	fmt.Println("buffered before flush:", w.Buffered())
	fmt.Println("flush:", w.Flush())

	// Many small writes through a tiny buffer: the underlying writer sees full buffers.
	cw := &countingWriter{}
	small := bufio.NewWriterSize(cw, 8)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(small, "%d:", i*111)
	}
	small.Write([]byte("0123456789abcdefghij"))
	small.WriteString("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	small.WriteRune('世')
	small.WriteRune('界')
	fmt.Println(cw.calls, small.Buffered(), small.Available())
	small.Flush()
	fmt.Println(cw.calls, string(cw.data))

	// A buffer too small for a rune.
	tiny := bufio.NewWriterSize(cw, 2)
	fmt.Println("tiny size", tiny.Size())
	n, err := tiny.WriteRune('😀')
	fmt.Println(n, err, tiny.Buffered())
	neg := bufio.NewWriterSize(cw, -5)
	fmt.Println("size for -5:", neg.Size())

	// Errors stick.
	lw := &limitedWriter{max: 10}
	ew := bufio.NewWriterSize(lw, 4)
	n, err = ew.WriteString("hello, world")
	fmt.Println(n, err, ew.Buffered())
	fmt.Println(ew.WriteByte('!'), ew.Flush())
	n, err = ew.Write([]byte("more"))
	fmt.Println(n, err, lw.buf.String())
	ew.Reset(io.Discard)
	n, err = ew.WriteString("fine again")
	fmt.Println(n, err, ew.Flush())

	// Flush with a short write.
	lw2 := &limitedWriter{max: 3}
	sw := bufio.NewWriter(lw2)
	sw.WriteString("abcdef")
	fmt.Println(sw.Flush(), sw.Buffered(), lw2.buf.String())

	// ReadFrom and io.Copy into a Writer.
	var dst bytes.Buffer
	bw := bufio.NewWriterSize(&dst, 16)
	bw.WriteString("head:")
	m, err := bw.ReadFrom(strings.NewReader(strings.Repeat("0123456789", 5)))
	fmt.Println(m, err, bw.Buffered(), dst.Len())
	bw.Flush()
	m, err = io.Copy(bw, strings.NewReader("|copied"))
	bw.Flush()
	fmt.Println(m, err, dst.String())

	// Same-size wrapper reuse.
	fmt.Println(bufio.NewWriterSize(bw, 8) == bw, bufio.NewWriterSize(bw, 32) == bw)

	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("input\n")), bufio.NewWriter(os.Stdout))
	line, _ := rw.ReadString('\n')
	rw.WriteString("echo: " + line)
	rw.Flush()

	// Unflushed output is lost, as in Go.
	lost := bufio.NewWriter(os.Stdout)
	lost.WriteString("this is never printed\n")
}
