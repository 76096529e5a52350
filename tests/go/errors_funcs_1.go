package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TempErr struct{ N int }

func (t TempErr) Error() string { return fmt.Sprintf("temporary #%d", t.N) }

func lookup(k string) error {
	switch k {
	case "missing":
		return fmt.Errorf("lookup %q: %w", k, ErrNotFound)
	case "denied":
		return &QueryError{k, ErrPermission}
	case "temp":
		return fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", TempErr{3}))
	}
	return nil
}

func main() {
	for _, k := range []string{"missing", "denied", "temp", "ok"} {
		err := lookup(k)
		fmt.Println(k, "->", err)
		fmt.Println("  is notfound:", errors.Is(err, ErrNotFound), "is perm:", errors.Is(err, ErrPermission))
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Println("  as QueryError:", qe.Query)
		}
		var te TempErr
		if errors.As(err, &te) {
			fmt.Println("  as TempErr:", te.N)
		}
		fmt.Println("  unwrap:", errors.Unwrap(err))
	}
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, errors.Is(e1, e2), errors.Is(e1, e1))
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(nil, nil), errors.Unwrap(ErrNotFound))
	wrapped := fmt.Errorf("a: %w", fmt.Errorf("b: %w", fmt.Errorf("c: %w", ErrNotFound)))
	fmt.Println(wrapped)
	for e := error(wrapped); e != nil; e = errors.Unwrap(e) {
		fmt.Println(" chain:", e)
	}
	nowrap := fmt.Errorf("plain %v", ErrNotFound)
	fmt.Println(nowrap, errors.Is(nowrap, ErrNotFound), errors.Unwrap(nowrap) == nil)
	fmt.Printf("%T %T %T\n", ErrNotFound, wrapped, nowrap)
}
