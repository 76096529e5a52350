// stdlib/path/filepath/filepath.cpp — package path/filepath: the lexical functions, for Unix
// (Separator '/', ListSeparator ':', no volume names), in Go. On Unix they compute what package
// path computes, so most delegate to it; Match returns filepath's own ErrBadPattern. Nothing
// that touches the file system (Abs, EvalSymlinks, Glob, Walk, WalkDir) is provided.
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package filepath

import (
	"errors"
	"path"
	"strings"
)

const (
	Separator     = '/'
	ListSeparator = ':'
)

var ErrBadPattern = errors.New("syntax error in pattern")

func Clean(p string) string { return path.Clean(p) }

func ToSlash(p string) string { return p }

func FromSlash(p string) string { return p }

func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, ":")
}

func Split(p string) (dir, file string) { return path.Split(p) }

func Join(elem ...string) string { return path.Join(elem...) }

func Ext(p string) string { return path.Ext(p) }

func Base(p string) string { return path.Base(p) }

func Dir(p string) string { return path.Dir(p) }

func IsAbs(p string) bool { return strings.HasPrefix(p, "/") }

func VolumeName(p string) string { return "" }

func HasPrefix(p, prefix string) bool { return strings.HasPrefix(p, prefix) }

func Match(pattern, name string) (matched bool, err error) {
	matched, err = path.Match(pattern, name)
	if err == path.ErrBadPattern {
		err = ErrBadPattern
	}
	return
}

func Rel(basepath, targpath string) (string, error) {
	base, targ := Clean(basepath), Clean(targpath)
	if base == targ {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if IsAbs(base) != IsAbs(targ) {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	// Skip the leading elements the two have in common: base[bs:be] and targ[ts:te] are the
	// first elements that differ.
	bs, be, ts, te := 0, 0, 0, 0
	for {
		for be < len(base) && base[be] != '/' {
			be++
		}
		for te < len(targ) && targ[te] != '/' {
			te++
		}
		if base[bs:be] != targ[ts:te] {
			break
		}
		if be < len(base) {
			be++
		}
		if te < len(targ) {
			te++
		}
		bs, ts = be, te
	}
	if base[bs:be] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	if bs == len(base) {
		return targ[ts:], nil
	}
	// Climb out of each remaining base element, then descend into the rest of targ.
	up := strings.Repeat("../", strings.Count(base[bs:], "/")) + ".."
	if ts != len(targ) {
		return up + "/" + targ[ts:], nil
	}
	return up, nil
}
)go";

}  // namespace

StdPackage filepathPackage() {
  return StdPackage{"path/filepath", "filepath", kPrelude, {}};
}

}  // namespace gomi::stdlib
