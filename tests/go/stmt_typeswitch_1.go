package main

import (
	"errors"
	"fmt"
)

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{ name string }

func (Dog) Sound() string  { return "woof" }
func (c *Cat) Sound() string { return c.name + " meows" }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case int8, int16:
		return fmt.Sprintf("small int %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case []int:
		return fmt.Sprint("slice ", len(x))
	case map[string]int:
		return fmt.Sprint("map ", len(x))
	case error:
		return "error: " + x.Error()
	case Animal:
		return "animal says " + x.Sound()
	case func() int:
		return fmt.Sprint("func returning ", x())
	case float64:
		return fmt.Sprintf("float %g", x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{
		nil, 41, int8(3), int16(-2), "hello", true, false,
		[]int{1, 2}, map[string]int{"a": 1}, errors.New("bad"),
		Dog{}, &Cat{"tom"}, Cat{"x"}, func() int { return 7 }, 2.5, uint(3), struct{}{},
	}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var a Animal = Dog{}
	switch a.(type) {
	case *Cat:
		fmt.Println("cat")
	case Dog:
		fmt.Println("dog")
	}
	switch t := interface{}(3.0).(type) {
	case int, float64:
		fmt.Printf("%T %v\n", t, t)
	}
	switch y := vals[1]; z := y.(type) {
	case int:
		fmt.Println("init form", z*2)
	}
}
