package main

import (
	"fmt"
	"strings"
)

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// weekday returns 0=Sunday .. 6=Saturday (Sakamoto's method).
func weekday(y, m, d int) int {
	t := []int{0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4}
	if m < 3 {
		y--
	}
	return (y + y/4 - y/100 + y/400 + t[m-1] + d) % 7
}

func dayOfYear(y, m, d int) int {
	n := d
	for i := 1; i < m; i++ {
		n += daysIn(y, i)
	}
	return n
}

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

func calendar(y, m int) string {
	var sb strings.Builder
	title := fmt.Sprintf("%s %d", monthNames[m-1], y)
	pad := (20 - len(title)) / 2
	sb.WriteString(strings.Repeat(" ", pad) + title + "\n")
	sb.WriteString("Su Mo Tu We Th Fr Sa\n")
	start := weekday(y, m, 1)
	sb.WriteString(strings.Repeat("   ", start))
	for d := 1; d <= daysIn(y, m); d++ {
		fmt.Fprintf(&sb, "%2d", d)
		if (start+d)%7 == 0 {
			sb.WriteString("\n")
		} else if d != daysIn(y, m) {
			sb.WriteString(" ")
		}
	}
	if (start+daysIn(y, m))%7 != 0 {
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	fmt.Print(calendar(2024, 2))
	fmt.Print(calendar(1999, 12))
	days := []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	for _, dt := range [][3]int{{1970, 1, 1}, {2000, 1, 1}, {2000, 2, 29}, {2009, 11, 10}, {2022, 8, 2}, {2038, 1, 19}} {
		fmt.Printf("%04d-%02d-%02d %s day %d\n", dt[0], dt[1], dt[2], days[weekday(dt[0], dt[1], dt[2])], dayOfYear(dt[0], dt[1], dt[2]))
	}
	leaps := 0
	for y := 1900; y <= 2100; y++ {
		if isLeap(y) {
			leaps++
		}
	}
	fmt.Println("leap years 1900..2100:", leaps)
	fridays13 := 0
	for y := 2000; y < 2030; y++ {
		for m := 1; m <= 12; m++ {
			if weekday(y, m, 13) == 5 {
				fridays13++
			}
		}
	}
	fmt.Println("Friday 13ths 2000-2029:", fridays13)
}
