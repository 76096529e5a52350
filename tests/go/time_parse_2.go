// Dates formatted and parsed, durations parsed, a stable sort.
package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type P struct {
	Name string
	Age  int
}

func main() {
	t := time.Date(2023, time.March, 5, 14, 7, 9, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format("2006-01-02 15:04:05.000"), t.Format(time.Kitchen), t.Weekday(), t.YearDay())
	fmt.Println(t.Add(36*time.Hour).Format("Jan 2, 2006 at 3:04pm (MST)"), t.Unix(), t.Truncate(time.Hour).Format(time.ANSIC))
	t2, err := time.Parse("2006-01-02", "2024-02-29")
	fmt.Println(t2, err, t2.Sub(t).Hours())
	_, err = time.Parse("2006-01-02", "2024-13-01")
	fmt.Println(err)
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Minutes())
	ps := []P{{"a", 30}, {"b", 25}, {"c", 30}, {"d", 25}}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Age < ps[j].Age })
	fmt.Println(ps)
	fmt.Println(strings.Compare("a", "b"), strings.ContainsAny("hello", "xyz"), strings.IndexByte("abc", 'c'), strings.ContainsRune("abc", 'b'))
	fmt.Println(t.Month(), t.Day(), t.Hour(), t.Before(t2), t.After(t2), t.Equal(t))
}
