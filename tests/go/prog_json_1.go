package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// A hand-written JSON encoder and a tiny decoder for a subset of JSON.

func encode(v interface{}) string {
	var sb strings.Builder
	write(&sb, v, "")
	return sb.String()
}

func write(sb *strings.Builder, v interface{}, indent string) {
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		if math.IsInf(x, 0) || math.IsNaN(x) {
			sb.WriteString("null")
		} else {
			sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
		}
	case string:
		sb.WriteString(strconv.Quote(x))
	case []interface{}:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(indent + "  ")
			write(sb, e, indent+"  ")
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "]")
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{")
		for i, k := range keys {
			if i > 0 {
				sb.WriteString(", ")
			}
			sb.WriteString(strconv.Quote(k) + ": ")
			write(sb, x[k], indent)
		}
		sb.WriteString("}")
	default:
		sb.WriteString(fmt.Sprintf("\"<unsupported %T>\"", x))
	}
}

type decoder struct {
	s   string
	pos int
}

func (d *decoder) skip() {
	for d.pos < len(d.s) && strings.ContainsRune(" \n\t", rune(d.s[d.pos])) {
		d.pos++
	}
}

func (d *decoder) value() (interface{}, error) {
	d.skip()
	if d.pos >= len(d.s) {
		return nil, fmt.Errorf("unexpected end at %d", d.pos)
	}
	switch c := d.s[d.pos]; {
	case c == '[':
		d.pos++
		var arr []interface{}
		for {
			d.skip()
			if d.pos < len(d.s) && d.s[d.pos] == ']' {
				d.pos++
				return arr, nil
			}
			v, err := d.value()
			if err != nil {
				return nil, err
			}
			arr = append(arr, v)
			d.skip()
			if d.pos < len(d.s) && d.s[d.pos] == ',' {
				d.pos++
			}
		}
	case c == '"':
		end := strings.IndexByte(d.s[d.pos+1:], '"')
		if end < 0 {
			return nil, fmt.Errorf("unterminated string at %d", d.pos)
		}
		str := d.s[d.pos+1 : d.pos+1+end]
		d.pos += end + 2
		return str, nil
	case c == 't' || c == 'f' || c == 'n':
		for _, lit := range []string{"true", "false", "null"} {
			if strings.HasPrefix(d.s[d.pos:], lit) {
				d.pos += len(lit)
				switch lit {
				case "true":
					return true, nil
				case "false":
					return false, nil
				}
				return nil, nil
			}
		}
	case c == '-' || c >= '0' && c <= '9':
		start := d.pos
		for d.pos < len(d.s) && strings.ContainsRune("-+.eE0123456789", rune(d.s[d.pos])) {
			d.pos++
		}
		return strconv.ParseFloat(d.s[start:d.pos], 64)
	}
	return nil, fmt.Errorf("unexpected %q at %d", d.s[d.pos], d.pos)
}

func main() {
	doc := map[string]interface{}{
		"name":    "gomi",
		"version": 1.19,
		"tags":    []interface{}{"go", "interp", 3, true, nil},
		"nested":  map[string]interface{}{"z": 1, "a": []interface{}{}, "q": "say \"hi\"\n"},
		"inf":     math.Inf(1),
		"big":     1e21,
		"other":   struct{}{},
	}
	fmt.Println(encode(doc))
	for _, src := range []string{`[1, 2.5, "x", [true, false, null], -3e2]`, `[1, 2`, `"abc`, `?`, `[]`} {
		d := &decoder{s: src}
		v, err := d.value()
		fmt.Printf("%v | %v\n", v, err)
		if err == nil {
			fmt.Println(encode(v))
		}
	}
}
