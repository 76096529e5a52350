package main

import (
	"fmt"
	"path/filepath"
)

func main() {
	rels := [][2]string{
		{"a/b", "a/b"}, {"a/b/.", "a/b"}, {"a/b", "a/b/."}, {"./a/b", "a/b"}, {"a/b", "./a/b"},
		{"ab/cd", "ab/cde"}, {"ab/cd", "ab/c"}, {"a/b", "a/b/c/d"}, {"a/b", "a/b/../c"},
		{"a/b/../c", "a/b"}, {"a/b/c", "a/c/d"}, {"a/b", "c/d"}, {"a/b/c/d", "a/b"},
		{"a/b/c/d", "a/b/"}, {"a/b/c/d/", "a/b"}, {"a/b/c/d/", "a/b/"}, {"../../a/b", "../../a/b/c/d"},
		{"/a/b", "/a/b"}, {"/a/b/.", "/a/b"}, {"/a/b", "/a/b/."}, {"/ab/cd", "/ab/cde"},
		{"/ab/cd", "/ab/c"}, {"/a/b", "/a/b/c/d"}, {"/a/b", "/a/b/../c"}, {"/a/b/../c", "/a/b"},
		{"/a/b/c", "/a/c/d"}, {"/a/b", "/c/d"}, {"/a/b/c/d", "/a/b"}, {"/a/b/c/d", "/a/b/"},
		{"/a/b/c/d/", "/a/b"}, {"/a/b/c/d/", "/a/b/"}, {"/../../a/b", "/../../a/b/c/d"}, {".", "a/b"},
		{".", ".."}, {"", "a"}, {"a", ""}, {"/", "/x/y"}, {"/x/y", "/"},
		{"..", "."}, {"..", "a"}, {"../..", ".."}, {"a", "/a"}, {"/a", "a"}, {"../x", "y"},
	}
	for _, r := range rels {
		s, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q, %v\n", r[0], r[1], s, err)
	}
	for _, l := range []string{"", "a", "a:b:c", ":", "/usr/bin::/bin:"} {
		fmt.Printf("%q -> %q %d\n", l, filepath.SplitList(l), len(filepath.SplitList(l)))
	}
	fmt.Println(filepath.Separator, filepath.ListSeparator, string(filepath.Separator))
	fmt.Printf("%q %q %q\n", filepath.ToSlash("a/b\\c"), filepath.FromSlash("a/b"), filepath.VolumeName("/x/y"))
	fmt.Println(filepath.Join("a", "b/../c", "/d"), filepath.Clean("//x/./y/.."), filepath.Base("/a/b.txt/"),
		filepath.Dir("/a/b.txt"), filepath.Ext("x/y.tar.gz"), filepath.IsAbs("/x"), filepath.IsAbs("x"),
		filepath.HasPrefix("/a/b", "/a"))
	d, f := filepath.Split("/home/user/file.txt")
	fmt.Println(d, f)
	fmt.Printf("%T %T\n", filepath.Separator, filepath.ListSeparator)
}
