package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A tiny expression evaluator: tokenizer + recursive-descent parser.

type TokenKind int

const (
	NUM TokenKind = iota
	OP
	LPAREN
	RPAREN
	EOF
)

type Token struct {
	Kind TokenKind
	Text string
}

func tokenize(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(src) && (src[j] >= '0' && src[j] <= '9' || src[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, src[i:j]})
			i = j
		case strings.ContainsRune("+-*/%", rune(c)):
			toks = append(toks, Token{OP, string(c)})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "("})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")"})
			i++
		default:
			r, _ := utf8.DecodeRuneInString(src[i:])
			return nil, fmt.Errorf("unexpected character %q at %d", r, i)
		}
	}
	return append(toks, Token{EOF, ""}), nil
}

type Parser struct {
	toks []Token
	pos  int
}

var errDivZero = errors.New("division by zero")

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token  { t := p.toks[p.pos]; p.pos++; return t }

func (p *Parser) expr() (float64, error) {
	left, err := p.term()
	if err != nil {
		return 0, err
	}
	for p.peek().Kind == OP && (p.peek().Text == "+" || p.peek().Text == "-") {
		op := p.next().Text
		right, err := p.term()
		if err != nil {
			return 0, err
		}
		if op == "+" {
			left += right
		} else {
			left -= right
		}
	}
	return left, nil
}

func (p *Parser) term() (float64, error) {
	left, err := p.factor()
	if err != nil {
		return 0, err
	}
	for p.peek().Kind == OP && strings.Contains("*/%", p.peek().Text) {
		op := p.next().Text
		right, err := p.factor()
		if err != nil {
			return 0, err
		}
		switch op {
		case "*":
			left *= right
		case "/":
			if right == 0 {
				return 0, errDivZero
			}
			left /= right
		case "%":
			left = float64(int(left) % int(right))
		}
	}
	return left, nil
}

func (p *Parser) factor() (float64, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		return strconv.ParseFloat(t.Text, 64)
	case OP:
		if t.Text == "-" {
			v, err := p.factor()
			return -v, err
		}
	case LPAREN:
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if p.next().Kind != RPAREN {
			return 0, errors.New("expected )")
		}
		return v, nil
	}
	return 0, fmt.Errorf("unexpected token %q", t.Text)
}

func eval(src string) (float64, error) {
	toks, err := tokenize(src)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks}
	v, err := p.expr()
	if err == nil && p.peek().Kind != EOF {
		err = fmt.Errorf("trailing input at token %d", p.pos)
	}
	return v, err
}

func main() {
	inputs := []string{"1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-3 + -(2 * 2)", "17 % 5 + 0.5",
		"1 / 0", "2 * (3 + 4", "2 $ 3", "1 2", "((((7))))", "1.5 * 1.5 * 1.5"}
	for _, in := range inputs {
		v, err := eval(in)
		if err != nil {
			fmt.Printf("%-20q error: %v\n", in, err)
			continue
		}
		fmt.Printf("%-20q = %v\n", in, v)
	}
}
