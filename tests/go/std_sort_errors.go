package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "myerr " + strconv.Itoa(e.Code) }

type ValErr struct{ s string }

func (e ValErr) Error() string { return e.s }

type IsErr struct{}

func (IsErr) Error() string          { return "iserr" }
func (IsErr) Is(target error) bool { return target == io.EOF }

func main() {
	ps := []Person{{"a", 30}, {"b", 20}, {"c", 30}, {"d", 10}, {"e", 20}, {"f", 30}, {"g", 20}}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Age < ps[j].Age })
	fmt.Println(ps)
	ps2 := append([]Person(nil), ps...)
	sort.Stable(sort.Reverse(ByAge(ps2)))
	fmt.Println(ps2)
	big := make([]int, 100)
	for i := range big {
		big[i] = (i * 7919) % 101
	}
	sort.Ints(big)
	fmt.Println(big[:10], sort.IntsAreSorted(big), sort.SearchInts(big, 50), sort.SearchInts(big, 1000))
	people := make([]Person, 50)
	for i := range people {
		people[i] = Person{strconv.Itoa(i), (i * 13) % 7}
	}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	people2 := make([]Person, 50)
	for i := range people2 {
		people2[i] = Person{strconv.Itoa(i), (i * 13) % 7}
	}
	sort.Slice(people2, func(i, j int) bool { return people2[i].Age < people2[j].Age })
	fmt.Println(people2)
	ss := []string{"banana", "apple", "Cherry", "apple2"}
	sort.Strings(ss)
	fmt.Println(ss, sort.SearchStrings(ss, "b"), sort.StringsAreSorted(ss))
	fl := []float64{3, 1, 2, 0.5, -1}
	sort.Float64s(fl)
	fmt.Println(fl, sort.SearchFloat64s(fl, 2))
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }))
	i, found := sort.Find(len(ss), func(i int) int {
		if "apple2" < ss[i] {
			return -1
		} else if "apple2" == ss[i] {
			return 0
		}
		return 1
	})
	fmt.Println(i, found)
	sort.Sort(sort.Reverse(sort.IntSlice(big)))
	fmt.Println(big[:5])
	sort.Sort(sort.StringSlice(ss))
	fmt.Println(ss, sort.IsSorted(sort.StringSlice(ss)))

	e1 := &MyErr{1}
	w1 := fmt.Errorf("layer1: %w", e1)
	w2 := fmt.Errorf("layer2: %w", w1)
	fmt.Println(w2, errors.Unwrap(w2) == w1, errors.Unwrap(e1))
	var me *MyErr
	fmt.Println(errors.As(w2, &me), me.Code, errors.Is(w2, e1), errors.Is(w2, &MyErr{1}))
	var ve ValErr
	fmt.Println(errors.As(fmt.Errorf("x: %w", ValErr{"v"}), &ve), ve.s)
	fmt.Println(errors.Is(IsErr{}, io.EOF), errors.Is(fmt.Errorf("w %w", IsErr{}), io.EOF))
	fmt.Println(errors.Is(nil, nil), errors.Is(e1, nil), errors.Unwrap(nil))
	fmt.Println(fmt.Errorf("no wrap %v", e1), errors.Unwrap(fmt.Errorf("no wrap %v", e1)))
	fmt.Println(fmt.Errorf("two %w %w", e1, e1))
	fmt.Println(fmt.Errorf("bad %w", "str"))
	fmt.Println(fmt.Errorf("nil %w", nil))
	var pe *os.PathError
	_ = pe
	fmt.Printf("%T %T\n", w2, errors.New("x"))
	var target interface{ Error() string }
	fmt.Println(errors.As(w2, &target), target)
	defer func() { fmt.Println("recovered:", recover()) }()
	errors.As(w2, nil)
}
