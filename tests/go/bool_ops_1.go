package main

import "fmt"

type Flag bool

func xor(a, b bool) bool { return a != b }

func check(name string, v bool) bool {
	fmt.Println("check", name)
	return v
}

func main() {
	t, f := true, false
	fmt.Println(t && f, t || f, !t, !f, t == f, t != f)
	fmt.Println(xor(t, f), xor(t, t), xor(f, f))
	for _, a := range []bool{false, true} {
		for _, b := range []bool{false, true} {
			fmt.Printf("%-5v %-5v | %-5v %-5v %-5v\n", a, b, a && b, a || b, xor(a, b))
		}
	}
	if check("a", false) && check("b", true) {
		fmt.Println("no")
	}
	if check("c", true) || check("d", true) {
		fmt.Println("yes")
	}
	r := check("e", true) && (check("f", false) || check("g", true))
	fmt.Println(r)
	var fl Flag = true
	fmt.Println(fl, !fl, fl == true)
	fmt.Printf("%T %v %t\n", fl, fl, fl)
	var zero bool
	fmt.Println(zero)
	m := map[string]bool{}
	fmt.Println(m["missing"] || len(m) == 0)
	cnt := 0
	for _, v := range []bool{true, false, true, true} {
		if v {
			cnt++
		}
	}
	fmt.Println(cnt)
	x := 5
	inRange := x > 0 && x < 10
	fmt.Println(inRange, !(x > 0) || x >= 10)
	bs := []bool{1 < 2, "a" > "b", 2.5 == 2.5}
	fmt.Println(bs)
}
