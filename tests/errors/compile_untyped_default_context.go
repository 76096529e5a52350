package main

func main() {
	println(nil)
	println(1 << 63)
	x := nil
	var y = nil
	_, _ = x, y
	a, b := 1<<63, nil
	_, _ = a, b
}
