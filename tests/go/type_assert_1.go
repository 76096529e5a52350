package main

import (
	"fmt"
	"strings"
)

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Named interface{ Name() string }
type NamedSq struct{ Sq }

func (NamedSq) Name() string { return "namedsq" }

func main() {
	var i interface{} = "hello"
	s := i.(string)
	fmt.Println(s, len(s))
	n, ok := i.(int)
	fmt.Println(n, ok)
	s2, ok := i.(string)
	fmt.Println(s2, ok)
	var sh Shape = Sq{3}
	sq, ok := sh.(Sq)
	fmt.Println(sq, ok, sq.S)
	_, ok = sh.(*Sq)
	fmt.Println(ok)
	nm, ok := sh.(Named)
	fmt.Println(nm, ok)
	sh = NamedSq{Sq{2}}
	nm, ok = sh.(Named)
	fmt.Println(nm.Name(), ok)
	var empty interface{}
	_, ok = empty.(int)
	fmt.Println(ok)
	_, ok = empty.(interface{})
	fmt.Println(ok)
	vals := []interface{}{1, "two", 3.0, []string{"four"}, Sq{5}, nil}
	for _, v := range vals {
		if str, ok := v.(string); ok {
			fmt.Println("string", strings.ToUpper(str))
		} else if f, ok := v.(float64); ok {
			fmt.Println("float", f*2)
		} else if sl, ok := v.([]string); ok {
			fmt.Println("slice", sl[0])
		} else if a, ok := v.(Shape); ok {
			fmt.Println("shape", a.Area())
		} else {
			fmt.Printf("other %T\n", v)
		}
	}
	var st fmt.Stringer
	_, ok = interface{}(st).(fmt.Stringer)
	fmt.Println(ok)
	m := map[string]interface{}{"n": 42, "s": "x"}
	if v, ok := m["n"].(int); ok {
		fmt.Println(v + 1)
	}
	if _, ok := m["missing"].(int); !ok {
		fmt.Println("missing not int")
	}
	var e error = fmt.Errorf("x")
	_, isStringer := e.(fmt.Stringer)
	fmt.Println(isStringer)
}
