package main

func f3() (int, float32, string) { return 1, 2, "" }
func f2() (int, string)          { return 1, "" }

func g() (string, int) {
	return f2()
}

func main() {
	i, f, s := f3()
	f, g, t := f3()
	var a, b int = f2()
	var x string
	var y int
	x, y = f2()
	m := map[string]int{}
	var ok string
	var v int
	v, ok = m["a"]
	var e interface{}
	var n string
	n, ok2 := e.(int)
	for x, y = range []string{} {
	}
	var fl float64
	for fl = range m {
	}
	_, _, _, _, _, _, _, _, _, _, _ = i, f, s, g, t, a, b, x, y, v, ok2
	_ = n
}
