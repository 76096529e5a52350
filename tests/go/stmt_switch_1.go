package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	}
	return "other"
}

func fall(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one")
		fallthrough
	case 2:
		out = append(out, "two")
	case 3:
		out = append(out, "three")
		fallthrough
	default:
		out = append(out, "default")
	}
	return out
}

func main() {
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, c := range []byte("hi u") {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	for i := 0; i < 5; i++ {
		fmt.Println(i, fall(i))
	}
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten")
	case 20:
		fmt.Println("twenty")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("match", s)
	default:
		fmt.Println("no")
	}
	calls := 0
	next := func(v int) int { calls++; return v }
	switch 3 {
	case next(1), next(2):
		fmt.Println("early")
	case next(3), next(4):
		fmt.Println("matched at call", calls)
	}
	for i := 0; i < 6; i++ {
		switch {
		case i == 1:
			continue
		case i == 4:
			break
		default:
			fmt.Print(i)
		}
		fmt.Print(".")
	}
	fmt.Println()
	switch {
	default:
		fmt.Println("default first")
	case false:
		fmt.Println("never")
	}
	var v interface{} = 3
	switch v {
	case "3":
		fmt.Println("string")
	case 3:
		fmt.Println("int 3")
	}
	type P struct{ X int }
	switch (P{2}) {
	case P{1}:
		fmt.Println("p1")
	case P{2}:
		fmt.Println("p2")
	}
}
