package main

// Changing a Scanner's split function once scanning has started panics; output written through
// a bufio.Writer before the panic and flushed is printed, the rest is lost.
import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	sc := bufio.NewScanner(strings.NewReader("one two\nthree\n"))
	for sc.Scan() {
		fmt.Fprintln(w, "line:", sc.Text())
	}
	w.Flush()
	fmt.Fprintln(w, "never flushed")
	sc.Split(bufio.ScanWords)
}
