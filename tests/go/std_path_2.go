package main

import (
	"errors"
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	cases := [][2]string{
		{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*", "abc"}, {"a*", "ab/c"},
		{"a*/b", "abc/b"}, {"a*/b", "a/c/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"},
		{"a*b*c*d*e*/f", "axbxcxdxexxx/f"}, {"a*b*c*d*e*/f", "axbxcxdxe/xxx/f"},
		{"a*b*c*d*e*/f", "axbxcxdxexxx/fff"}, {"a*b?c*x", "abxbbxdbxebxczzx"},
		{"a*b?c*x", "abxbbxdbxebxczzy"}, {"ab[c]", "abc"}, {"ab[b-d]", "abc"}, {"ab[e-g]", "abc"},
		{"ab[^c]", "abc"}, {"ab[^b-d]", "abc"}, {"ab[^e-g]", "abc"}, {"a\\*b", "a*b"},
		{"a\\*b", "ab"}, {"a?b", "a☺b"}, {"a[^a]b", "a☺b"}, {"a???b", "a☺b"}, {"a[^a][^a][^a]b", "a☺b"},
		{"[a-ζ]*", "α"}, {"*[a-ζ]", "A"}, {"a?b", "a/b"}, {"a*b", "a/b"}, {"[\\]a]", "]"},
		{"[\\-]", "-"}, {"[x\\-]", "x"}, {"[x\\-]", "-"}, {"[x\\-]", "z"}, {"[\\-x]", "x"},
		{"[\\-x]", "-"}, {"[\\-x]", "a"}, {"[]a]", "]"}, {"[-]", "-"}, {"[x-]", "x"},
		{"[x-]", "-"}, {"[x-]", "z"}, {"[-x]", "x"}, {"[-x]", "-"}, {"[-x]", "a"}, {"\\", "a"},
		{"[a-b-c]", "a"}, {"[", "a"}, {"[^", "a"}, {"[^bc", "a"}, {"a[", "a"}, {"a[", "ab"},
		{"a[", "x"}, {"a/b[", "x"}, {"*x", "xxx"}, {"", ""}, {"", "a"}, {"*", ""}, {"**", "a/b"},
		{"a*", "a/"}, {"[a-c", "b"}, {"?", ""}, {"?", "\xff"}, {"[\xff]", "a"}, {"x[", "y"},
		{"x*[", "xyz"}, {"*[", "zz"}, {"a*b\\", "ab"}, {"*.go", "main.go"}, {"*.go", "dir/main.go"},
		{"*/*.go", "dir/main.go"}, {"[!a]", "b"}, {"[^]]", "a"}, {"a[b-]", "ab"},
		{"b*[/b*", "]/c-."}, {"--*[", ""}, {"x*y\\", "xz"}, {"a*b[", "acd"}, {"[a-c]*][\xffa[", ""},
		{"./*b.[", "c/b]]/"}, {"q*[", "q"},
	}
	for _, c := range cases {
		m, err := path.Match(c[0], c[1])
		fm, ferr := filepath.Match(c[0], c[1])
		fmt.Printf("%q %q: %v %v | %v %v %v\n", c[0], c[1], m, err, fm, ferr,
			errors.Is(ferr, filepath.ErrBadPattern) && ferr != path.ErrBadPattern || ferr == nil)
	}
}
