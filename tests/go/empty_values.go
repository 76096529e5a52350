package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

type S struct {
	a string
	b []int
}

func main() {
	var nb []byte
	var ns []string
	var ni []int
	e := ""
	fmt.Println(string(nb), []byte(e), []rune(e), string([]rune(nil)))
	fmt.Println(copy(nb, nb), copy(nb, e), append(nb, e...), append(ni, ni...), append(nb, nb...))
	fmt.Println(strings.Repeat(e, 3), strings.Join(ns, e), strings.Join(nil, ","), strings.Split(e, e), strings.Split(e, ","))
	fmt.Println(strings.Fields(e), strings.Replace(e, e, "x", -1), strings.ReplaceAll("ab", e, "-"), strings.ToUpper(e), strings.ToLower(e))
	fmt.Println(strings.Contains(e, e), strings.Index(e, e), strings.LastIndex(e, e), strings.HasPrefix(e, e), strings.HasSuffix(e, e), strings.TrimSpace(e), strings.Trim(e, e), strings.Title(e))
	fmt.Println(strings.EqualFold(e, e), strings.Count(e, e), strings.Count("abc", e), strings.TrimLeft(e, "x"), strings.TrimPrefix(e, e), strings.SplitN(e, e, 2), strings.Map(func(r rune) rune { return r }, e))
	var b strings.Builder
	b.WriteString(e)
	b.Write(nb)
	fmt.Println(b.String(), b.Len())
	fmt.Println(strconv.Quote(e), strconv.Itoa(0), strconv.FormatInt(0, 2))
	_, err := strconv.Atoi(e)
	fmt.Println(err)
	_, err = strconv.ParseFloat(e, 64)
	fmt.Println(err)
	_, err = strconv.Unquote(e)
	fmt.Println(err)
	fmt.Println(fmt.Sprintf("%s|%v|%q|%x|%X|%5s|%-3s|", e, nb, e, e, nb, e, e))
	fmt.Println(fmt.Sprint(), fmt.Sprintln(), fmt.Sprintf(e), errors.New(e))
	sort.Strings(ns)
	sort.Ints(ni)
	sort.Slice(ni, func(i, j int) bool { return false })
	fmt.Println(ns, ni, utf8.RuneCountInString(e), utf8.ValidString(e), utf8.RuneCount(nb))
	m := map[string]int{}
	m[e] = 1
	m[""]++
	fmt.Println(m, m[e], len(m))
	ms := map[string]S{}
	_ = ms
	ma := map[[0]int]int{}
	ma[[0]int{}] = 3
	fmt.Println(ma)
	fmt.Println(e == string(nb), e < "a", e+e == e, len(e+e))
	var x interface{} = e
	var y interface{} = string(nb)
	fmt.Println(x == y)
	s := e[0:0]
	fmt.Println(s, nb[:0], ni[0:0:0])
	os.Stdout.WriteString(e)
	os.Stdout.Write(nb)
	fmt.Fprint(os.Stdout, e)
	print(e)
	println(e)
	r := []rune(nil)
	fmt.Println(string(r), strings.NewReplacer("", "").Replace(e))
}
