package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(int64(time.Nanosecond), int64(time.Microsecond), int64(time.Millisecond))
	fmt.Println(int64(time.Second), int64(time.Minute), int64(time.Hour))

	d := 90 * time.Minute
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println((1500 * time.Millisecond).Seconds())

	// Arithmetic on durations is integer arithmetic.
	a := 3 * time.Second
	b := 250 * time.Millisecond
	fmt.Println(a+b, a-b, a*2, a/2, a/b, a%b, -a)
	n := 4
	fmt.Println(time.Duration(n) * time.Second)
	fmt.Println(a > b, a == 3000*time.Millisecond)

	// Truncate, Round and Abs.
	x := 1234567 * time.Microsecond
	fmt.Println(x.Truncate(time.Millisecond), x.Round(time.Millisecond))
	fmt.Println(x.Truncate(time.Second), x.Round(time.Second))
	fmt.Println(x.Round(0), x.Truncate(-1))
	fmt.Println((-x).Abs(), x.Abs())
	fmt.Println((2*time.Hour + 29*time.Minute).Round(time.Hour))
	fmt.Println((2*time.Hour + 30*time.Minute).Round(time.Hour))

	// Parsing.
	for _, s := range []string{"1h10m10s", "1.5h", "300ms", "-2m3.5s", "1us", "1µs", "0", "12"} {
		p, err := time.ParseDuration(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(s, "=", p, int64(p))
	}

	// Constant expressions with durations.
	const timeout = 2 * time.Second
	fmt.Println(timeout/time.Millisecond, timeout.Milliseconds())
	var total time.Duration
	for i := 1; i <= 4; i++ {
		total += time.Duration(i) * 100 * time.Millisecond
	}
	fmt.Println(total)
	fmt.Println(time.Duration(float64(time.Second) * 1.25))
}
