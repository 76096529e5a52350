package main

func main() {
	var f float64 = 1 + 2i
	var i int = 1.5 + 0i
	var j int = 2i
	var c64 complex64 = 1e300i
	const k = 1 + 2i
	var b byte = k
	_ = k < 2i
	var x complex128
	_ = x % x
	_ = x > x
	println(f, i, j, c64, b)
}
