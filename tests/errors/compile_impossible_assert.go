package main

import "fmt"

type Stringer interface{ String() string }
type T struct{}

func (t *T) String() string { return "" }

func main() {
	var s Stringer = &T{}
	v := s.(T)
	fmt.Println(v)
}
