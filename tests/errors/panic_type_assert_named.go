package main

import "fmt"

type Celsius float64
type Point struct{ X, Y int }

func main() {
	var i interface{} = Celsius(3)
	fmt.Println(i.(Celsius))
	var j interface{} = Point{1, 2}
	fmt.Println(j.(*Point))
}
