package main

// Reads standard input line by line with bufio.Scanner: a word-frequency report, the longest
// line, CRLF handling and a final line without a newline.
import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"sort"
	"strings"
)

type entry struct {
	word  string
	count int
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	counts := map[string]int{}
	lines, blank, words, chars := 0, 0, 0, 0
	longest := ""
	for sc.Scan() {
		line := sc.Text()
		lines++
		chars += len(line)
		if strings.TrimSpace(line) == "" {
			blank++
		}
		if len(line) > len(longest) {
			longest = line
		}
		if bytes.HasSuffix(sc.Bytes(), []byte("\r")) {
			fmt.Println("unexpected CR on line", lines)
		}
		for _, w := range bytes.Fields(bytes.ToLower(sc.Bytes())) {
			w = bytes.Trim(w, ".,;:!?\"'()")
			if len(w) == 0 {
				continue
			}
			words++
			counts[string(w)]++
		}
		fmt.Printf("%3d %q\n", lines, line)
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	var list []entry
	for w, c := range counts {
		list = append(list, entry{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	fmt.Printf("lines=%d blank=%d words=%d chars=%d distinct=%d\n", lines, blank, words, chars, len(list))
	fmt.Printf("longest (%d): %s\n", len(longest), longest)
	for i, e := range list {
		if i == 8 {
			break
		}
		fmt.Printf("%-8s %d\n", e.word, e.count)
	}
	// Scan after the end keeps returning false.
	fmt.Println(sc.Scan(), sc.Scan(), sc.Err())
}
