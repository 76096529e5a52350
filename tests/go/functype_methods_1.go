package main

import (
	"fmt"
	"strings"
)

type Handler interface {
	Serve(req string) string
}

type HandlerFunc func(string) string

func (f HandlerFunc) Serve(req string) string { return f(req) }

type Middleware func(Handler) Handler

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logging(tag string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(req string) string {
			return tag + "(" + next.Serve(req) + ")"
		})
	}
}

type Router map[string]Handler

func (r Router) Serve(req string) string {
	path := strings.SplitN(req, "?", 2)[0]
	if h, ok := r[path]; ok {
		return h.Serve(req)
	}
	return "404 " + path
}

type IntOp func(int) int

func (f IntOp) Twice() IntOp { return func(x int) int { return f(f(x)) } }
func (f IntOp) Then(g IntOp) IntOp { return func(x int) int { return g(f(x)) } }

func main() {
	hello := HandlerFunc(func(req string) string { return "hello " + req })
	fmt.Println(hello.Serve("bob"))
	h := Chain(hello, Logging("A"), Logging("B"))
	fmt.Println(h.Serve("x"))
	r := Router{
		"/hi":   hello,
		"/echo": HandlerFunc(strings.ToUpper),
	}
	for _, req := range []string{"/hi?name=x", "/echo?q=1", "/missing"} {
		fmt.Println(Chain(r, Logging("log")).Serve(req))
	}
	inc := IntOp(func(x int) int { return x + 1 })
	dbl := IntOp(func(x int) int { return x * 2 })
	fmt.Println(inc.Twice()(5), inc.Then(dbl)(5), dbl.Then(inc).Twice()(1))
	fmt.Printf("%T %T\n", hello, inc)
	var hf Handler = HandlerFunc(nil)
	fmt.Println(hf != nil)
}
