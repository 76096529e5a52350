package main

func f() (int, string, int) { return 1, "a", 2 }
func g() (int, string)      { return 1, "a" }
func h() ([]int, string)    { return nil, "a" }

func main() {
	_ = copy(f())
	_ = append(g())
	_ = append(h())
}
