package main

import (
	"errors"
	"fmt"
	"strings"
)

type IntStack struct{ data []int }

func (s *IntStack) Push(v int) { s.data = append(s.data, v) }
func (s *IntStack) Pop() (int, error) {
	if len(s.data) == 0 {
		return 0, errors.New("pop from empty stack")
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v, nil
}
func (s *IntStack) Len() int { return len(s.data) }

type Queue struct {
	items []string
}

func (q *Queue) Enqueue(s ...string) { q.items = append(q.items, s...) }
func (q *Queue) Dequeue() (string, bool) {
	if len(q.items) == 0 {
		return "", false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st []rune
	for _, c := range s {
		switch c {
		case '(', '[', '{':
			st = append(st, c)
		case ')', ']', '}':
			if len(st) == 0 || st[len(st)-1] != pairs[c] {
				return false
			}
			st = st[:len(st)-1]
		}
	}
	return len(st) == 0
}

func rpn(expr string) (int, error) {
	var s IntStack
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, err1 := s.Pop()
			a, err2 := s.Pop()
			if err1 != nil || err2 != nil {
				return 0, fmt.Errorf("stack underflow at %q", tok)
			}
			switch tok {
			case "+":
				s.Push(a + b)
			case "-":
				s.Push(a - b)
			case "*":
				s.Push(a * b)
			case "/":
				s.Push(a / b)
			}
		default:
			n := 0
			for _, c := range tok {
				n = n*10 + int(c-'0')
			}
			s.Push(n)
		}
	}
	if s.Len() != 1 {
		return 0, fmt.Errorf("bad expression, stack has %d items", s.Len())
	}
	return s.Pop()
}

func bfs(adj map[string][]string, start string) []string {
	seen := map[string]bool{start: true}
	q := &Queue{}
	q.Enqueue(start)
	var order []string
	for {
		cur, ok := q.Dequeue()
		if !ok {
			break
		}
		order = append(order, cur)
		for _, n := range adj[cur] {
			if !seen[n] {
				seen[n] = true
				q.Enqueue(n)
			}
		}
	}
	return order
}

func main() {
	var s IntStack
	for i := 1; i <= 3; i++ {
		s.Push(i * i)
	}
	for i := 0; i < 4; i++ {
		v, err := s.Pop()
		fmt.Println(v, err)
	}
	for _, in := range []string{"([]{})", "([)]", "((", "", "}"} {
		fmt.Printf("%q %v\n", in, balanced(in))
	}
	for _, e := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "1 2", "20 3 /"} {
		v, err := rpn(e)
		fmt.Println(e, "=>", v, err)
	}
	adj := map[string][]string{
		"a": {"b", "c"}, "b": {"d"}, "c": {"d", "e"}, "d": {"f"}, "e": {"f"}, "f": {},
	}
	fmt.Println(bfs(adj, "a"))
	fmt.Println(bfs(adj, "c"))
}
