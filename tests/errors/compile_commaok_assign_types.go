package main

func main() {
	m := map[string]int{}
	var s string
	var ok bool
	s, ok = m["a"]
	var e interface{}
	var f float64
	f, ok = e.(int)
	ch := make(chan int)
	s, ok = <-ch
	var a, b int = 1, "x"
	var c, d = 1, nil
	x, y := 2, nil
	_, _, _, _, _, _, _, _ = s, ok, f, a, b, c, d, x
	_ = y
}
