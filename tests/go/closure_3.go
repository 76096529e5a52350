package main

import (
	"fmt"
	"sort"
	"strings"
)

type Validator struct {
	rules []func(string) error
}

func (v *Validator) Rule(f func(string) error) *Validator {
	v.rules = append(v.rules, f)
	return v
}

func (v *Validator) Check(s string) []string {
	var errs []string
	for _, r := range v.rules {
		if err := r(s); err != nil {
			errs = append(errs, err.Error())
		}
	}
	return errs
}

func minLen(n int) func(string) error {
	return func(s string) error {
		if len(s) < n {
			return fmt.Errorf("shorter than %d", n)
		}
		return nil
	}
}

func mustContain(chars string, what string) func(string) error {
	return func(s string) error {
		if !strings.ContainsAny(s, chars) {
			return fmt.Errorf("needs a %s", what)
		}
		return nil
	}
}

func once(f func() int) func() int {
	done := false
	var v int
	return func() int {
		if !done {
			v = f()
			done = true
		}
		return v
	}
}

func main() {
	v := (&Validator{}).Rule(minLen(8)).Rule(mustContain("0123456789", "digit")).Rule(mustContain("!@#$", "symbol"))
	for _, pw := range []string{"abc", "password1", "p@ssw0rd!", "12345678"} {
		fmt.Printf("%-10s %q\n", pw, v.Check(pw))
	}
	calls := 0
	get := once(func() int { calls++; return 42 })
	fmt.Println(get(), get(), get(), calls)
	byLen := func(words []string) func(i, j int) bool {
		return func(i, j int) bool { return len(words[i]) < len(words[j]) }
	}
	ws := []string{"ccc", "a", "bb", "dddd"}
	sort.Slice(ws, byLen(ws))
	fmt.Println(ws)
	handlers := map[string]func(...int) int{
		"sum": func(xs ...int) int {
			t := 0
			for _, x := range xs {
				t += x
			}
			return t
		},
		"count": func(xs ...int) int { return len(xs) },
	}
	fmt.Println(handlers["sum"](1, 2, 3), handlers["count"](1, 2, 3))
	counter := func() func() int {
		c := 0
		return func() int { c += 2; return c }
	}()
	counter()
	fmt.Println(counter(), counter())
	var steps []string
	record := func(s string) func() {
		steps = append(steps, "start "+s)
		return func() { steps = append(steps, "end "+s) }
	}
	func() {
		defer record("outer")()
		func() {
			defer record("inner")()
		}()
	}()
	fmt.Println(strings.Join(steps, ", "))
}
