package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.`

type WordCount struct {
	Word  string
	Count int
}

func normalize(w string) string {
	w = strings.ToLower(w)
	return strings.Trim(w, ".,;:!?\"'")
}

func main() {
	counts := make(map[string]int)
	total := 0
	for _, line := range strings.Split(text, "\n") {
		for _, w := range strings.Fields(line) {
			w = normalize(w)
			if w == "" {
				continue
			}
			counts[w]++
			total++
		}
	}
	var wcs []WordCount
	for w, c := range counts {
		wcs = append(wcs, WordCount{w, c})
	}
	sort.Slice(wcs, func(i, j int) bool {
		if wcs[i].Count != wcs[j].Count {
			return wcs[i].Count > wcs[j].Count
		}
		return wcs[i].Word < wcs[j].Word
	})
	fmt.Println("total words:", total, "distinct:", len(counts))
	for i, wc := range wcs {
		if i >= 8 {
			break
		}
		fmt.Printf("%2d. %-12s %3d %s\n", i+1, wc.Word, wc.Count, strings.Repeat("*", wc.Count))
	}
	longest := ""
	for w := range counts {
		if len(w) > len(longest) || len(w) == len(longest) && w < longest {
			longest = w
		}
	}
	fmt.Println("longest:", longest, utf8.RuneCountInString(longest))
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		fmt.Printf("%d: %d chars, %d commas, starts %q\n", i, len(l), strings.Count(l, ","), l[:strings.Index(l, " ")])
	}
	caps := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r - 32
		}
		return r
	}, lines[0][:20])
	fmt.Println(caps)
	acronym := ""
	for _, w := range strings.Fields("portable network graphics") {
		acronym += strings.ToUpper(w[:1])
	}
	fmt.Println(acronym)
	fmt.Println(counts["was"], counts["missing"], counts)
}
