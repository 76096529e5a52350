package main

import "fmt"

func main() {
	// Go 1.19: the loop variable is shared by all iterations.
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var gs []func() int
	for i := 0; i < 3; i++ {
		i := i
		gs = append(gs, func() int { return i })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	var hs []func() string
	for _, s := range []string{"a", "b", "c"} {
		hs = append(hs, func() string { return s })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()

	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] == ptrs[2])

	var vs []*string
	for _, v := range []string{"x", "y"} {
		vs = append(vs, &v)
	}
	fmt.Println(*vs[0], *vs[1])

	var ks []func() int
	for k := range [4]int{} {
		ks = append(ks, func() int { return k * 10 })
	}
	fmt.Println(ks[0](), ks[3]())

	total := 0
	for j := 1; j <= 4; j++ {
		func() { total += j }()
	}
	fmt.Println(total)

	var per []func() int
	for j := 0; j < 3; j++ {
		per = append(per, func(v int) func() int { return func() int { return v } }(j))
	}
	fmt.Println(per[0](), per[1](), per[2]())
}
