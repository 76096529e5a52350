package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type ValidationError struct {
	Field string
	Value interface{}
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", v.Field, v.Value)
}

type MultiError []error

func (m MultiError) Error() string {
	s := fmt.Sprintf("%d errors:", len(m))
	for _, e := range m {
		s += " [" + e.Error() + "]"
	}
	return s
}

var ErrEmpty = errors.New("empty input")

type User struct {
	Name string
	Age  int
}

func validate(u User) error {
	var errs MultiError
	if u.Name == "" {
		errs = append(errs, ValidationError{"name", u.Name})
	}
	if u.Age < 0 || u.Age > 150 {
		errs = append(errs, ValidationError{"age", u.Age})
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func parseAge(s string) (int, error) {
	if s == "" {
		return 0, ErrEmpty
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parseAge(%q): %w", s, err)
	}
	return n, nil
}

func returnsTypedNil() error {
	var m MultiError
	return m
}

func main() {
	for _, u := range []User{{"ann", 30}, {"", 200}, {"bob", -1}} {
		err := validate(u)
		fmt.Println(u, "->", err)
		var me MultiError
		if errors.As(err, &me) {
			fmt.Println("  count:", len(me))
			var ve ValidationError
			if errors.As(me[0], &ve) {
				fmt.Println("  first field:", ve.Field)
			}
		}
	}
	for _, s := range []string{"42", "", "x"} {
		n, err := parseAge(s)
		var numErr *strconv.NumError
		switch {
		case err == nil:
			fmt.Println("ok", n)
		case errors.Is(err, ErrEmpty):
			fmt.Println("empty:", err)
		case errors.As(err, &numErr):
			fmt.Println("num error:", numErr.Func, numErr.Num, numErr.Err, errors.Is(err, strconv.ErrSyntax))
		}
	}
	err := returnsTypedNil()
	fmt.Println(err == nil, err)
	if err != nil {
		fmt.Fprintln(os.Stdout, "typed nil is not nil")
	}
	e := fmt.Errorf("level2: %w", fmt.Errorf("level1: %w", ValidationError{"x", 1}))
	fmt.Println(e)
	fmt.Println(errors.Unwrap(errors.Unwrap(e)))
}
