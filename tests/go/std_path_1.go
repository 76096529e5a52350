package main

import (
	"fmt"
	"path"
)

func main() {
	paths := []string{"", ".", "..", "/", "//", "///a//b/", "a/b/c", "a/b/../c", "a/../..", "../../a/b",
		"/../a", "/a/b/../../..", "a/./b/.", "./", "abc/def/", "a//b//c//", "/a/b/c/../d/./e/..",
		"..a/b..", ".../a", "x/..", "x/../..", "/x/../../y", "a.b/c.d", "file.tar.gz", ".hidden",
		"dir.d/", "a/b.", "héllo/wörld.txt"}
	for _, p := range paths {
		dir, file := path.Split(p)
		fmt.Printf("%q: Clean=%q Base=%q Dir=%q Ext=%q IsAbs=%v Split=(%q,%q)\n",
			p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p), dir, file)
	}
	fmt.Printf("%q\n", path.Join())
	fmt.Printf("%q\n", path.Join("", ""))
	fmt.Printf("%q\n", path.Join("a", "b", "c"))
	fmt.Printf("%q\n", path.Join("a", "", "b"))
	fmt.Printf("%q\n", path.Join("", "a"))
	fmt.Printf("%q\n", path.Join("/", "a", "../..", "b"))
	fmt.Printf("%q\n", path.Join("a/", "/b/"))
	fmt.Printf("%q\n", path.Join("..", "x"))
	fmt.Printf("%q\n", path.Join("", "/"))
	fmt.Printf("%q\n", path.Join("a", "."))
	parts := []string{"usr", "local", "bin"}
	fmt.Println(path.Join(parts...))
}
