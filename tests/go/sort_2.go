package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

type byKey struct {
	es   []Employee
	less func(a, b *Employee) bool
}

func (b byKey) Len() int           { return len(b.es) }
func (b byKey) Swap(i, j int)      { b.es[i], b.es[j] = b.es[j], b.es[i] }
func (b byKey) Less(i, j int) bool { return b.less(&b.es[i], &b.es[j]) }

func main() {
	es := []Employee{
		{"Zed", "eng", 120}, {"Amy", "ops", 90}, {"Bob", "eng", 100},
		{"Cat", "ops", 90}, {"Dan", "eng", 120}, {"Eve", "hr", 70},
	}
	sort.Sort(byKey{es, func(a, b *Employee) bool { return a.Name < b.Name }})
	for _, e := range es {
		fmt.Print(e.Name, " ")
	}
	fmt.Println()
	sort.SliceStable(es, func(i, j int) bool { return es[i].Salary > es[j].Salary })
	fmt.Println(es)
	sort.SliceStable(es, func(i, j int) bool { return es[i].Dept < es[j].Dept })
	fmt.Println(es)
	byDept := map[string][]string{}
	for _, e := range es {
		byDept[e.Dept] = append(byDept[e.Dept], e.Name)
	}
	depts := make([]string, 0, len(byDept))
	for d := range byDept {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		fmt.Printf("%s: %s\n", d, strings.Join(byDept[d], ","))
	}
	nums := []int{9, 3, 7, 1, 8, 2, 6, 4, 5, 0}
	sort.Slice(nums, func(i, j int) bool { return nums[i]%3 < nums[j]%3 || nums[i]%3 == nums[j]%3 && nums[i] < nums[j] })
	fmt.Println(nums)
	fs := []float64{2.5, -1, 3.25, 0, -7.5}
	sort.Sort(sort.Reverse(sort.Float64Slice(fs)))
	fmt.Println(fs)
	strs := sort.StringSlice{"pear", "Apple", "fig", "apple"}
	sort.Sort(sort.Reverse(strs))
	fmt.Println(strs)
	sorted := []int{1, 2, 2, 2, 5, 8}
	i := sort.SearchInts(sorted, 2)
	j := sort.Search(len(sorted), func(k int) bool { return sorted[k] > 2 })
	fmt.Println(i, j, j-i)
	words := strings.Fields("banana Apple cherry apple Banana")
	sort.Slice(words, func(i, j int) bool { return strings.ToLower(words[i]) < strings.ToLower(words[j]) || strings.ToLower(words[i]) == strings.ToLower(words[j]) && words[i] < words[j] })
	fmt.Println(words)
	fmt.Println(sort.IntsAreSorted(nums), sort.StringsAreSorted([]string{"a", "b"}), sort.Float64sAreSorted(fs))
}
