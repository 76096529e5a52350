package main

import "fmt"

func main() {
	s := make([]int, 0, 5)
	fmt.Println(len(s), cap(s))
	s = append(s, 1, 2, 3, 4, 5)
	fmt.Println(len(s), cap(s))
	s = append(s, 6)
	fmt.Println(len(s), cap(s))
	bs := []byte("hello")
	bs = append(bs, " world, this is long"...)
	fmt.Println(len(bs), cap(bs))
	r := []rune("abc")
	r = append(r, 'd')
	fmt.Println(len(r), cap(r))
	var f []float64
	f = append(f, 1)
	fmt.Println(len(f), cap(f))
	f = append(f, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
	fmt.Println(len(f), cap(f))
	big := make([]int, 1024)
	big = append(big, 1)
	fmt.Println(len(big), cap(big))
	big2 := make([]int, 256)
	big2 = append(big2, 1)
	fmt.Println(len(big2), cap(big2))
	s3 := make([]int32, 3)
	s3 = append(s3, 1)
	fmt.Println(len(s3), cap(s3))
	s4 := make([]int16, 7)
	s4 = append(s4, 1)
	fmt.Println(len(s4), cap(s4))
}
