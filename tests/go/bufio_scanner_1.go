package main

// bufio.Scanner over in-memory readers: the four split functions, a custom SplitFunc,
// ErrFinalToken, split errors, and the panics of Buffer/Split after Scan.
import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

func scanAll(name string, sc *bufio.Scanner) {
	var toks []string
	for sc.Scan() {
		toks = append(toks, sc.Text())
	}
	fmt.Printf("%s: %d %q err=%v\n", name, len(toks), toks, sc.Err())
}

func commaSplit(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF && len(data) > 0 {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

// oneByteReader hands out its data one byte per Read, so split functions see partial input.
type oneByteReader struct {
	data string
	i    int
}

func (r *oneByteReader) Read(p []byte) (int, error) {
	if r.i >= len(r.data) {
		return 0, errors.New("custom EOF-like error")
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = r.data[r.i]
	r.i++
	return 1, nil
}

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "panic:", recover())
	}()
	f()
}

func main() {
	text := "one two  three\n\nfour\r\nfive\tsix\n  seven  "
	scanAll("lines", bufio.NewScanner(strings.NewReader(text)))

	w := bufio.NewScanner(strings.NewReader(text))
	w.Split(bufio.ScanWords)
	scanAll("words", w)

	r := bufio.NewScanner(strings.NewReader("héllo, 世界\xff!"))
	r.Split(bufio.ScanRunes)
	scanAll("runes", r)

	b := bufio.NewScanner(strings.NewReader("héllo"))
	b.Split(bufio.ScanBytes)
	var bs []byte
	for b.Scan() {
		bs = append(bs, b.Bytes()...)
		fmt.Print(len(b.Bytes()), " ")
	}
	fmt.Printf("%q\n", bs)

	c := bufio.NewScanner(strings.NewReader("a, b,c ,, d e ,f"))
	c.Split(commaSplit)
	scanAll("commas", c)

	// Words separated by Unicode spaces, fed one byte at a time, ending with a non-EOF error.
	u := bufio.NewScanner(&oneByteReader{data: "alpha\u00a0beta\u2003gamma\u3000δέλτα"})
	u.Split(bufio.ScanWords)
	scanAll("unicode words", u)

	// Numbers until a sentinel, stopping with ErrFinalToken.
	n := bufio.NewScanner(strings.NewReader("1 2 3 STOP 4 5"))
	n.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil && string(tok) == "STOP" {
			return adv, tok, bufio.ErrFinalToken
		}
		return adv, tok, err
	})
	sum := 0
	for n.Scan() {
		if v, err := strconv.Atoi(n.Text()); err == nil {
			sum += v
		} else {
			fmt.Println("final token:", n.Text())
		}
	}
	fmt.Println("sum", sum, "err", n.Err(), "again", n.Scan())

	// A split function that fails on bad input.
	bad := errors.New("no digits allowed")
	e := bufio.NewScanner(strings.NewReader("abc def 4gh ijk"))
	e.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if tok != nil && bytes.ContainsAny(tok, "0123456789") {
			return 0, nil, bad
		}
		return adv, tok, err
	})
	scanAll("failing split", e)

	neg := bufio.NewScanner(strings.NewReader("xyz"))
	neg.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	scanAll("negative advance", neg)
	far := bufio.NewScanner(strings.NewReader("xyz"))
	far.Split(func(data []byte, atEOF bool) (int, []byte, error) { return len(data) + 1, data, nil })
	scanAll("advance too far", far)

	// Empty input and input of only separators.
	scanAll("empty", bufio.NewScanner(strings.NewReader("")))
	scanAll("newlines", bufio.NewScanner(strings.NewReader("\n\n\n")))
	ew := bufio.NewScanner(strings.NewReader(" \t\n  "))
	ew.Split(bufio.ScanWords)
	scanAll("spaces", ew)

	// Empty tokens at EOF: a split func returning an empty token once per call.
	k := 0
	em := bufio.NewScanner(strings.NewReader("x"))
	em.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if !atEOF {
			return 0, nil, nil
		}
		k++
		if k > 3 {
			return 0, nil, nil
		}
		return len(data), []byte{}, nil
	})
	scanAll("empty tokens", em)

	s := bufio.NewScanner(strings.NewReader("a\nb\n"))
	s.Scan()
	try("Split after Scan", func() { s.Split(bufio.ScanWords) })
	try("Buffer after Scan", func() { s.Buffer(nil, 10) })
	fmt.Println(s.Text(), s.Scan(), s.Text(), s.Scan(), s.Err())

	fmt.Println(bufio.MaxScanTokenSize, bufio.ErrTooLong, bufio.ErrNegativeAdvance)
	fmt.Println(bufio.ErrAdvanceTooFar, bufio.ErrBadReadCount, bufio.ErrFinalToken)
}
