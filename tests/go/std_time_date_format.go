package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	fmt.Println(t.ISOWeek())
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, "2006-01-02", "15:04:05.000", "Jan _2 __2 002", "3:4:5 pm PM", "Z07 -07 Z0700 -070000 Z07:00:00", ".999 ,000 .0000000000 .9x", "_2006 06 2 1 01 January Monday Mon", "hello world"}
	for _, l := range layouts {
		fmt.Println(t.Format(l))
	}
	z := time.FixedZone("EST", -5*3600)
	t2 := t.In(z)
	fmt.Println(t2, t2.Location(), t2.Hour(), t2.Equal(t), t2 == t)
	for _, l := range layouts[:11] {
		fmt.Println(t2.Format(l))
	}
	z2 := time.FixedZone("", 5*3600+30*60+15)
	fmt.Println(t.In(z2), t.In(z2).Format(time.RFC3339))
	fmt.Println(time.Time{}, time.Time{}.IsZero(), time.Time{}.Weekday(), time.Time{}.Unix())
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1e9, 5).UTC(), time.Unix(-1, 0).UTC(), time.Unix(0, -1).UTC())
	fmt.Println(time.Date(2023, 2, 29, 0, 0, 0, 0, time.UTC), time.Date(2024, 13, 1, 25, 61, 61, 1e9+5, time.UTC), time.Date(2020, 0, 0, 0, 0, 0, 0, time.UTC))
	fmt.Println(t.AddDate(0, 1, 25), t.AddDate(-10, -12, 0), t.Add(36*time.Hour+time.Nanosecond))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Hour), t.Round(time.Millisecond), t.Truncate(7*time.Minute), t.Round(24*time.Hour), t.Truncate(time.Microsecond*3))
	t3 := time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(t3.Sub(t), t.Sub(t3), t3.After(t), t3.Before(t), t.Unix(), t.UnixNano(), t.UnixMilli())
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(2300, 1, 1, 0, 0, 0, 0, time.UTC)))
	fmt.Println(time.Month(13), time.Month(-2), time.Weekday(-1), time.March, time.Saturday)
	for _, y := range []int{2015, 2016, 2020, 2021, 2027} {
		for _, d := range []int{1, 2, 3, 4, 365} {
			tt := time.Date(y, 1, d, 0, 0, 0, 0, time.UTC)
			yy, ww := tt.ISOWeek()
			fmt.Print(yy, "-", ww, " ")
		}
	}
	fmt.Println()
	fmt.Println(time.Date(-5, 3, 1, 0, 0, 0, 0, time.UTC), time.Date(12345, 3, 1, 0, 0, 0, 0, time.UTC).Format(time.RFC3339))
	fmt.Println(time.UTC, z)
	fmt.Printf("%v|%s\n", t, t)
	name, off := t2.Zone()
	fmt.Println(name, off)
	fmt.Println(time.UnixMilli(1500).UTC(), time.UnixMicro(-1).UTC())
	fmt.Println(t.UTC().Location())
}
