package main

// The competitive-programming pattern: a count, then that many numbers read with fmt.Fscan
// through a bufio.Reader, then words and floats until the input runs out.
import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	reader := bufio.NewReader(os.Stdin)
	writer := bufio.NewWriter(os.Stdout)
	defer writer.Flush()

	var n int
	if _, err := fmt.Fscan(reader, &n); err != nil {
		fmt.Fprintln(writer, "error:", err)
		return
	}
	sum, max, min := 0, -1<<63, 1<<63-1
	for i := 0; i < n; i++ {
		var x int
		fmt.Fscan(reader, &x)
		sum += x
		if x > max {
			max = x
		}
		if x < min {
			min = x
		}
	}
	fmt.Fprintln(writer, "n:", n, "sum:", sum, "max:", max, "min:", min)

	var rows, cols int
	fmt.Fscan(reader, &rows, &cols)
	grid := make([][]int64, rows)
	for r := range grid {
		grid[r] = make([]int64, cols)
		for c := range grid[r] {
			fmt.Fscan(reader, &grid[r][c])
		}
	}
	for r := range grid {
		var rs int64
		for _, v := range grid[r] {
			rs += v
		}
		fmt.Fprintf(writer, "row %d: %v sum %d\n", r, grid[r], rs)
	}

	var name string
	var score float64
	var ok bool
	cnt, err := fmt.Fscan(reader, &name, &score, &ok)
	fmt.Fprintln(writer, cnt, err, name, score, ok)

	var line string
	cnt, err = fmt.Fscanln(reader, &line)
	fmt.Fprintf(writer, "rest of line: %d %v %q\n", cnt, err, line)
	cnt, err = fmt.Fscanln(reader, &name, &line)
	fmt.Fprintf(writer, "next line: %d %v %q %q\n", cnt, err, name, line)

	var a, b int
	cnt, err = fmt.Fscanf(reader, "%d-%d\n", &a, &b)
	fmt.Fprintln(writer, "range:", cnt, err, a, b)

	var words []string
	for {
		var w string
		_, err := fmt.Fscan(reader, &w)
		if err == io.EOF {
			fmt.Fprintln(writer, "EOF after", len(words), "words")
			break
		}
		if err != nil {
			fmt.Fprintln(writer, "error:", err)
			break
		}
		words = append(words, w)
	}
	fmt.Fprintln(writer, words)
	cnt, err = fmt.Fscan(reader, &a)
	fmt.Fprintln(writer, "again:", cnt, err)
}
