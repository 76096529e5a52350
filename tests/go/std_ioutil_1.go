package main

import (
	"bytes"
	"fmt"
	"io"
	"io/ioutil"
	"os"
	"strings"
)

type plain struct{ s string }

func (p *plain) Read(b []byte) (int, error) {
	if p.s == "" {
		return 0, io.EOF
	}
	n := copy(b, p.s)
	p.s = p.s[n:]
	return n, nil
}

func main() {
	data, err := ioutil.ReadAll(os.Stdin)
	fmt.Printf("%q %v %d\n", data, err, len(strings.Fields(string(data))))

	for _, r := range []io.Reader{strings.NewReader("from strings"), &plain{"from plain"}, bytes.NewBufferString("from buffer")} {
		rc := ioutil.NopCloser(r)
		_, isWT := rc.(io.WriterTo)
		b, err := io.ReadAll(rc)
		fmt.Printf("%T %v %q %v %v\n", rc, isWT, b, err, rc.Close())
	}
	rc := io.NopCloser(strings.NewReader("wt"))
	var sb strings.Builder
	n, err := rc.(io.WriterTo).WriteTo(&sb)
	fmt.Println(n, err, sb.String())

	n2, err := fmt.Fprintf(ioutil.Discard, "%d bytes into nowhere", 42)
	fmt.Println(n2, err, ioutil.Discard == io.Discard)
	c, err := io.Copy(ioutil.Discard, strings.NewReader(strings.Repeat("z", 10000)))
	fmt.Println(c, err)
}
