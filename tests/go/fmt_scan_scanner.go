package main

// Types with their own Scan method (fmt.Scanner) and the ScanState they are handed.
import (
	"errors"
	"fmt"
	"strings"
)

type Pair struct{ A, B int }

// Scan reads "A:B".
func (p *Pair) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, func(r rune) bool { return r != ' ' && r != '\n' })
	if err != nil {
		return err
	}
	parts := strings.SplitN(string(tok), ":", 2)
	if len(parts) != 2 {
		return errors.New("pair: missing colon in " + string(tok))
	}
	_, err = fmt.Sscan(parts[0]+" "+parts[1], &p.A, &p.B)
	return err
}

type Upper string

func (u *Upper) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	wid, ok := st.Width()
	var b strings.Builder
	for i := 0; !ok || i < wid; i++ {
		r, _, err := st.ReadRune()
		if err != nil {
			break
		}
		if r == ' ' || r == '\n' {
			st.UnreadRune()
			break
		}
		b.WriteString(strings.ToUpper(string(r)))
	}
	*u = Upper(string(verb) + ":" + b.String())
	return nil
}

type Never struct{}

func (Never) Scan(st fmt.ScanState, verb rune) error {
	_, _, err := st.ReadRune()
	return err
}

func main() {
	var p, q Pair
	n, err := fmt.Sscan("1:2 30:40", &p, &q)
	fmt.Println(n, err, p, q)
	n, err = fmt.Sscan("5", &p)
	fmt.Println(n, err, p)
	n, err = fmt.Sscan("x:2", &p)
	fmt.Println(n, err, p)

	var u, v Upper
	n, err = fmt.Sscan("hello world", &u, &v)
	fmt.Println(n, err, u, v)
	n, err = fmt.Sscanf("abcdef", "%3s%v", &u, &v)
	fmt.Println(n, err, u, v)

	n, err = fmt.Sscan("", Never{})
	fmt.Println(n, err)

	xs := make([]int, 4)
	n, err = fmt.Sscan("4 3 2 1", &xs[0], &xs[1], &xs[2], &xs[3])
	fmt.Println(n, err, xs)
	type rec struct {
		Name string
		Age  uint16
	}
	var r rec
	n, err = fmt.Sscanf("name=ann age=41", "name=%s age=%d", &r.Name, &r.Age)
	fmt.Printf("%d %v %+v\n", n, err, r)
	var nilp *int
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Sscan("5", nilp)
}
