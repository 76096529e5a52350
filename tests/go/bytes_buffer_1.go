package main

// bytes.Buffer: writing (Write*, Fprintf), reading (Read*, Next, Unread*), Truncate, Grow,
// Reset, the growth of its capacity, ReadFrom/WriteTo, and its panics.
import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "panic:", recover())
	}()
	f()
}

func main() {
	var b bytes.Buffer
	fmt.Printf("%q %d %d\n", b.String(), b.Len(), b.Cap())
	b.WriteString("hello")
	b.WriteByte(',')
	b.WriteRune(' ')
	n, _ := b.WriteRune('世')
	b.Write([]byte("界!"))
	fmt.Fprintf(&b, " %d+%d=%d", 2, 3, 5)
	fmt.Printf("%q len=%d cap=%d runeLen=%d\n", b.String(), b.Len(), b.Cap(), n)
	fmt.Println(b.String())
	fmt.Printf("%s|%v|%x\n", &b, b.Bytes()[:5], b.Bytes()[:3])

	line, err := b.ReadString(' ')
	fmt.Printf("%q %v %d\n", line, err, b.Len())
	c, _ := b.ReadByte()
	fmt.Println(string(c), b.UnreadByte(), b.UnreadByte())
	r, size, _ := b.ReadRune()
	fmt.Println(string(r), size, b.UnreadRune(), b.UnreadRune())
	r, size, _ = b.ReadRune()
	fmt.Println(string(r), size)
	fmt.Printf("%q\n", b.Next(4))
	rest, err := b.ReadBytes('=')
	fmt.Printf("%q %v\n", rest, err)
	rest, err = b.ReadBytes('=')
	fmt.Printf("%q %v %d\n", rest, err, b.Len())
	rest, err = b.ReadBytes('=')
	fmt.Printf("%q %v\n", rest, err)
	r, size, err = b.ReadRune()
	fmt.Println(r, size, err)
	_, err = b.ReadByte()
	fmt.Println(err)
	buf := make([]byte, 4)
	k, err := b.Read(buf)
	fmt.Println(k, err)
	k, err = b.Read(nil)
	fmt.Println(k, err)

	// Truncate, Reset, Grow.
	t := bytes.NewBufferString("0123456789")
	t.Truncate(6)
	fmt.Printf("%q\n", t.String())
	t.Next(2)
	t.Truncate(2)
	fmt.Printf("%q %d\n", t.String(), t.Len())
	try("Truncate(5)", func() { t.Truncate(5) })
	try("Truncate(-1)", func() { t.Truncate(-1) })
	try("Grow(-1)", func() { t.Grow(-1) })
	t.Truncate(0)
	fmt.Printf("%q %d\n", t.String(), t.Len())
	t.Reset()

	var g bytes.Buffer
	g.Grow(10)
	fmt.Println("after Grow(10):", g.Len(), g.Cap())
	g.Grow(100)
	fmt.Println("after Grow(100):", g.Len(), g.Cap())
	var caps []int
	var grown bytes.Buffer
	for i := 0; i < 2000; i++ {
		grown.WriteByte(byte('a' + i%26))
		if len(caps) == 0 || caps[len(caps)-1] != grown.Cap() {
			caps = append(caps, grown.Cap())
		}
	}
	fmt.Println("caps:", caps)

	// Reading half of a buffer and writing more moves the unread bytes to the front.
	m := bytes.NewBuffer(make([]byte, 0, 64))
	m.WriteString(strings.Repeat("x", 60))
	m.Next(50)
	m.WriteString("0123456789")
	fmt.Println(m.Len(), m.Cap(), m.String())

	// NewBuffer uses the slice as initial contents.
	nb := bytes.NewBuffer([]byte("initial "))
	nb.WriteString("and more")
	fmt.Println(nb.String(), nb.Len())

	// ReadFrom / WriteTo and io.Copy.
	var rf bytes.Buffer
	cnt, err := rf.ReadFrom(strings.NewReader(strings.Repeat("abc", 300)))
	fmt.Println(cnt, err, rf.Len())
	cnt, err = io.Copy(os.Stdout, bytes.NewBufferString("copied to stdout\n"))
	fmt.Println(cnt, err)
	wt := bytes.NewBufferString("written by WriteTo\n")
	cnt, err = wt.WriteTo(os.Stdout)
	fmt.Println(cnt, err, wt.Len())

	// A nil *Buffer prints as <nil>; the zero Buffer is ready to use.
	var np *bytes.Buffer
	fmt.Println(np.String())
	var z bytes.Buffer
	fmt.Fprintln(&z, "zero", "value", 42)
	fmt.Print(z.String())

	// UnreadRune after a non-ReadRune read.
	u := bytes.NewBufferString("ab")
	u.ReadByte()
	fmt.Println(u.UnreadRune())
	u.WriteString("c")
	fmt.Println(u.UnreadByte())

	fmt.Println(bytes.MinRead, bytes.ErrTooLarge)
}
