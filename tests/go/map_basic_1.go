package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	fmt.Println(m, len(m))
	m["four"] = 4
	m["one"] = 100
	delete(m, "two")
	delete(m, "missing")
	fmt.Println(m, len(m))
	v, ok := m["three"]
	fmt.Println(v, ok)
	v, ok = m["nope"]
	fmt.Println(v, ok)
	fmt.Println(m["nope"])
	if x, found := m["four"]; found {
		fmt.Println("found", x)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(sum)
	var nilMap map[string]bool
	fmt.Println(nilMap, len(nilMap), nilMap["x"], nilMap == nil)
	_, ok = nilMap["y"]
	fmt.Println(ok)
	delete(nilMap, "z")
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	im := map[int]string{3: "c", 1: "a", 2: "b", -5: "neg"}
	fmt.Println(im)
	nested := map[string]map[string]int{}
	nested["a"] = map[string]int{"x": 1}
	nested["a"]["y"] = 2
	fmt.Println(nested)
	m2 := m
	m2["shared"] = 1
	fmt.Println(len(m), m["shared"])
	mm := make(map[string][]int)
	mm["a"] = append(mm["a"], 1)
	mm["a"] = append(mm["a"], 2)
	mm["b"] = append(mm["b"], 3)
	fmt.Println(mm)
}
