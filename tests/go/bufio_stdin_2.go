package main

// bufio.Reader over os.Stdin: a small calculator reading "op a b" commands with ReadString,
// then the rest of the input with ReadRune and ReadLine; a Scanner whose Buffer is too small
// for one of the lines reports ErrTooLong.
import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	in := bufio.NewReaderSize(os.Stdin, 64)
	fmt.Println("size", in.Size())
	for {
		line, err := in.ReadString('\n')
		line = strings.TrimRight(line, "\r\n")
		if line == "end" {
			break
		}
		if line != "" {
			f := strings.Fields(line)
			if len(f) == 3 {
				a, _ := strconv.Atoi(f[1])
				b, _ := strconv.Atoi(f[2])
				switch f[0] {
				case "add":
					fmt.Println(a, "+", b, "=", a+b)
				case "mul":
					fmt.Println(a, "*", b, "=", a*b)
				case "div":
					if b == 0 {
						fmt.Println("division by zero")
					} else {
						fmt.Println(a, "/", b, "=", a/b, "rem", a%b)
					}
				default:
					fmt.Printf("unknown op %q\n", f[0])
				}
			} else {
				fmt.Printf("bad command %q\n", line)
			}
		}
		if err != nil {
			fmt.Println("err:", err)
			return
		}
	}
	// Runes of the next line.
	for {
		r, size, err := in.ReadRune()
		if err != nil || r == '\n' {
			break
		}
		fmt.Printf("%c:%d ", r, size)
	}
	fmt.Println()
	// ReadLine with a 64-byte buffer: long lines come in pieces.
	for i := 0; i < 4; i++ {
		line, isPrefix, err := in.ReadLine()
		fmt.Printf("ReadLine %d %q %v %v\n", len(line), line, isPrefix, err)
	}
	// The rest through a Scanner limited to 32-byte tokens.
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 8), 32)
	for sc.Scan() {
		fmt.Printf("token %q\n", sc.Text())
	}
	fmt.Println("scanner err:", sc.Err(), sc.Err() == bufio.ErrTooLong)
	rest, err := io.ReadAll(in)
	fmt.Printf("rest %d bytes, err %v\n", len(rest), err)
	fmt.Printf("%q\n", rest)
}
