package main

// Values of every small size are copied through pointers, appended and moved between
// overlapping ranges of one array: the VM copies these sizes with inlined loads and stores.

import "fmt"

type b3 struct{ a, b, c byte }
type b5 struct {
	a [5]byte
}
type mixed struct {
	s string
	n int32
	f bool
}

func id(x int) int { return x }

func leaf(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	for n := 0; n <= 40; n++ {
		src := make([]byte, n)
		for i := range src {
			src[i] = byte('a' + i%26)
		}
		var dst []byte
		dst = append(dst, '<')
		dst = append(dst, src...)
		dst = append(dst, '>')
		fmt.Println(n, string(dst))
	}

	buf := []byte("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ")
	for _, c := range [][3]int{{0, 1, 7}, {3, 0, 9}, {1, 5, 17}, {10, 2, 30}, {0, 4, 40}} {
		b := append([]byte(nil), buf...)
		copy(b[c[0]:], b[c[1]:c[1]+c[2]])
		fmt.Println(string(b))
		b = append(b[:c[0]], b[c[0]+c[1]:]...)
		fmt.Println(string(b))
	}

	p3 := &b3{1, 2, 3}
	v3 := *p3
	v3.b = 9
	*p3 = v3
	p5 := &b5{[5]byte{1, 2, 3, 4, 5}}
	v5 := *p5
	v5.a[4] = 50
	*p5 = v5
	pm := &mixed{"gomi", -7, true}
	vm := *pm
	vm.n *= 3
	*pm = vm
	arr := []mixed{{"a", 1, false}, {"bb", 2, true}}
	arr = append(arr, *pm, arr[0])
	fmt.Println(*p3, *p5, *pm, arr)
	fmt.Println(id(5), leaf(-3), leaf(4))
}
