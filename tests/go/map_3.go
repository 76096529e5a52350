package main

import (
	"fmt"
	"sort"
	"strings"
)

type Graph map[string]map[string]bool

func (g Graph) Link(a, b string) {
	if g[a] == nil {
		g[a] = map[string]bool{}
	}
	g[a][b] = true
}

func (g Graph) Neighbors(a string) []string {
	var out []string
	for n := range g[a] {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func invert(m map[string]int) map[int][]string {
	out := map[int][]string{}
	for k, v := range m {
		out[v] = append(out[v], k)
	}
	for _, ks := range out {
		sort.Strings(ks)
	}
	return out
}

func main() {
	g := Graph{}
	g.Link("a", "b")
	g.Link("a", "c")
	g.Link("b", "c")
	g.Link("c", "a")
	fmt.Println(g.Neighbors("a"), g.Neighbors("c"), g.Neighbors("zzz"), len(g))
	fmt.Println(g)
	ages := map[string]int{"ann": 30, "bob": 25, "cy": 30, "dee": 25, "eve": 40}
	fmt.Println(invert(ages))
	freq := map[string]int{}
	for _, w := range strings.Fields("to be or not to be that is the question to be") {
		freq[w]++
	}
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range freq {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].v > list[j].v || list[i].v == list[j].v && list[i].k < list[j].k })
	fmt.Println(list)
	m := map[int]*int{}
	for i := 0; i < 3; i++ {
		v := i * i
		m[i] = &v
	}
	*m[2] += 100
	fmt.Println(*m[0], *m[1], *m[2])
	cache := map[[2]int]int{}
	var paths func(r, c int) int
	paths = func(r, c int) int {
		if r == 0 || c == 0 {
			return 1
		}
		k := [2]int{r, c}
		if v, ok := cache[k]; ok {
			return v
		}
		v := paths(r-1, c) + paths(r, c-1)
		cache[k] = v
		return v
	}
	fmt.Println(paths(16, 16), len(cache))
	copyOf := make(map[string]int, len(ages))
	for k, v := range ages {
		copyOf[k] = v
	}
	delete(copyOf, "ann")
	fmt.Println(len(ages), len(copyOf))
	type pair struct{ a, b string }
	pm := map[pair]float64{{"x", "y"}: 1.5}
	pm[pair{"x", "y"}] += 1
	fmt.Println(pm)
}
