package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

const poem = `Two roads diverged in a yellow wood,
And sorry I could not travel both
And be one traveler, long I stood
And looked down one as far as I could
To where it bent in the undergrowth;

Then took the other, as just as fair,
And having perhaps the better claim,
Because it was grassy and wanted wear;
Though as for that the passing there
Had worn them really about the same.`

type stat struct {
	letter rune
	count  int
}

func main() {
	lines := strings.Split(poem, "\n")
	stanzas := strings.Split(poem, "\n\n")
	fmt.Println("lines:", len(lines), "stanzas:", len(stanzas))
	letters := map[rune]int{}
	vowels, consonants, punct := 0, 0, 0
	for _, r := range strings.ToLower(poem) {
		switch {
		case strings.ContainsRune("aeiou", r):
			vowels++
			letters[r]++
		case r >= 'a' && r <= 'z':
			consonants++
			letters[r]++
		case strings.ContainsRune(",.;:", r):
			punct++
		}
	}
	fmt.Println("vowels", vowels, "consonants", consonants, "punct", punct)
	var stats []stat
	for l, c := range letters {
		stats = append(stats, stat{l, c})
	}
	sort.Slice(stats, func(i, j int) bool {
		if stats[i].count != stats[j].count {
			return stats[i].count > stats[j].count
		}
		return stats[i].letter < stats[j].letter
	})
	for _, s := range stats[:6] {
		fmt.Printf("%c=%d ", s.letter, s.count)
	}
	fmt.Println()
	for i, l := range lines {
		if l == "" {
			fmt.Println(i, "(blank)")
			continue
		}
		words := strings.Fields(l)
		last := strings.TrimRight(words[len(words)-1], ",.;")
		fmt.Printf("%2d %2d words, ends with %-12q rhyme-key %q\n", i, len(words), last, last[len(last)-2:])
	}
	longest := ""
	for _, w := range strings.FieldsFunc(poem, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') }) {
		if utf8.RuneCountInString(w) > utf8.RuneCountInString(longest) {
			longest = w
		}
	}
	fmt.Println("longest word:", longest)
	title := strings.Title(strings.ToLower(lines[0]))
	fmt.Println(title)
}
