// stdlib/path/path.cpp — package path: slash-separated paths, purely lexical, in Go.
//
// Match reproduces Go 1.19's matcher exactly, including when a malformed pattern is reported as
// ErrBadPattern and when it is not (a mismatch found before the bad part is reached still
// scans the rest of the pattern for errors; a match that ends early does not).
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package path

import (
	"errors"
	"strings"
	"unicode/utf8"
)

var ErrBadPattern = errors.New("syntax error in pattern")

// Clean keeps one slash between elements, drops "." elements, resolves ".." against the
// element before it (or drops it at the root) and gives "." for an empty result.
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	var kept []string
	for i := 0; i < len(path); {
		j := i
		for j < len(path) && path[j] != '/' {
			j++
		}
		elem := path[i:j]
		i = j + 1
		switch {
		case elem == "" || elem == ".":
		case elem == "..":
			if n := len(kept); n > 0 && kept[n-1] != ".." {
				kept = kept[:n-1]
			} else if !rooted {
				kept = append(kept, "..")
			}
		default:
			kept = append(kept, elem)
		}
	}
	out := strings.Join(kept, "/")
	if rooted {
		return "/" + out
	}
	if out == "" {
		return "."
	}
	return out
}

func Split(path string) (dir, file string) {
	i := strings.LastIndexByte(path, '/')
	return path[:i+1], path[i+1:]
}

func Join(elem ...string) string {
	var parts []string
	for _, e := range elem {
		if e != "" {
			parts = append(parts, e)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return Clean(strings.Join(parts, "/"))
}

func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

func Base(path string) string {
	if path == "" {
		return "."
	}
	end := len(path)
	for end > 0 && path[end-1] == '/' {
		end--
	}
	if end == 0 {
		return "/"
	}
	path = path[:end]
	return path[strings.LastIndexByte(path, '/')+1:]
}

func IsAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}

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
		// No match: report a syntax error anywhere in the rest of the pattern.
		for pattern != "" {
			_, chunk, pattern = nextChunk(pattern)
			if _, _, err := matchPrefix(chunk, ""); err != nil {
				return false, err
			}
		}
		return false, nil
	}
	return name == "", nil
}
)go";

}  // namespace

StdPackage pathPackage() {
  return StdPackage{"path", "path", kPrelude, {}};
}

}  // namespace gomi::stdlib
