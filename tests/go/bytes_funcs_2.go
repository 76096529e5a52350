package main

// What bytes functions share with their arguments: subslices alias the input, with the
// capacities Go gives them; which results are nil; copies are fresh; and the panics.
import (
	"bytes"
	"fmt"
)

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "panic:", recover())
	}()
	f()
}

func main() {
	s := []byte("aa,bb,cc")
	parts := bytes.Split(s, []byte(","))
	for _, p := range parts {
		fmt.Print(len(p), cap(p), " ")
	}
	fmt.Println()
	parts[0][0] = 'X' // aliases s
	parts[0] = append(parts[0], '!') // cap == len: copies, s unchanged
	fmt.Printf("%s %s\n", s, parts[0])
	last := parts[len(parts)-1]
	fmt.Println(len(last), cap(last))

	f := bytes.Fields([]byte(" one  two three "))
	for _, p := range f {
		fmt.Print(len(p), cap(p), " ")
	}
	fmt.Println(len(f), cap(f))

	in := []byte("  trim me  ")
	t := bytes.TrimSpace(in)
	t[0] = 'T'
	fmt.Printf("%q %q %d\n", in, t, cap(t))
	fmt.Println(bytes.TrimSpace([]byte("   ")) == nil, bytes.TrimSpace(nil) == nil)
	fmt.Println(bytes.Trim([]byte("xxx"), "x") == nil, bytes.TrimLeft([]byte("xxx"), "x") == nil)
	fmt.Println(bytes.TrimRight([]byte("xxx"), "x") == nil, len(bytes.TrimRight([]byte("xxx"), "x")))
	fmt.Println(bytes.Trim(nil, "x") == nil, bytes.Trim([]byte{}, "x") == nil, bytes.TrimLeftFunc([]byte("  "), func(r rune) bool { return r == ' ' }) == nil)
	fmt.Println(bytes.Split(nil, nil) == nil, len(bytes.Split(nil, nil)), bytes.Fields(nil) == nil, len(bytes.Fields(nil)))

	up := []byte("abc")
	u := bytes.ToUpper(up)
	u2 := bytes.ToUpper(u)
	u2[0] = 'Z'
	fmt.Printf("%s %s %s %d %d\n", up, u, u2, len(u), cap(u))
	fmt.Println(bytes.ToLower(nil) == nil, len(bytes.ToUpper([]byte{})))
	title := bytes.ToTitle([]byte("ßſ"))
	fmt.Printf("%q %d %d\n", title, len(title), cap(title))
	grow := bytes.ToUpper([]byte("ıııı"))
	fmt.Printf("%q %d %d\n", grow, len(grow), cap(grow))

	r := bytes.Repeat([]byte("xy"), 4)
	fmt.Println(string(r), len(r), cap(r))
	j := bytes.Join([][]byte{[]byte("a"), []byte("b")}, nil)
	fmt.Println(string(j), len(j), cap(j))
	rep := bytes.Replace([]byte("aaa"), []byte("a"), []byte("bb"), 2)
	fmt.Println(string(rep), len(rep), cap(rep))
	none := bytes.Replace([]byte("aaa"), []byte("z"), []byte("y"), -1)
	fmt.Println(string(none), none == nil)

	before, after, _ := bytes.Cut([]byte("k:v"), []byte(":"))
	fmt.Println(cap(before), cap(after))

	try("Repeat(-1)", func() { bytes.Repeat([]byte("x"), -1) })
	try("Repeat overflow", func() { bytes.Repeat([]byte("xx"), 1<<62) })

	rd := bytes.NewReader([]byte("héllo"))
	fmt.Println(rd.Len(), rd.Size())
	c, size, _ := rd.ReadRune()
	c2, size2, _ := rd.ReadRune()
	fmt.Println(string(c), size, string(c2), size2, rd.Len())
	fmt.Println(rd.UnreadRune(), rd.UnreadRune(), rd.Len())
	buf := make([]byte, 10)
	n, err := rd.Read(buf)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = rd.Read(buf)
	fmt.Println(n, err)
	pos, err := rd.Seek(-3, 2)
	fmt.Println(pos, err)
	b, _ := rd.ReadByte()
	fmt.Println(string(b), rd.UnreadByte())
	n, err = rd.ReadAt(buf[:3], 1)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = rd.ReadAt(buf, 2)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	_, err = rd.Seek(-10, 0)
	fmt.Println(err)
	rd.Reset([]byte("new"))
	var out bytes.Buffer
	m, err := rd.WriteTo(&out)
	fmt.Println(m, err, out.String())
}
