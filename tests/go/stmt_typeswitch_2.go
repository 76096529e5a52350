package main

import (
	"fmt"
	"strconv"
)

type Celsius float64
type Meters int
type Pair struct{ A, B interface{} }

func toString(v interface{}) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case string:
		return strconv.Quote(v)
	case int, int64, int32:
		return fmt.Sprintf("%d", v)
	case Meters:
		return strconv.Itoa(int(v)) + "m"
	case Celsius:
		return strconv.FormatFloat(float64(v), 'f', 1, 64) + "C"
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	case []interface{}:
		s := "["
		for i, e := range v {
			if i > 0 {
				s += ","
			}
			s += toString(e)
		}
		return s + "]"
	case Pair:
		return "(" + toString(v.A) + " . " + toString(v.B) + ")"
	case *Pair:
		if v == nil {
			return "nil-pair"
		}
		return "&" + toString(*v)
	case error:
		return "error(" + v.Error() + ")"
	case fmt.Stringer:
		return "stringer(" + v.String() + ")"
	}
	return fmt.Sprintf("?%T", v)
}

type name string

func (n name) String() string { return string(n) }

func main() {
	var nilPair *Pair
	inputs := []interface{}{
		nil, "q\"s", 3, int64(-4), int32(5), int8(6), Meters(10), Celsius(21.55), 2.5, true,
		[]interface{}{1, "two", []interface{}{false, nil}},
		Pair{1, Pair{"x", nil}}, &Pair{Meters(1), Celsius(2)}, nilPair,
		fmt.Errorf("boom"), name("bob"), struct{}{}, []int{1},
	}
	for _, in := range inputs {
		fmt.Println(toString(in))
	}
	var x interface{} = 5
	switch x.(type) {
	case int:
		switch y := x.(type) {
		case int:
			fmt.Println("nested", y+1)
		}
	}
	switch t := x.(type) {
	default:
		fmt.Printf("default %T %v\n", t, t)
	case string:
		fmt.Println("string")
	}
}
