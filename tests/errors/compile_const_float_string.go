package main

func main() {
	var a int8 = 1000.0
	var b int = 1e19
	var c string = 1234567.0
	var d bool = 2.5e10
	_ = int64(1e19)
	const e = int8(1) << 8
	x := 1
	x = 1e6
	_, _, _, _ = a, b, c, d
}
