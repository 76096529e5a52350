package main

import (
	"fmt"
	"os"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + ": not found" }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as stringer" }

func find(name string) error {
	if name == "x" {
		return nil
	}
	return &NotFound{name}
}

func mayFail(bad bool) error {
	var p *NotFound
	if bad {
		return p
	}
	return nil
}

func main() {
	err := find("y")
	fmt.Println(err)
	fmt.Println(err.Error())
	fmt.Printf("%v|%s|%q\n", err, err, err)
	fmt.Println(find("x"), find("x") == nil)
	var e error = Code(404)
	fmt.Println(e)
	fmt.Printf("%v %d\n", e, e)
	fmt.Println(Both{})
	fmt.Printf("%v %s\n", Both{}, Both{})
	errs := []error{Code(1), &NotFound{"f"}, nil}
	fmt.Println(errs)
	fmt.Println(mayFail(true) == nil, mayFail(false) == nil)
	if nf, ok := err.(*NotFound); ok {
		fmt.Println("name:", nf.Name)
	}
	fmt.Fprintln(os.Stdout, "to stdout", e)
	m := map[string]error{"a": Code(2)}
	fmt.Println(m)
	type wrap struct{ Err error }
	fmt.Printf("%v %+v\n", wrap{Code(3)}, wrap{nil})
}
