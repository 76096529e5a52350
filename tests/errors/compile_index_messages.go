package main

func main() {
	var f float64
	s := []int{1, 2, 3}
	_ = make([]byte, 0.5)
	_ = make([]byte, nil)
	_ = make([]byte, uint64(1<<63))
	_ = s[f]
	_ = s[-1]
	_ = s[1<<70]
	a := [3]int{1, 2, 3, 4}
	b := [3]int{5: 1}
	c := []int{"a": 1}
	_, _, _ = a, b, c
}
