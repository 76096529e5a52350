// wordfreq: word frequencies over a deterministic synthetic text — measures string building,
// strings.Fields, map[string]int updates and sort.Slice. Words are drawn from a fixed synthetic
// vocabulary with a 31-bit LCG and a skew (k*k/V) so the top counts are distinct.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

const vocabSize = 2000

var state = 42

func next() int {
	state = (state*1103515245 + 12345) & 0x7fffffff
	return state
}

func makeVocab() []string {
	vocab := make([]string, vocabSize)
	for i := range vocab {
		n := 3 + next()%6
		b := make([]byte, n)
		for j := range b {
			b[j] = byte('a' + next()%26)
		}
		vocab[i] = string(b)
	}
	return vocab
}

func main() {
	n := 2000000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Println("bad argument:", os.Args[1])
			os.Exit(1)
		}
		n = v
	}
	vocab := makeVocab()
	var sb strings.Builder
	for i := 0; i < n; i++ {
		k := next() % vocabSize
		k = k * k / vocabSize
		sb.WriteString(vocab[k])
		sb.WriteByte(' ')
	}
	text := sb.String()

	counts := make(map[string]int)
	total := 0
	for _, w := range strings.Fields(text) {
		counts[w]++
		total++
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		ci, cj := counts[words[i]], counts[words[j]]
		if ci != cj {
			return ci > cj
		}
		return words[i] < words[j]
	})
	fmt.Printf("words: %d distinct: %d\n", total, len(counts))
	for _, w := range words[:3] {
		fmt.Printf("%s %d\n", w, counts[w])
	}
}
