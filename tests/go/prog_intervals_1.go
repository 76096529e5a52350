package main

import (
	"fmt"
	"sort"
	"strings"
)

type Interval struct{ Lo, Hi int }

func (iv Interval) String() string { return fmt.Sprintf("[%d,%d]", iv.Lo, iv.Hi) }

func merge(ivs []Interval) []Interval {
	if len(ivs) == 0 {
		return nil
	}
	s := append([]Interval(nil), ivs...)
	sort.Slice(s, func(i, j int) bool { return s[i].Lo < s[j].Lo })
	out := []Interval{s[0]}
	for _, iv := range s[1:] {
		last := &out[len(out)-1]
		if iv.Lo <= last.Hi {
			if iv.Hi > last.Hi {
				last.Hi = iv.Hi
			}
		} else {
			out = append(out, iv)
		}
	}
	return out
}

func groupAnagrams(words []string) [][]string {
	groups := map[string][]string{}
	var order []string
	for _, w := range words {
		b := []byte(strings.ToLower(w))
		sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
		k := string(b)
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], w)
	}
	var out [][]string
	for _, k := range order {
		out = append(out, groups[k])
	}
	return out
}

func twoSum(nums []int, target int) (int, int, bool) {
	seen := map[int]int{}
	for i, n := range nums {
		if j, ok := seen[target-n]; ok {
			return j, i, true
		}
		seen[n] = i
	}
	return -1, -1, false
}

func longestUniqueSubstring(s string) string {
	last := map[rune]int{}
	start, bestStart, bestLen := 0, 0, 0
	runes := []rune(s)
	for i, r := range runes {
		if j, ok := last[r]; ok && j >= start {
			start = j + 1
		}
		last[r] = i
		if i-start+1 > bestLen {
			bestStart, bestLen = start, i-start+1
		}
	}
	return string(runes[bestStart : bestStart+bestLen])
}

func main() {
	fmt.Println(merge([]Interval{{1, 3}, {8, 10}, {2, 6}, {15, 18}, {17, 20}, {6, 7}}))
	fmt.Println(merge([]Interval{{5, 5}}), merge(nil), len(merge(nil)))
	fmt.Println(groupAnagrams([]string{"listen", "Silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"}))
	fmt.Println(twoSum([]int{2, 7, 11, 15}, 9))
	fmt.Println(twoSum([]int{3, 2, 4}, 6))
	fmt.Println(twoSum([]int{1, 2}, 10))
	for _, s := range []string{"abcabcbb", "bbbbb", "pwwkew", "", "日本日本語"} {
		fmt.Printf("%q ", longestUniqueSubstring(s))
	}
	fmt.Println()
}
