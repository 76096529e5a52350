package main

import (
	"fmt"
	"strings"
)

type Query struct {
	table  string
	fields []string
	where  []string
	order  string
	limit  int
}

func From(t string) *Query { return &Query{table: t, limit: -1} }

func (q *Query) Select(f ...string) *Query { q.fields = append(q.fields, f...); return q }
func (q *Query) Where(c string) *Query     { q.where = append(q.where, c); return q }
func (q *Query) OrderBy(o string) *Query   { q.order = o; return q }
func (q *Query) Limit(n int) *Query        { q.limit = n; return q }

func (q Query) String() string {
	var sb strings.Builder
	sb.WriteString("SELECT ")
	if len(q.fields) == 0 {
		sb.WriteString("*")
	} else {
		sb.WriteString(strings.Join(q.fields, ", "))
	}
	sb.WriteString(" FROM " + q.table)
	if len(q.where) > 0 {
		sb.WriteString(" WHERE " + strings.Join(q.where, " AND "))
	}
	if q.order != "" {
		sb.WriteString(" ORDER BY " + q.order)
	}
	if q.limit >= 0 {
		fmt.Fprintf(&sb, " LIMIT %d", q.limit)
	}
	return sb.String()
}

type Options struct {
	Verbose bool
	Retries int
	Name    string
}

type Option func(*Options)

func WithVerbose() Option        { return func(o *Options) { o.Verbose = true } }
func WithRetries(n int) Option   { return func(o *Options) { o.Retries = n } }
func WithName(n string) Option   { return func(o *Options) { o.Name = n } }

func NewOptions(opts ...Option) Options {
	o := Options{Retries: 3, Name: "default"}
	for _, f := range opts {
		f(&o)
	}
	return o
}

func main() {
	fmt.Println(From("users"))
	q := From("orders").Select("id", "total").Where("total > 100").Where("status = 'paid'").OrderBy("total DESC").Limit(10)
	fmt.Println(q)
	fmt.Println(*q)
	q2 := *q
	q2.Limit(5)
	fmt.Println(q.limit, q2.limit)
	fmt.Printf("%+v\n", NewOptions())
	fmt.Printf("%+v\n", NewOptions(WithVerbose(), WithName("x"), WithRetries(0)))
	opts := []Option{WithRetries(7)}
	fmt.Printf("%+v\n", NewOptions(opts...))
}
