package main

import "fmt"

const big = 1 << 500

func main() {
	const x = big * big
	const y = 1 << 600
	const z = 1 << 2000
	const w = big + big + big
	const v = -big - big - big
	var a int8 = 1 << 7
	var b int64 = 1e19
	var c float32 = 3.40282346638528859811704183484516925440e+38 + (1<<104)/2
	var d float64 = 1e1000000 * 1e1000000
	var e int64 = 0.0005 * 1e9 + 0.5
	var f = int64(1) << 600
	fmt.Println(x, y, z, w, v, a, b, c, d, e, f, 1<<100)
}
