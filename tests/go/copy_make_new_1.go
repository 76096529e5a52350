package main

import "fmt"

type Config struct {
	Name  string
	Ports []int
	Opts  map[string]bool
}

func main() {
	p := new(Config)
	fmt.Printf("%+v %v %v\n", *p, p.Ports == nil, p.Opts == nil)
	p.Ports = make([]int, 2, 5)
	p.Opts = make(map[string]bool)
	p.Opts["v"] = true
	fmt.Printf("%+v %d %d\n", *p, len(p.Ports), cap(p.Ports))
	ip := new(int)
	sp := new(string)
	bp := new(bool)
	fp := new(float64)
	ap := new([3]int)
	slp := new([]int)
	fmt.Println(*ip, *sp == "", *bp, *fp, *ap, *slp == nil)
	ap[1] = 5
	fmt.Println(ap[1], len(ap))
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	dst2 := make([]int, 10)
	n = copy(dst2, src)
	fmt.Println(n, dst2)
	n = copy(src, src[2:])
	fmt.Println(n, src)
	n = copy(src[2:], []int{})
	fmt.Println(n)
	var nilDst []int
	fmt.Println(copy(nilDst, src))
	bs := make([]byte, 5)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)
	m := make(map[string]int, 100)
	fmt.Println(len(m))
	ch := make([]chan int, 2)
	fmt.Println(len(ch), ch[0] == nil)
	s3 := make([][]string, 2, 4)
	fmt.Println(len(s3), cap(s3), s3[0] == nil)
	size := 4
	dyn := make([]float64, size)
	for i := range dyn {
		dyn[i] = float64(i) / 2
	}
	fmt.Println(dyn)
	orig := Config{Name: "a", Ports: []int{80}, Opts: map[string]bool{"x": true}}
	shallow := orig
	shallow.Name = "b"
	shallow.Ports[0] = 8080
	shallow.Opts["y"] = false
	fmt.Printf("%+v\n%+v\n", orig, shallow)
	deep := orig
	deep.Ports = append([]int(nil), orig.Ports...)
	deep.Opts = map[string]bool{}
	for k, v := range orig.Opts {
		deep.Opts[k] = v
	}
	deep.Ports[0] = 1
	deep.Opts["z"] = true
	fmt.Printf("%+v\n%+v\n", orig, deep)
}
