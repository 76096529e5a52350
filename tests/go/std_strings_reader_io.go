package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := strings.NewReader("héllo, world")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	r.Reset("abc")
	b, err := r.ReadByte()
	fmt.Println(b, err, r.UnreadByte(), r.UnreadByte())
	fmt.Println(r.UnreadRune())
	ch, sz, err := r.ReadRune()
	fmt.Println(ch, sz, err, r.UnreadRune(), r.UnreadRune())
	pos, err := r.Seek(-1, io.SeekEnd)
	fmt.Println(pos, err)
	pos, err = r.Seek(-10, io.SeekCurrent)
	fmt.Println(pos, err)
	pos, err = r.Seek(0, 7)
	fmt.Println(pos, err)
	n, err := r.ReadAt(buf, 1)
	fmt.Println(n, err, string(buf[:n]))
	n, err = r.ReadAt(buf, -1)
	fmt.Println(n, err)
	r.Seek(0, io.SeekStart)
	wn, err := r.WriteTo(os.Stdout)
	fmt.Println("", wn, err)
	all, err := io.ReadAll(strings.NewReader(strings.Repeat("x", 1000)))
	fmt.Println(len(all), err)
	var sb strings.Builder
	cn, err := io.Copy(&sb, strings.NewReader("copy me"))
	fmt.Println(cn, err, sb.String())
	full := make([]byte, 10)
	fn, err := io.ReadFull(strings.NewReader("short"), full)
	fmt.Println(fn, err)
	fn, err = io.ReadFull(strings.NewReader(""), full)
	fmt.Println(fn, err)
	lr := io.LimitReader(strings.NewReader("abcdefgh"), 3)
	lb, _ := io.ReadAll(lr)
	fmt.Println(string(lb))
	mw := io.MultiWriter(os.Stdout, &sb)
	fmt.Fprintln(mw, "multi")
	fmt.Print(sb.String())
	fmt.Fprintf(io.Discard, "gone")
	fmt.Println(strings.Clone("abc"), strings.ToValidUTF8("a\xff\xfeb\xffc", "?"), strings.ToValidUTF8("ok", "?"))
	rp := strings.NewReplacer("a", "b")
	rp.WriteString(os.Stdout, "banana\n")
	var rr io.RuneScanner = strings.NewReader("x")
	_ = rr
}
