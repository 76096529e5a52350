package main

import "fmt"

func main() {
	s := "hello"
	t := s + ", " + "world"
	fmt.Println(t, len(t), t[0], t[len(t)-1], string(t[1]))
	fmt.Println(t[7:], t[:5], t[3:8], t[:])
	fmt.Println("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "a" == "a")
	fmt.Println("apple" > "Apple", "b" >= "b", "x" != "y")
	u := "héllo, 世界"
	fmt.Println(len(u), u[1], u[2])
	s += "!"
	s += s
	fmt.Println(s)
	raw := `raw\nstring "quoted"`
	fmt.Println(raw, len(raw))
	multi := `line1
line2`
	fmt.Println(multi)
	esc := "tab\there\nnewline \"q\" \\ \x41\u00e9\U0001F600"
	fmt.Println(esc)
	b := []byte(u)
	fmt.Println(len(b), b[:4])
	var empty string
	fmt.Println(empty == "", len(empty))
	var acc string
	for i := 0; i < 5; i++ {
		acc += string(rune('a' + i))
	}
	fmt.Println(acc)
	fmt.Println(string("go"[1]) + string("go"[0]))
	x := "immutable"
	y := x
	x = "changed"
	fmt.Println(y, x)
}
