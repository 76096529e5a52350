package main

// bufio.Reader over in-memory readers: ReadString, ReadBytes, ReadLine with a small buffer,
// ReadRune/UnreadRune, ReadByte/UnreadByte, Peek, Read, Discard, Buffered and WriteTo.
import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// chunkReader returns at most n bytes per Read, and then a custom error instead of io.EOF.
type chunkReader struct {
	data string
	n    int
	err  error
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if len(c.data) == 0 {
		return 0, c.err
	}
	k := c.n
	if k > len(p) {
		k = len(p)
	}
	if k > len(c.data) {
		k = len(c.data)
	}
	copy(p, c.data[:k])
	c.data = c.data[k:]
	return k, nil
}

type emptyReader struct{}

func (emptyReader) Read(p []byte) (int, error) { return 0, nil }

func main() {
	r := bufio.NewReader(strings.NewReader("alpha\nbeta\r\ngamma"))
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}

	rb := bufio.NewReader(&chunkReader{"k1=v1;k2=v2;;k3", 3, errors.New("boom")})
	for {
		b, err := rb.ReadBytes(';')
		fmt.Printf("%q %v\n", b, err)
		if err != nil {
			break
		}
	}

	// The minimum buffer is 16 bytes; long lines come back in pieces.
	rl := bufio.NewReaderSize(strings.NewReader("0123456789abcdefXYZ\r\nshort\nx\r\n\nlast"), 4)
	fmt.Println("size", rl.Size())
	for {
		line, prefix, err := rl.ReadLine()
		fmt.Printf("%q %v %v\n", line, prefix, err)
		if err != nil {
			break
		}
	}
	// A \r at the end of a full buffer is kept for the next ReadLine.
	cr := bufio.NewReaderSize(strings.NewReader("0123456789abcde\r\nrest"), 16)
	for i := 0; i < 3; i++ {
		line, prefix, err := cr.ReadLine()
		fmt.Printf("%q %v %v\n", line, prefix, err)
	}

	rr := bufio.NewReader(strings.NewReader("aé世\xff😀"))
	for {
		c, size, err := rr.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%q %d ", c, size)
	}
	fmt.Println()
	ru := bufio.NewReader(strings.NewReader("héllo"))
	fmt.Println(ru.UnreadRune())
	c, _, _ := ru.ReadRune()
	c2, _, _ := ru.ReadRune()
	fmt.Println(string(c), string(c2), ru.UnreadRune(), ru.UnreadRune())
	c2, _, _ = ru.ReadRune()
	fmt.Println(string(c2), ru.Buffered())
	bt, _ := ru.ReadByte()
	fmt.Println(bt, ru.UnreadRune(), ru.UnreadByte(), ru.UnreadByte())
	bt, _ = ru.ReadByte()
	fmt.Println(string(bt))

	p := bufio.NewReaderSize(strings.NewReader("0123456789abcdefghijklmnop"), 16)
	pk, err := p.Peek(5)
	fmt.Printf("%q %v %d\n", pk, err, p.Buffered())
	pk, err = p.Peek(20)
	fmt.Printf("%q %v\n", pk, err)
	pk, err = p.Peek(-1)
	fmt.Printf("%q %v\n", pk, err)
	d, err := p.Discard(10)
	fmt.Println("discard", d, err)
	buf := make([]byte, 4)
	n, err := p.Read(buf)
	fmt.Printf("read %d %q %v\n", n, buf[:n], err)
	fmt.Println(p.UnreadByte(), p.Buffered())
	big := make([]byte, 32)
	n, err = p.Read(big)
	fmt.Printf("read %d %q %v\n", n, big[:n], err)
	n, err = p.Read(big)
	fmt.Printf("read %d %q %v\n", n, big[:n], err)
	pk, err = p.Peek(3)
	fmt.Printf("%q %v\n", pk, err)
	d, err = p.Discard(5)
	fmt.Println("discard", d, err)
	n, err = p.Read(big)
	fmt.Println(n, err)
	n, err = p.Read(nil)
	fmt.Println(n, err)

	// ReadSlice views the buffer; ErrBufferFull when no delimiter fits.
	s := bufio.NewReaderSize(strings.NewReader("abcdefghijklmnopqrstuvwxyz,tail"), 16)
	sl, err := s.ReadSlice(',')
	fmt.Printf("%q %v\n", sl, err)
	sl, err = s.ReadSlice(',')
	fmt.Printf("%q %v\n", sl, err)
	sl, err = s.ReadSlice(',')
	fmt.Printf("%q %v\n", sl, err)

	// A reader that never makes progress.
	np := bufio.NewReader(emptyReader{})
	_, err = np.ReadByte()
	fmt.Println(err, err == io.ErrNoProgress)

	// NewReader of a big-enough *bufio.Reader is that reader.
	fmt.Println(bufio.NewReaderSize(r, 16) == r, bufio.NewReaderSize(r, 8192) == r)

	// WriteTo drains the buffer and the rest of the source.
	wt := bufio.NewReader(&chunkReader{"line one\nline two\n", 5, io.EOF})
	first, _ := wt.ReadString(' ')
	fmt.Printf("%q\n", first)
	var out bytes.Buffer
	m, err := wt.WriteTo(&out)
	fmt.Printf("%d %v %q\n", m, err, out.String())
	m, err = bufio.NewReader(strings.NewReader("to stdout\n")).WriteTo(os.Stdout)
	fmt.Println(m, err)

	// Reset reuses the buffer for a new source.
	wt.Reset(strings.NewReader("again"))
	again, err := io.ReadAll(wt)
	fmt.Printf("%q %v\n", again, err)

	var zero bufio.Reader
	fmt.Println(zero.Size(), zero.Buffered())
}
