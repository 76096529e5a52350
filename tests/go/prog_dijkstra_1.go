package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Edge struct {
	To     string
	Weight int
}

type Graph map[string][]Edge

func (g Graph) AddEdge(a, b string, w int) {
	g[a] = append(g[a], Edge{b, w})
	g[b] = append(g[b], Edge{a, w})
}

func (g Graph) Dijkstra(src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	for v := range g {
		dist[v] = math.MaxInt
	}
	dist[src] = 0
	visited := map[string]bool{}
	for len(visited) < len(g) {
		best, bestD := "", math.MaxInt
		for v, d := range dist {
			if !visited[v] && (d < bestD || d == bestD && v < best) {
				best, bestD = v, d
			}
		}
		if best == "" {
			break
		}
		visited[best] = true
		for _, e := range g[best] {
			if nd := bestD + e.Weight; nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = best
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, dst string) string {
	var p []string
	for v := dst; v != ""; v = prev[v] {
		p = append([]string{v}, p...)
	}
	return strings.Join(p, "->")
}

func topo(deps map[string][]string) ([]string, error) {
	state := map[string]int{}
	var order []string
	var visit func(string) error
	visit = func(n string) error {
		switch state[n] {
		case 1:
			return fmt.Errorf("cycle at %s", n)
		case 2:
			return nil
		}
		state[n] = 1
		ds := append([]string(nil), deps[n]...)
		sort.Strings(ds)
		for _, d := range ds {
			if err := visit(d); err != nil {
				return err
			}
		}
		state[n] = 2
		order = append(order, n)
		return nil
	}
	keys := make([]string, 0, len(deps))
	for k := range deps {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if err := visit(k); err != nil {
			return order, err
		}
	}
	return order, nil
}

func main() {
	g := Graph{}
	g.AddEdge("A", "B", 7)
	g.AddEdge("A", "C", 9)
	g.AddEdge("A", "F", 14)
	g.AddEdge("B", "C", 10)
	g.AddEdge("B", "D", 15)
	g.AddEdge("C", "D", 11)
	g.AddEdge("C", "F", 2)
	g.AddEdge("D", "E", 6)
	g.AddEdge("E", "F", 9)
	g["Z"] = nil
	dist, prev := g.Dijkstra("A")
	names := make([]string, 0)
	for k := range dist {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		if dist[n] == math.MaxInt {
			fmt.Println(n, "unreachable")
			continue
		}
		fmt.Println(n, dist[n], path(prev, n))
	}
	order, err := topo(map[string][]string{
		"app": {"lib", "log"}, "lib": {"core"}, "log": {"core", "fmt"}, "core": nil, "fmt": nil,
	})
	fmt.Println(order, err)
	order, err = topo(map[string][]string{"a": {"b"}, "b": {"c"}, "c": {"a"}})
	fmt.Println(order, err)
}
