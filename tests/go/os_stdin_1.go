package main

// os.Stdin as a plain io.Reader: small Read calls, then io.ReadFull, io.Copy and io.ReadAll.
import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	buf := make([]byte, 5)
	for i := 0; i < 3; i++ {
		n, err := os.Stdin.Read(buf)
		fmt.Printf("Read %d %q %v\n", n, buf[:n], err)
	}
	head := make([]byte, 12)
	n, err := io.ReadFull(os.Stdin, head)
	fmt.Printf("ReadFull %d %q %v\n", n, head[:n], err)

	var b bytes.Buffer
	m, err := io.Copy(&b, io.LimitReader(os.Stdin, 20))
	fmt.Printf("Copy %d %q %v\n", m, b.String(), err)

	rest, err := io.ReadAll(os.Stdin)
	fmt.Printf("ReadAll %d %v\n", len(rest), err)
	fmt.Println(strings.ToUpper(string(rest)))
	n, err = os.Stdin.Read(buf)
	fmt.Println("after EOF:", n, err, err == io.EOF)
	n, err = io.ReadFull(os.Stdin, head)
	fmt.Println("ReadFull at EOF:", n, err)
}
