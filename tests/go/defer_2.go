package main

import (
	"errors"
	"fmt"
)

type Resource struct {
	name   string
	closed bool
}

var log []string

func Open(name string) (*Resource, error) {
	if name == "" {
		return nil, errors.New("empty name")
	}
	log = append(log, "open "+name)
	return &Resource{name: name}, nil
}

func (r *Resource) Close() error {
	if r.closed {
		return errors.New("already closed: " + r.name)
	}
	r.closed = true
	log = append(log, "close "+r.name)
	return nil
}

func process(names ...string) (err error) {
	for _, n := range names {
		r, err := Open(n)
		if err != nil {
			return fmt.Errorf("process: %w", err)
		}
		defer func() {
			if cerr := r.Close(); cerr != nil && err == nil {
				err = cerr
			}
		}()
	}
	log = append(log, "work")
	return nil
}

func deferPanic() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprintf("recovered %v, result was %q", r, result)
		}
	}()
	result = "partial"
	var arr []int
	_ = arr[3]
	result = "complete"
	return
}

func deferArgs() {
	x := 10
	defer func(v int) { fmt.Println("deferred with arg", v, "and closure", x) }(x)
	x = 20
	p := &x
	defer fmt.Println("pointer deref at defer time:", *p)
	x = 30
}

func deferReturnOrder() (n int) {
	defer func() { n = n * 10 }()
	defer func() { n = n + 1 }()
	n = 1
	return n + 1
}

func deferMethodValue() {
	r := &Resource{name: "mv"}
	defer r.Close()
	defer fmt.Println("closed before?", r.closed)
	r = &Resource{name: "other"}
	_ = r
}

func main() {
	fmt.Println(process("a", "b", "c"), log)
	log = nil
	fmt.Println(process("x", "", "y"), log)
	log = nil
	fmt.Println(deferPanic())
	deferArgs()
	fmt.Println(deferReturnOrder())
	deferMethodValue()
	fmt.Println(log)
}
