package main

import (
	"fmt"
	"math"
	"runtime"
	"sort"
)

type S struct {
	F float32
	C complex64
	B bool
	D complex128
}

type K struct {
	A int8
	C complex64
}

func describe(v interface{}) string {
	switch x := v.(type) {
	case complex64:
		return fmt.Sprintf("c64 %v", x)
	case complex128:
		return fmt.Sprintf("c128 %v", x)
	case float64:
		return "float64"
	}
	return "other"
}

func sum(cs ...complex128) (s complex128) {
	for _, c := range cs {
		s += c
	}
	return
}

func main() {
	m := map[complex128]int{}
	m[1+2i] = 1
	m[complex(0, 0)] = 2
	m[complex(math.Copysign(0, -1), math.Copysign(0, -1))]++
	m[1+2i] += 10
	nan := complex(math.NaN(), 0)
	m[nan] = 5
	m[nan] = 6
	fmt.Println(len(m), m[1+2i], m[0], m[nan])
	keys := []string{}
	for k, v := range m {
		keys = append(keys, fmt.Sprint(k, v))
	}
	sort.Strings(keys)
	fmt.Println(keys)
	delete(m, 1+2i)
	_, ok := m[1+2i]
	fmt.Println(len(m), ok)

	m64 := map[complex64]string{1i: "i", 2: "two"}
	fmt.Println(m64[1i], m64[2], m64[3])

	mk := map[K]int{{1, 1i}: 1, {2, 2}: 2}
	mk[K{1, 1i}]++
	fmt.Println(mk[K{1, 1i}], mk[K{2, 2}], len(mk))

	var iface map[interface{}]int = map[interface{}]int{}
	iface[1i] = 1
	iface[complex64(1i)] = 2
	iface[1i]++
	fmt.Println(iface[1i], iface[complex64(1i)], len(iface))

	s := S{1.5, 2 + 3i, true, -1i}
	s.C *= 2
	s.D += s.D
	p := &s
	p.C += 1
	fmt.Println(s, p.C, real(p.D))
	arr := []S{s, {C: 1}}
	arr[1].C = arr[0].C * 1i
	fmt.Println(arr)

	ch := make(chan complex128, 3)
	ch <- 1i
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Println(v)
	}
	ch64 := make(chan complex64)
	go func() { ch64 <- complex(3, 4) }()
	fmt.Println(<-ch64)

	fmt.Println(describe(1i), describe(complex64(2)), describe(1.0))
	var e interface{} = complex64(5i)
	if c, ok := e.(complex64); ok {
		fmt.Println("ok", c)
	}
	_, bad := e.(complex128)
	fmt.Println(bad, e == complex64(5i), e == 5i)

	cs := make([]complex128, 0)
	for i := 0; i < 1000; i++ {
		cs = append(cs, complex(float64(i), float64(-i)))
		if i%100 == 0 {
			runtime.GC()
		}
	}
	fmt.Println(sum(cs...), sum(cs[:3]...), len(cs))
	var grid [3][2]complex64
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = complex(float32(i), float32(j))
		}
	}
	fmt.Println(grid, grid == grid)
	boxes := []*complex128{}
	for i := 0; i < 5; i++ {
		v := complex(float64(i), 0)
		boxes = append(boxes, &v)
	}
	runtime.GC()
	t := 0i
	for _, b := range boxes {
		t += *b
	}
	fmt.Println(t)
	f := func() complex128 { return t * 2 }
	fmt.Println(f())
	defer fmt.Println("deferred", t)
	defer println(t, complex64(t))
}
