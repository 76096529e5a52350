package main

import "fmt"

type MyString string
type MyBytes []byte
type MyRunes []rune

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	fmt.Println(string(b), string(r))
	b[0] = 'H'
	fmt.Println(s, string(b))
	r[7] = '地'
	fmt.Println(string(r))
	fmt.Println(string(rune(72)), string(rune(0x10FFFF+1)) == "\uFFFD", string(rune(0xD800)) == "\uFFFD")
	var x int = 65
	fmt.Println(string(rune(x)), string(byte(x)))
	ms := MyString("typed")
	fmt.Println(ms, string(ms)+"!", len(ms))
	mb := MyBytes("bytes")
	fmt.Println(mb, string(mb))
	mr := MyRunes("rü")
	fmt.Println(mr, string(mr))
	fmt.Printf("%T %T %T\n", ms, mb, mr)
	back := []byte(ms)
	fmt.Println(back)
	fmt.Println(string([]byte{}), string([]rune(nil)) == "", []byte("") == nil, len([]rune("")))
	invalid := string([]byte{0xff, 'a', 0xc0})
	fmt.Println([]rune(invalid), len(invalid))
	fmt.Printf("%q\n", invalid)
	bs := make([]byte, 0, 10)
	bs = append(bs, "abc"...)
	bs = append(bs, 'd')
	fmt.Println(string(bs))
	fmt.Println(string(s[1]), s[1:3], string([]byte(s)[1:3]))
	num := 12345
	digits := []byte{}
	for num > 0 {
		digits = append([]byte{byte('0' + num%10)}, digits...)
		num /= 10
	}
	fmt.Println(string(digits))
}
