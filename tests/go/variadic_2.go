package main

import (
	"fmt"
	"os"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Printf(format string, args ...interface{}) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

func (l *Logger) Println(args ...interface{}) {
	l.lines = append(l.lines, l.prefix+strings.TrimSuffix(fmt.Sprintln(args...), "\n"))
}

func max(first int, rest ...int) int {
	m := first
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

func forward(args ...interface{}) string { return fmt.Sprint(args...) }

func appendAll(dst []string, srcs ...[]string) []string {
	for _, s := range srcs {
		dst = append(dst, s...)
	}
	return dst
}

func printfTo(format string, a ...interface{}) {
	fmt.Fprintf(os.Stdout, "[out] "+format+"\n", a...)
}

func main() {
	l := &Logger{prefix: "> "}
	l.Printf("%d items at %.2f", 3, 1.5)
	l.Printf("no args")
	l.Println("a", 1, true)
	l.Println()
	args := []interface{}{"x", 2}
	l.Printf("%s=%d", args...)
	l.Printf("%v", args)
	fmt.Println(strings.Join(l.lines, "\n"))
	fmt.Println(max(3), max(1, 9, 4), max(-5, -2, -9))
	xs := []int{4, 8, 1}
	fmt.Println(max(xs[0], xs[1:]...))
	fmt.Println(forward(1, 2), forward("a", "b"), forward())
	fmt.Println(appendAll(nil, []string{"a"}, nil, []string{"b", "c"}))
	printfTo("%s and %s", "this", "that")
	printfTo("plain")
	var empty []interface{}
	fmt.Println(empty...)
	fmt.Println(append([]interface{}{"head"}, args...)...)
}
