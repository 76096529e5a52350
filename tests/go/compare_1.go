package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

type Nested struct {
	P   P
	Arr [2]string
	F   float64
}

func main() {
	a := P{1, 2, "a"}
	b := P{1, 2, "a"}
	c := P{1, 2, "b"}
	fmt.Println(a == b, a == c, a != c)
	n1 := Nested{a, [2]string{"x", "y"}, 1.5}
	n2 := Nested{b, [2]string{"x", "y"}, 1.5}
	fmt.Println(n1 == n2)
	n2.Arr[1] = "z"
	fmt.Println(n1 == n2)
	arr1 := [3]int{1, 2, 3}
	arr2 := [3]int{1, 2, 3}
	fmt.Println(arr1 == arr2, arr1 != [3]int{})
	pa, pb := &a, &b
	fmt.Println(pa == pb, *pa == *pb, pa == &a)
	nan := 0.0
	nan = nan / nan
	fa := [1]float64{nan}
	fmt.Println(fa == fa, nan == nan)
	type S struct{ F float64 }
	fmt.Println(S{nan} == S{nan}, S{0} == S{-0.0})
	var e1, e2 interface{} = a, b
	fmt.Println(e1 == e2)
	fmt.Println("abc" == "ab"+"c", "a" < "b", "ab" < "abc", "abc" < "abd", "B" < "a")
	strs := []string{"apple", "Apple", "apples", "app", ""}
	for i := 0; i < len(strs)-1; i++ {
		fmt.Print(strs[i] < strs[i+1], " ", strs[i] >= strs[i+1], " | ")
	}
	fmt.Println()
	fmt.Println(1 < 2, 2.5 >= 2.5, -1 < 0, uint(0) < 1)
	var i8 int8 = -1
	var u8 uint8 = 255
	fmt.Println(int(i8) < int(u8), uint8(i8) == u8)
	type Empty struct{}
	fmt.Println(Empty{} == Empty{})
	var p1, p2 *int
	fmt.Println(p1 == p2, p1 == nil)
	var f func()
	fmt.Println(f == nil)
	var s []int
	var m map[int]int
	fmt.Println(s == nil, m == nil)
	fmt.Println(true == !false, true != false)
}
