package main

import (
	"fmt"
	"strings"
)

type Token struct {
	Kind string
	Val  string
}

func lex(s string) []Token {
	var toks []Token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			i++
			continue
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			toks = append(toks, Token{"NUM", s[i:j]})
			i = j
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_':
			j := i
			for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || s[j] == '_' || s[j] >= '0' && s[j] <= '9') {
				j++
			}
			word := s[i:j]
			kind := "IDENT"
			switch word {
			case "if", "else", "for", "return", "func":
				kind = "KEYWORD"
			case "true", "false":
				kind = "BOOL"
			}
			toks = append(toks, Token{kind, word})
			i = j
		default:
			two := ""
			if i+1 < len(s) {
				two = s[i : i+2]
			}
			switch two {
			case "==", "!=", "<=", ">=", "&&", "||":
				toks = append(toks, Token{"OP", two})
				i += 2
				continue
			}
			switch c {
			case '+', '-', '*', '/', '<', '>', '=', '!':
				toks = append(toks, Token{"OP", string(c)})
			case '(', ')', '{', '}':
				toks = append(toks, Token{"PUNCT", string(c)})
			default:
				toks = append(toks, Token{"ILLEGAL", string(c)})
			}
			i++
		}
	}
	return toks
}

func weekday(d int) (name string, weekend bool) {
	switch d % 7 {
	case 0:
		name = "Sun"
		weekend = true
	case 6:
		name = "Sat"
		weekend = true
	case 1, 2, 3, 4, 5:
		name = [...]string{"", "Mon", "Tue", "Wed", "Thu", "Fri"}[d%7]
	default:
		name = "?"
	}
	return
}

func main() {
	for _, t := range lex("if x1 >= 10 && flag != false { return y_2 * (3+4) } @") {
		fmt.Printf("%s:%s ", t.Kind, t.Val)
	}
	fmt.Println()
	for d := 0; d < 8; d++ {
		n, w := weekday(d)
		fmt.Print(n, w, " ")
	}
	fmt.Println()
	s := "Hello"
	switch {
	case strings.HasPrefix(s, "He") && len(s) > 3:
		fmt.Println("long He-word")
		fallthrough
	case false:
		fmt.Println("fell through into false case")
	case true:
		fmt.Println("not reached")
	}
	switch x := 10; {
	case x > 5:
		fmt.Println("x > 5")
		if x > 8 {
			break
		}
		fmt.Println("not printed")
	}
	var f float64 = 2.5
	switch f {
	case 1, 2.5:
		fmt.Println("float match")
	}
	switch r := 'é'; r {
	case 'e', 'é', 'è':
		fmt.Println("an e")
	}
}
