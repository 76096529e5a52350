package main

func main() {
	x := 1
	x = 1e100
	x = 2.5
	const k = 1 << 62
	x = k * 4
	var f float32
	f = 1e300
	_ = f
	_ = x
}
