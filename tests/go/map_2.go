package main

import (
	"fmt"
	"sort"
	"strings"
)

type Student struct {
	Name   string
	Grades []int
}

func main() {
	set := map[string]struct{}{}
	for _, w := range strings.Fields("a b a c b d a") {
		set[w] = struct{}{}
	}
	fmt.Println(len(set), set)
	_, has := set["c"]
	fmt.Println(has)
	students := map[string]Student{
		"s1": {"Ann", []int{90, 80}},
		"s2": {"Ben", nil},
	}
	st := students["s1"]
	st.Name = "Anna"
	fmt.Println(students["s1"].Name, st.Name)
	students["s1"] = st
	fmt.Println(students)
	ptrs := map[string]*Student{"x": {Name: "X"}}
	ptrs["x"].Grades = append(ptrs["x"].Grades, 100)
	fmt.Println(*ptrs["x"])
	inv := map[int][]string{}
	byLen := []string{"go", "c", "rust", "java", "js", "d"}
	for _, w := range byLen {
		inv[len(w)] = append(inv[len(w)], w)
	}
	fmt.Println(inv)
	lens := make([]int, 0)
	for k := range inv {
		lens = append(lens, k)
	}
	sort.Ints(lens)
	fmt.Println(lens)
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i%7] += i
	}
	fmt.Println(m)
	for k := range m {
		if k%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println(m, len(m))
	total := 0
	for k, v := range m {
		total += k * v
	}
	fmt.Println(total)
	big := make(map[int]string, 1000)
	for i := 0; i < 1000; i++ {
		big[i] = fmt.Sprint(i)
	}
	for i := 0; i < 1000; i += 2 {
		delete(big, i)
	}
	fmt.Println(len(big), big[999], big[998] == "")
	mm := map[string]int{"a": 1}
	mm2 := map[string]int{"a": 1}
	fmt.Println(len(mm) == len(mm2) && mm["a"] == mm2["a"])
	counts := map[bool]int{}
	for i := 0; i < 10; i++ {
		counts[i%3 == 0]++
	}
	fmt.Println(counts)
	var nested = map[string]map[string]bool{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]bool{}
		}
		nested[a][b] = true
	}
	add("x", "y")
	add("x", "z")
	add("w", "y")
	fmt.Println(nested, len(nested["x"]))
}
