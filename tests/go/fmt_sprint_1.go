package main

import (
	"errors"
	"fmt"
	"os"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func main() {
	s := fmt.Sprint("a", 1, 2, "b")
	fmt.Println(s)
	s = fmt.Sprintln("a", 1, 2, "b")
	fmt.Printf("%q\n", s)
	s = fmt.Sprintf("%03d-%s-%.2f", 7, "x", 1.005)
	fmt.Println(s)
	fmt.Fprint(os.Stdout, "fprint", 1, 2, "\n")
	fmt.Fprintln(os.Stdout, "fprintln", 1, 2)
	n, err := fmt.Fprintf(os.Stdout, "fprintf %d %s\n", 42, "ok")
	fmt.Println(n, err)
	n, err = fmt.Println("count me")
	fmt.Println(n, err)
	n, _ = fmt.Print("xyz\n")
	fmt.Println(n)
	e := fmt.Errorf("wrapped: %d items failed", 3)
	fmt.Println(e, e.Error())
	base := errors.New("base")
	w := fmt.Errorf("ctx: %w", base)
	fmt.Println(w, errors.Unwrap(w) == base)
	fmt.Println(Temp(21.55), []Temp{1, 2})
	fmt.Println(fmt.Sprintf("%v|%s|%d", Temp(3), Temp(4), 5))
	fmt.Println(fmt.Sprint(Temp(1), Temp(2)))
	fmt.Println(fmt.Sprint(nil, nil), fmt.Sprint(1, nil, 2))
	fmt.Println(len(fmt.Sprintf("%10s", "")), len(fmt.Sprint()))
	table := [][]interface{}{{"apple", 3, 1.5}, {"banana", 12, 0.25}, {"kiwi", 100, 10.0}}
	for _, row := range table {
		fmt.Printf("%-8s|%4d|%6.2f|\n", row...)
	}
	fmt.Fprintf(os.Stdout, "%s has %d chars\n", "hello", len("hello"))
	fmt.Fprint(os.Stderr, "this goes to stderr\n")
	fmt.Fprintln(os.Stdout, fmt.Sprint(3, 4), fmt.Sprint("3", "4"))
}
