package main

import "fmt"

type Celsius float64
type Kelvin float64

type PointA struct{ X, Y int }
type PointB struct{ X, Y int }

type Names []string
type Lookup map[string]int
type Op func(int) int

func (n Names) First() string { return n[0] }

func main() {
	c := Celsius(25)
	k := Kelvin(c + 273.15)
	fmt.Println(c, k, float64(k)-float64(c))
	a := PointA{1, 2}
	b := PointB(a)
	b.X = 10
	fmt.Println(a, b)
	anon := struct{ X, Y int }{3, 4}
	a = anon
	a = PointA(anon)
	fmt.Println(a)
	ns := Names([]string{"z", "y"})
	fmt.Println(ns.First(), len(ns))
	plain := []string(ns)
	plain[0] = "changed"
	fmt.Println(ns)
	lk := Lookup(map[string]int{"a": 1})
	m := map[string]int(lk)
	m["b"] = 2
	fmt.Println(lk)
	double := Op(func(x int) int { return x * 2 })
	fmt.Println(double(21))
	var f func(int) int = double
	fmt.Println(f(4))
	type ID int
	ids := []ID{1, 2, 3}
	total := 0
	for _, id := range ids {
		total += int(id)
	}
	fmt.Println(total)
	ptrA := &a
	ptrB := (*PointB)(ptrA)
	ptrB.Y = 99
	fmt.Println(a)
	arr := [3]int{1, 2, 3}
	sl := arr[:]
	arr2 := *(*[3]int)(sl)
	sl[0] = 100
	fmt.Println(arr, arr2)
}
