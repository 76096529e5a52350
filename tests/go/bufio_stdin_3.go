package main

// Empty standard input (no .in file: /dev/null): every reader sees EOF at once.
import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
	}
	fmt.Println("lines:", n, "err:", sc.Err())

	r := bufio.NewReader(os.Stdin)
	s, err := r.ReadString('\n')
	fmt.Printf("ReadString: %q %v %v\n", s, err, err == io.EOF)
	b, err := r.ReadByte()
	fmt.Println("ReadByte:", b, err)
	fmt.Println("UnreadByte:", r.UnreadByte())
	line, isPrefix, err := r.ReadLine()
	fmt.Println("ReadLine:", line == nil, isPrefix, err)
	p, err := r.Peek(1)
	fmt.Println("Peek:", len(p), err)

	buf := make([]byte, 10)
	k, err := os.Stdin.Read(buf)
	fmt.Println("os.Stdin.Read:", k, err)
	k, err = os.Stdin.Read(buf[:0])
	fmt.Println("zero-length Read:", k, err)
	all, err := io.ReadAll(os.Stdin)
	fmt.Println("ReadAll:", len(all), all == nil, err)

	var rd io.Reader = os.Stdin
	_, ok := rd.(io.Writer)
	fmt.Println("os.Stdin is an io.Writer too:", ok)

	// Reading the standard output (a pipe or file opened for writing) fails.
	_, err = os.Stdout.Read(buf)
	fmt.Println(err)
	if pe, ok := err.(*os.PathError); ok {
		fmt.Println(pe.Op, pe.Path)
	}
	var nilFile *os.File
	_, err = nilFile.Read(buf)
	fmt.Println(err, err == os.ErrInvalid)
}
