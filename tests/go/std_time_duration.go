package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1500, time.Millisecond, 1500 * time.Microsecond, time.Second, 90 * time.Second, time.Hour + 30*time.Minute + 5*time.Second + 7*time.Millisecond, -time.Minute, 1<<63 - 1, -1 << 63, 100 * time.Hour, 2*time.Hour + 3*time.Nanosecond}
	for _, d := range ds {
		fmt.Println(d, d.String(), d.Seconds(), d.Minutes(), d.Hours(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
		fmt.Printf("%v %d %s %q %T %+v %#v\n", d, d, d, d, d, d, d)
		fmt.Println(d.Round(time.Second), d.Truncate(time.Second), d.Round(time.Hour), d.Truncate(time.Millisecond), d.Round(0), d.Round(-1), d.Abs())
	}
	for _, s := range []string{"1h", "1h30m", "1.5h", "-2m3s", "300ms", "1us", "1µs", "1μs", "2ns", "", "1", "1x", "0", "+5s", ".5s", "1.s", "9223372036854775807ns", "9223372036854775808ns", "3000000h", "1h1h", "-0"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	fmt.Println(time.Duration(1234567890))
	fmt.Println([]time.Duration{time.Second, time.Minute})
	fmt.Println(map[string]time.Duration{"a": time.Millisecond})
	type T struct {
		D time.Duration
	}
	fmt.Printf("%v %+v\n", T{time.Second}, T{time.Second})
	t0 := time.Unix(0, 0)
	t1 := t0.Add(90 * time.Minute)
	fmt.Println(t1.Sub(t0), t1.After(t0), t0.Before(t1), t1.Equal(t1), t1.Unix(), t1.UnixNano(), t0.IsZero(), time.Time{}.IsZero())
	fmt.Println(time.Duration(1.5 * float64(time.Second)))
	fmt.Println(time.Second * 2, 2*time.Second/3)
	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	fmt.Println(time.Since(start) >= 2*time.Millisecond)
}
