package main

import (
	"fmt"
	"math"
)

func main() {
	f := 3.14159265
	fmt.Printf("%f|%.2f|%8.3f|%-8.3f|%08.3f|%+.1f|% .1f\n", f, f, f, f, f, f, f)
	fmt.Printf("%e|%E|%.3e|%10.2e\n", f, f, f, f)
	fmt.Printf("%g|%G|%.3g|%.10g\n", f, f, f, f)
	big := 123456789.125
	fmt.Printf("%f|%e|%g|%.3g|%v\n", big, big, big, big, big)
	small := 0.000012345
	fmt.Printf("%f|%e|%g|%G|%v\n", small, small, small, small, small)
	fmt.Printf("%F|%.0f|%.0f|%.0f|%.1f\n", 2.5, 2.5, 3.5, -0.5, 0.05)
	fmt.Printf("%v %v %v\n", math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("%f %e %g %5.1f|%-6f|\n", math.Inf(1), math.Inf(-1), math.NaN(), math.Inf(1), math.NaN())
	fmt.Printf("%+f %+v % f\n", math.Inf(1), math.NaN(), math.Inf(1))
	var f32 float32 = 1.1
	fmt.Printf("%v %f %g %.10f %e\n", f32, f32, f32, f32, f32)
	fmt.Printf("%g %g %g %g %g\n", 1e6, 1e21, 1e-4, 1e-5, 100.0)
	fmt.Printf("%v %v %v\n", 1e6, 1e20, 1e21)
	fmt.Printf("%.2g %.1g %g\n", 1234.0, 0.05, 0.0)
	fmt.Printf("%#g %#.3g %#f %#e\n", 1.0, 2.0, 3.0, 4.0)
	fmt.Printf("%x %X %.2x\n", 1.5, 255.75, 3.0)
	fmt.Printf("%b\n", 1.0)
	fmt.Printf("%6.2f|%-8.3e|%+08.2f\n", -1.005, 1234.5678, -3.14159)
	fmt.Printf("%*.*f|\n", 10, 3, math.Pi)
	fmt.Printf("%v %v\n", float32(0.1), float64(float32(0.1)))
	fmt.Printf("%.3v %.5v %10.4v|\n", math.Pi, 123456.789, math.E)
	fmt.Printf("%v %.1f %.2e\n", -0.0, math.Copysign(0, -1), 0.0)
	fmt.Printf("%d\n", 3.5)
	fmt.Printf("%s\n", 2.5)
}
