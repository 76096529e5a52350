// stdlib/path/filepath/filepath.cpp — package path/filepath: the lexical functions, for Unix
// (Separator '/', ListSeparator ':', no volume names), in Go. On Unix they compute what package
// path computes, so most delegate to it. Match has its own copy of path's matcher: it returns
// filepath's own ErrBadPattern and, as in Go 1.19, does not scan the rest of a pattern that
// failed to match for syntax errors (path.Match does). Nothing that touches the file system
// (Abs, EvalSymlinks, Glob, Walk, WalkDir) is provided.
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package filepath

import (
	"errors"
	"path"
	"strings"
	"unicode/utf8"
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

// nextChunk splits a pattern into its leading stars (reported as star), the chunk up to the
// next star outside a character class, and the rest.
func nextChunk(pattern string) (star bool, chunk, rest string) {
	i := 0
	for i < len(pattern) && pattern[i] == '*' {
		i++
	}
	star = i > 0
	pattern = pattern[i:]
	inClass := false
	for i = 0; i < len(pattern); i++ {
		c := pattern[i]
		if c == '\\' {
			if i+1 < len(pattern) {
				i++
			}
		} else if c == '[' {
			inClass = true
		} else if c == ']' {
			inClass = false
		} else if c == '*' && !inClass {
			break
		}
	}
	return star, pattern[:i], pattern[i:]
}

// classChar reads one character of a class, unescaping it; a class that ends there, a bare
// '-' or ']', or an invalid UTF-8 byte is a syntax error.
func classChar(chunk string) (rune, string, error) {
	if chunk == "" || chunk[0] == '-' || chunk[0] == ']' {
		return 0, chunk, ErrBadPattern
	}
	if chunk[0] == '\\' {
		chunk = chunk[1:]
		if chunk == "" {
			return 0, chunk, ErrBadPattern
		}
	}
	r, size := utf8.DecodeRuneInString(chunk)
	rest := chunk[size:]
	if (r == utf8.RuneError && size == 1) || rest == "" {
		return r, rest, ErrBadPattern
	}
	return r, rest, nil
}

// matchPrefix matches chunk (no stars) against the start of s and returns what follows. Once
// the match has failed, the chunk is still read to the end to find syntax errors.
func matchPrefix(chunk, s string) (string, bool, error) {
	miss := false
	for chunk != "" {
		if s == "" {
			miss = true
		}
		c := chunk[0]
		if c == '[' {
			var r rune
			if !miss {
				var size int
				r, size = utf8.DecodeRuneInString(s)
				s = s[size:]
			}
			chunk = chunk[1:]
			negate := chunk != "" && chunk[0] == '^'
			if negate {
				chunk = chunk[1:]
			}
			in := false
			for ranges := 0; ; ranges++ {
				if ranges > 0 && chunk != "" && chunk[0] == ']' {
					chunk = chunk[1:]
					break
				}
				lo, next, err := classChar(chunk)
				if err != nil {
					return "", false, err
				}
				chunk = next
				hi := lo
				if chunk[0] == '-' {
					if hi, chunk, err = classChar(chunk[1:]); err != nil {
						return "", false, err
					}
				}
				if lo <= r && r <= hi {
					in = true
				}
			}
			if in == negate {
				miss = true
			}
			continue
		}
		if c == '?' {
			if !miss {
				if s[0] == '/' {
					miss = true
				}
				_, size := utf8.DecodeRuneInString(s)
				s = s[size:]
			}
			chunk = chunk[1:]
			continue
		}
		if c == '\\' {
			chunk = chunk[1:]
			if chunk == "" {
				return "", false, ErrBadPattern
			}
		}
		if !miss {
			if chunk[0] != s[0] {
				miss = true
			}
			s = s[1:]
		}
		chunk = chunk[1:]
	}
	if miss {
		return "", false, nil
	}
	return s, true, nil
}

func Match(pattern, name string) (matched bool, err error) {
	for pattern != "" {
		star, chunk, rest := nextChunk(pattern)
		pattern = rest
		if star && chunk == "" {
			// A trailing star matches anything without a slash.
			return strings.IndexByte(name, '/') < 0, nil
		}
		after, ok, err := matchPrefix(chunk, name)
		if ok && (after == "" || pattern != "") {
			name = after
			continue
		}
		if err != nil {
			return false, err
		}
		found := false
		if star {
			// The star takes the shortest run of non-slash bytes after which the chunk
			// matches (the whole rest of the name if this is the last chunk).
			for i := 0; i < len(name) && name[i] != '/'; i++ {
				after, ok, err := matchPrefix(chunk, name[i+1:])
				if ok {
					if pattern == "" && after != "" {
						continue
					}
					name = after
					found = true
					break
				}
				if err != nil {
					return false, err
				}
			}
		}
		if found {
			continue
		}
		// Unlike path.Match, the rest of the pattern is not checked for syntax errors.
		return false, nil
	}
	return name == "", nil
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
