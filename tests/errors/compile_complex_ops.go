package main

const c64 complex64 = 1e38

func main() {
	_ = c64 * 10
	_ = -c64 * 1e10i
	const x = 1i / 0i
	var y complex64 = 1
	_ = y / 0
	_ = complex(1, 2) + "a"
	_ = !1i
	_ = ^1i
	_ = 1i & 1i
}
