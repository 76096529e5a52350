package main

func main() {
	x := 08
	y := 1_000__0
	c := 'ab'
	s := "bad \q escape"
	var z int = 0x
	w := 1e
}
