package main

import "fmt"

// A variable only updated by op= (or ++) is "used": Go accepts this program.
func main() {
	total := 0
	scale := 1.5
	for i := 0; i < 4; i++ {
		scale *= 2
		total += i
	}
	var mask uint8 = 0xF0
	mask &^= 0x30
	mask >>= 1
	count := 0
	count++
	fmt.Println("done")
}
