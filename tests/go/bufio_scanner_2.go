package main

// Token size limits: the default 64 KiB maximum (ErrTooLong), Buffer raising and lowering it,
// and how Scanner.Bytes aliases the internal buffer.
import (
	"bufio"
	"fmt"
	"strings"
)

func lengths(sc *bufio.Scanner) {
	var ls []int
	for sc.Scan() {
		ls = append(ls, len(sc.Bytes()))
	}
	fmt.Println(ls, sc.Err())
}

func main() {
	long := strings.Repeat("x", 70000)
	input := "short\n" + long + "\nafter\n"

	lengths(bufio.NewScanner(strings.NewReader(input)))

	big := bufio.NewScanner(strings.NewReader(input))
	big.Buffer(make([]byte, 100), 100000)
	lengths(big)

	// A token exactly as long as the buffer limit allows (the newline must fit too).
	edge := strings.Repeat("y", bufio.MaxScanTokenSize-1) + "\n" + strings.Repeat("z", bufio.MaxScanTokenSize) + "\n"
	lengths(bufio.NewScanner(strings.NewReader(edge)))

	// The last line has no newline: it may use the whole buffer.
	last := bufio.NewScanner(strings.NewReader("ab\n" + strings.Repeat("w", 16)))
	last.Buffer(nil, 16)
	lengths(last)

	small := bufio.NewScanner(strings.NewReader("0123456789\n012345678901234567890\nabc\n"))
	small.Buffer(make([]byte, 4), 16)
	lengths(small)

	words := bufio.NewScanner(strings.NewReader(strings.Repeat("word ", 5000) + long))
	words.Split(bufio.ScanWords)
	n := 0
	for words.Scan() {
		n++
	}
	fmt.Println("words", n, words.Err())

	// Bytes is a view of the buffer: a later Scan may overwrite it (here, after compaction).
	sc := bufio.NewScanner(strings.NewReader("first\nsecond\nthird\n"))
	sc.Buffer(make([]byte, 16), 16)
	sc.Scan()
	kept := sc.Bytes()
	copied := sc.Text()
	for sc.Scan() {
	}
	fmt.Printf("%q %q\n", kept, copied)

	// Max token size zero.
	z := bufio.NewScanner(strings.NewReader("abc"))
	z.Buffer(nil, 0)
	lengths(z)
}
