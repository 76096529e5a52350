package main

import "fmt"

var calls int

func data() []int {
	calls++
	return []int{1, 2, 3}
}

func main() {
	for i, v := range data() {
		_ = i
		_ = v
	}
	fmt.Println("range expression evaluated", calls, "time(s)")
	arr := [3]string{"a", "b", "c"}
	for i := range &arr {
		arr[i] += "!"
	}
	fmt.Println(arr)
	pa := &arr
	for i, v := range pa {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	sum, ksum := 0, ""
	for k, v := range m {
		sum += v
		_ = k
	}
	for k := range m {
		if k > ksum {
			ksum = k
		}
	}
	fmt.Println(sum, ksum)
	s := []int{10, 20, 30}
	var idx, val int
	for idx, val = range s {
	}
	fmt.Println(idx, val)
	for range s {
		calls++
	}
	fmt.Println(calls)
	str := "añb"
	var last rune
	var lastI int
	for lastI, last = range str {
	}
	fmt.Println(lastI, string(last))
	matrix := [][]int{{1, 2}, {3, 4}, {5, 6}}
	total := 0
	for _, row := range matrix {
		for _, v := range row {
			total += v
		}
	}
	fmt.Println(total)
	grow := []int{1, 2, 3}
	for i, v := range grow {
		if i < 3 {
			grow = append(grow, v*10)
		}
	}
	fmt.Println(grow)
	mut := map[int]bool{1: true}
	for k := range mut {
		delete(mut, k)
	}
	fmt.Println(len(mut))
	var nilMap map[string]int
	for range nilMap {
		fmt.Println("never")
	}
	type P struct{ N int }
	ps := []P{{1}, {2}}
	for _, p := range ps {
		p.N *= 10
	}
	fmt.Println(ps)
	pps := []*P{{1}, {2}}
	for _, p := range pps {
		p.N *= 10
	}
	fmt.Println(*pps[0], *pps[1])
}
