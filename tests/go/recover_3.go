package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Msg }

func parseLine(n int, s string) int {
	v, err := strconv.Atoi(s)
	if err != nil {
		panic(&ParseError{n, err.Error()})
	}
	if v < 0 {
		panic(fmt.Sprintf("negative %d", v))
	}
	return v
}

func parseAll(lines []string) (sum int, err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case *ParseError:
			err = r
		case error:
			err = fmt.Errorf("runtime: %w", r)
		default:
			panic(r)
		}
	}()
	for i, l := range lines {
		sum += parseLine(i+1, l)
	}
	if len(lines) > 3 {
		var m map[string]int
		m[lines[0]] = sum
	}
	return sum, nil
}

func outer() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer recovered: ", recover())
	}()
	parseAll([]string{"1", "-5"})
	return "unreachable"
}

func main() {
	fmt.Println(parseAll([]string{"1", "2", "3"}))
	fmt.Println(parseAll([]string{"1", "x", "3"}))
	s, err := parseAll([]string{"1", "2", "3", "4"})
	fmt.Println(s, err)
	var re interface{ RuntimeError() }
	fmt.Println(errors.As(err, &re))
	fmt.Println(outer())
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("is error:", ok, err)
		}()
		var arr [5]int
		i := 7
		arr[i%8] = 1
	}()
	func() {
		defer func() {
			fmt.Println(recover())
		}()
		a, b := 10, 0
		fmt.Println(a % b)
	}()
	func() {
		defer func() {
			fmt.Println(recover())
		}()
		s := []int{1, 2, 3}
		lo, hi := 2, 1
		fmt.Println(s[lo:hi])
	}()
	func() {
		defer func() {
			fmt.Println(recover())
		}()
		var i interface{} = 5
		fmt.Println(i.(fmt.Stringer))
	}()
	func() {
		defer func() {
			fmt.Println(recover())
		}()
		panic(errors.New("custom error value"))
	}()
}
