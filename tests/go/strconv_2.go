package main

import (
	"fmt"
	"strconv"
	"strings"
)

func parseRecord(line string) (name string, age int, score float64, err error) {
	parts := strings.Split(line, ":")
	if len(parts) != 3 {
		return "", 0, 0, fmt.Errorf("want 3 fields, got %d", len(parts))
	}
	name = parts[0]
	if age, err = strconv.Atoi(parts[1]); err != nil {
		return
	}
	score, err = strconv.ParseFloat(parts[2], 64)
	return
}

func main() {
	for _, l := range []string{"ann:30:91.5", "bob:x:1", "cy:40:nan?", "bad", "dee:-7:1e2"} {
		n, a, s, err := parseRecord(l)
		fmt.Printf("%q %d %v %v\n", n, a, s, err)
	}
	for _, b := range []int{2, 3, 8, 10, 16, 36} {
		fmt.Print(strconv.FormatInt(-1234567, b), " ")
	}
	fmt.Println()
	v, err := strconv.ParseInt("9223372036854775808", 10, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("-9223372036854775808", 10, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("7fffffff", 16, 32)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("80000000", 16, 32)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(u, err)
	fmt.Println(strconv.Quote(`C:\path "x"`), strconv.Quote("\a\b\f\r\v\x00\u2028"))
	fmt.Println(strconv.Itoa(1<<31), strconv.Itoa(-1<<63))
	x := 0
	for _, s := range strings.Fields("1 2 3 four 5") {
		if n, err := strconv.Atoi(s); err == nil {
			x += n
		} else {
			fmt.Println("skip:", err)
		}
	}
	fmt.Println(x)
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', 5, 64), strconv.FormatFloat(2.0/3, 'f', 5, 32))
	b := []byte("x=")
	b = strconv.AppendQuote(b, "q")
	b = strconv.AppendBool(b, true)
	fmt.Println(string(b))
}
