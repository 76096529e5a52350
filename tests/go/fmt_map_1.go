package main

import "fmt"

type K struct {
	A int
	B string
}

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

func main() {
	fmt.Println(map[int]string{10: "ten", -1: "neg", 3: "three", 0: "zero"})
	fmt.Println(map[string]bool{"zeta": true, "alpha": false, "Mid": true, "": false})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, 0.1: 3})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "z"}: 2, {1, "b"}: 3})
	fmt.Println(map[[2]int]string{{2, 1}: "b", {1, 2}: "a"})
	fmt.Println(map[bool]string{true: "t", false: "f"})
	fmt.Println(map[Level]int{2: 1, 0: 5, 1: 3})
	fmt.Println(map[rune]int{'b': 1, 'a': 2})
	fmt.Println(map[interface{}]int{"b": 1, 2: 2, "a": 3, 1: 4, 1.5: 5, false: 6})
	fmt.Printf("%v\n%+v\n%#v\n", map[string]int{"b": 2, "a": 1}, map[string]K{"k": {1, "x"}}, map[string]int{"b": 2, "a": 1})
	fmt.Printf("%d %x %q\n", map[string]int{"a": 10, "b": 11}, map[int]int{255: 16}, map[string]string{"k": "v"})
	fmt.Println(map[string][]int{"x": {1, 2}, "e": nil}, map[string]map[string]int{"o": {"i": 1}})
	fmt.Println(map[int8]uint{-5: 1, 5: 2}, map[uint64]int{1 << 63: 1, 1: 2})
	fmt.Println(map[string]*int{"nil": nil})
	m := map[string]int{}
	for i := 0; i < 20; i++ {
		m[fmt.Sprintf("k%02d", 19-i)] = i
	}
	fmt.Println(m)
	fmt.Println(len(fmt.Sprint(m)))
}
