package main

import (
	"errors"
	"fmt"
	"strings"
)

type MyInt int
type Pt struct{ X, Y int }
type Fn func(int) (string, error)
type Iface interface{ M() }
type Alias = Pt

func main() {
	vals := []interface{}{
		true, 1, int8(1), int16(1), int32(1), int64(1), uint(1), uint8(1), uint16(1), uint32(1), uint64(1), uintptr(1),
		1.5, float32(1.5), "s", 'r', byte('b'), MyInt(3), Pt{}, &Pt{}, []Pt{}, [2]Pt{}, map[string]Pt{}, map[Pt][]*Pt{},
		Fn(nil), func() {}, func(a, b int, c ...string) (int, error) { return 0, nil }, errors.New("e"), fmt.Errorf("w %w", errors.New("x")),
		struct{}{}, struct{ A int }{}, []interface{}{}, &[]int{}, new(*int), [0]int{}, [][]string{}, Alias{},
		new(strings.Builder), []error{}, map[string]interface{}{}, (*Iface)(nil), []func(){}, 'a' + 1, 2.0 * 3,
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	var e error
	var i interface{}
	fmt.Printf("%T %T\n", e, i)
	fmt.Printf("%v %T\n", MyInt(5), MyInt(5))
}
