package main

import "fmt"

type Board [3][3]byte

func (b Board) String() string {
	s := ""
	for _, row := range b {
		s += string(row[:]) + "\n"
	}
	return s
}

func (b *Board) Place(r, c int, p byte) bool {
	if b[r][c] != '.' {
		return false
	}
	b[r][c] = p
	return true
}

func (b Board) Winner() byte {
	lines := [8][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a, b2, c := b[l[0][0]][l[0][1]], b[l[1][0]][l[1][1]], b[l[2][0]][l[2][1]]
		if a != '.' && a == b2 && b2 == c {
			return a
		}
	}
	return 0
}

func sumArr(a [5]int) (s int) {
	for _, v := range a {
		s += v
	}
	a[0] = 1000
	return
}

func main() {
	var b Board
	for i := range b {
		for j := range b[i] {
			b[i][j] = '.'
		}
	}
	moves := [][3]int{{1, 1, 'X'}, {0, 0, 'O'}, {1, 1, 'O'}, {0, 2, 'X'}, {2, 0, 'X'}}
	for _, m := range moves {
		ok := b.Place(m[0], m[1], byte(m[2]))
		fmt.Println("place", m[0], m[1], string(rune(m[2])), ok)
	}
	fmt.Print(b)
	fmt.Printf("winner %q\n", b.Winner())
	snapshot := b
	b.Place(2, 2, 'O')
	fmt.Println(snapshot == b, snapshot[2][2] == '.')
	a := [5]int{1, 2, 3, 4, 5}
	fmt.Println(sumArr(a), a[0])
	counts := [26]int{}
	for _, c := range "hello world" {
		if c >= 'a' && c <= 'z' {
			counts[c-'a']++
		}
	}
	for i, n := range counts {
		if n > 0 {
			fmt.Printf("%c%d ", 'a'+i, n)
		}
	}
	fmt.Println()
	type Key [2]string
	seen := map[Key]int{}
	seen[Key{"a", "b"}]++
	seen[Key{"a", "b"}]++
	seen[Key{"b", "a"}]++
	fmt.Println(seen)
	var big [1000]int
	for i := range big {
		big[i] = i
	}
	fmt.Println(len(big), big[999], sumSlice(big[:]), sumSlice(big[10:20]))
	x := [...]float64{0.5, 1.5, 2.5}
	y := x
	y[0] = 9
	px := &x
	px[1] = 8
	fmt.Println(x, y)
}

func sumSlice(s []int) (t int) {
	for _, v := range s {
		t += v
	}
	return
}
