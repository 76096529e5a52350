package main

import (
	"fmt"
	"strings"
)

type Event struct {
	Name     string
	handlers []func(string) string
}

func (e *Event) On(h func(string) string) { e.handlers = append(e.handlers, h) }

func (e *Event) Fire(arg string) []string {
	var out []string
	for _, h := range e.handlers {
		out = append(out, h(arg))
	}
	return out
}

func makeAccumulators() (func(int), func(int), func() int) {
	total := 0
	return func(n int) { total += n }, func(n int) { total -= n }, func() int { return total }
}

func generator(words []string) func() (string, bool) {
	i := 0
	return func() (string, bool) {
		if i >= len(words) {
			return "", false
		}
		w := words[i]
		i++
		return w, true
	}
}

func main() {
	ev := &Event{Name: "click"}
	count := 0
	ev.On(func(s string) string { count++; return "first:" + s })
	ev.On(strings.ToUpper)
	prefix := ">>"
	ev.On(func(s string) string { return prefix + s })
	prefix = "##"
	fmt.Println(ev.Fire("x"), count)
	fmt.Println(ev.Fire("y"), count)
	inc, dec, get := makeAccumulators()
	inc(10)
	dec(3)
	inc(1)
	fmt.Println(get())
	next := generator([]string{"a", "b", "c"})
	for w, ok := next(); ok; w, ok = next() {
		fmt.Print(w, " ")
	}
	fmt.Println()
	x := 0
	incX := func() int { x++; return x }
	fmt.Println(incX()+incX()*10, x)
	type state struct{ n int }
	st := state{}
	bump := func() { st.n++ }
	bump()
	bump()
	fmt.Println(st.n)
	arr := [3]int{1, 2, 3}
	modArr := func() { arr[0] = 100 }
	modArr()
	fmt.Println(arr)
	funcs := map[string]func() int{}
	for _, name := range []string{"one", "two", "three"} {
		n := name
		funcs[n] = func() int { return len(n) }
	}
	fmt.Println(funcs["one"](), funcs["three"]())
	var chain func(int) []int
	chain = func(n int) []int {
		if n == 0 {
			return nil
		}
		return append(chain(n-1), n)
	}
	fmt.Println(chain(5))
}
