package main

import "fmt"

type S struct{ A int }

func main() {
	fmt.Printf("%d\n", "x")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "a", 2.5)
	fmt.Printf("no verbs\n", 3)
	fmt.Printf("%z\n", 1)
	fmt.Printf("%!\n")
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%x\n", true)
	fmt.Printf("%s %d\n", S{1}, S{2})
	fmt.Printf("%s\n", []int{1, 2})
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%.2f\n", 3)
	fmt.Printf("%c\n", "c")
	fmt.Printf("%*d\n", "w", 5)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%[1]d %[1]v %[1]T\n", 7)
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%-")
	fmt.Println()
	fmt.Printf("100%\n")
	fmt.Printf("%v %v\n", map[string]int{}, struct{}{})
	s := fmt.Sprintf("%d-%s", 5)
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("%d", 1, 2))
	fmt.Printf("%t %t\n", 1, "true")
	fmt.Printf("%q\n", 3.5)
	fmt.Printf("%e\n", 5)
}
