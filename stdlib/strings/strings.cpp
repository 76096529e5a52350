// stdlib/strings/strings.cpp — package strings.
//
// Searching, splitting, case mapping and replacing are natives (they run in loops in typical
// programs); results that are substrings share the argument's bytes, so a native allocates at
// most once. Builder and the func-taking helpers are Go.
#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <vector>

#include "stdlib/internal/native_util.h"
#include "stdlib/internal/packages.h"
#include "stdlib/internal/unicode_tables.h"
#include "stdlib/strconv/conv.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package strings

import (
	"errors"
	"io"
	"unicode/utf8"
)

// A Builder accumulates bytes. As in Go, String shares the buffer instead of copying it:
// bytes below len(buf) are never written again (appends go past them, Grow and Reset move to
// a new array), so the string stays immutable.
type Builder struct {
	buf []byte
}

func bytesToStringNoCopy(b []byte) string

func (b *Builder) String() string { return bytesToStringNoCopy(b.buf) }

func (b *Builder) Len() int { return len(b.buf) }

func (b *Builder) Cap() int { return cap(b.buf) }

func (b *Builder) Reset() { b.buf = nil }

func (b *Builder) Grow(n int) {
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		nb := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(nb, b.buf)
		b.buf = nb
	}
}

func (b *Builder) Write(p []byte) (int, error) {
	b.buf = append(b.buf, p...)
	return len(p), nil
}

func (b *Builder) WriteString(s string) (int, error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}

func (b *Builder) WriteByte(c byte) error {
	b.buf = append(b.buf, c)
	return nil
}

func (b *Builder) WriteRune(r rune) (int, error) {
	if r >= 0 && r < utf8.RuneSelf {
		b.buf = append(b.buf, byte(r))
		return 1, nil
	}
	var tmp [4]byte
	n := utf8.EncodeRune(tmp[:], r)
	b.buf = append(b.buf, tmp[:n]...)
	return n, nil
}

func Contains(s, substr string) bool
func ContainsRune(s string, r rune) bool
func ContainsAny(s, chars string) bool
func Count(s, substr string) int
func Index(s, substr string) int
func IndexByte(s string, c byte) int
func IndexRune(s string, r rune) int
func IndexAny(s, chars string) int
func LastIndex(s, substr string) int
func LastIndexByte(s string, c byte) int
func LastIndexAny(s, chars string) int
func Split(s, sep string) []string
func SplitN(s, sep string, n int) []string
func SplitAfter(s, sep string) []string
func SplitAfterN(s, sep string, n int) []string
func Fields(s string) []string
func Join(elems []string, sep string) string
func repeat(s string, count int) string

func Repeat(s string, count int) string {
	if count < 0 {
		panic("strings: negative Repeat count")
	}
	if len(s) > 0 && count > (1<<40)/len(s) {
		panic("strings: Repeat count causes overflow")
	}
	return repeat(s, count)
}
func Replace(s, old, new string, n int) string
func ToUpper(s string) string
func ToLower(s string) string
func ToTitle(s string) string
func Title(s string) string
func TrimSpace(s string) string
func Trim(s, cutset string) string
func TrimLeft(s, cutset string) string
func TrimRight(s, cutset string) string
func EqualFold(s, t string) bool

func ReplaceAll(s, old, new string) string {
	return Replace(s, old, new, -1)
}

func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[0:len(prefix)] == prefix
}

func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return 1
}

func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// Replacer applies old/new pairs left to right without overlaps; at each position the first
// pair (in argument order) whose old string matches wins, as in Go's generic replacer.
type Replacer struct {
	oldnew []string
}

func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

func (r *Replacer) lookup(s string, ignoreEmpty bool) (string, int, bool) {
	for i := 0; i+1 < len(r.oldnew); i += 2 {
		old := r.oldnew[i]
		if old == "" && ignoreEmpty {
			continue
		}
		if HasPrefix(s, old) {
			return r.oldnew[i+1], len(old), true
		}
	}
	return "", 0, false
}

func (r *Replacer) Replace(s string) string {
	var b Builder
	last := 0
	prevMatchEmpty := false
	for i := 0; i <= len(s); {
		val, keylen, match := r.lookup(s[i:], prevMatchEmpty)
		prevMatchEmpty = match && keylen == 0
		if match {
			b.WriteString(s[last:i])
			b.WriteString(val)
			i += keylen
			last = i
			continue
		}
		i++
	}
	if last == 0 && b.Len() == 0 {
		return s
	}
	if last != len(s) {
		b.WriteString(s[last:])
	}
	return b.String()
}

func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}

func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	return string([]byte(s))
}

func ToValidUTF8(s, replacement string) string {
	b := make([]byte, 0, len(s))
	invalid := false // previous byte was part of an invalid sequence
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			invalid = false
			b = append(b, c)
			continue
		}
		_, wid := utf8.DecodeRuneInString(s[i:])
		if wid == 1 {
			i++
			if !invalid {
				invalid = true
				b = append(b, replacement...)
			}
			continue
		}
		invalid = false
		b = append(b, s[i:i+wid]...)
		i += wid
	}
	return string(b)
}

// A Reader reads from a string (io.Reader, io.ByteScanner, io.RuneScanner, io.Seeker,
// io.ReaderAt, io.WriterTo).
type Reader struct {
	s        string
	i        int64 // read position
	prevRune int   // start of the rune last read by ReadRune, or -1
}

func NewReader(s string) *Reader { return &Reader{s, 0, -1} }

func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

func (r *Reader) Size() int64 { return int64(len(r.s)) }

func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return n, nil
}

func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("strings.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = io.EOF
	}
	return n, err
}

func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	b := r.s[r.i]
	r.i++
	return b, nil
}

func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadByte: at beginning of string")
	}
	r.prevRune = -1
	r.i--
	return nil
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	if c := r.s[r.i]; c < utf8.RuneSelf {
		r.i++
		return rune(c), 1, nil
	}
	ch, size = utf8.DecodeRuneInString(r.s[r.i:])
	r.i += int64(size)
	return ch, size, nil
}

func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadRune: at beginning of string")
	}
	if r.prevRune < 0 {
		return errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var abs int64
	switch whence {
	case io.SeekStart:
		abs = offset
	case io.SeekCurrent:
		abs = r.i + offset
	case io.SeekEnd:
		abs = int64(len(r.s)) + offset
	default:
		return 0, errors.New("strings.Reader.Seek: invalid whence")
	}
	if abs < 0 {
		return 0, errors.New("strings.Reader.Seek: negative position")
	}
	r.i = abs
	return abs, nil
}

func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	s := r.s[r.i:]
	m, err := io.WriteString(w, s)
	if m > len(s) {
		panic("strings.Reader.WriteTo: invalid WriteString count")
	}
	r.i += int64(m)
	n = int64(m)
	if m != len(s) && err == nil {
		err = io.ErrShortWrite
	}
	return
}

func (r *Reader) Reset(s string) { *r = Reader{s, 0, -1} }

func Map(mapping func(rune) rune, s string) string {
	var b Builder
	for _, c := range s {
		r := mapping(c)
		if r >= 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func IndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

func LastIndexFunc(s string, f func(rune) bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		i -= size
		if f(r) {
			return i
		}
	}
	return -1
}

func ContainsFunc(s string, f func(rune) bool) bool {
	return IndexFunc(s, f) >= 0
}

func TrimLeftFunc(s string, f func(rune) bool) string {
	for i, r := range s {
		if !f(r) {
			return s[i:]
		}
	}
	return ""
}

func TrimRightFunc(s string, f func(rune) bool) string {
	i := LastIndexFunc(s, func(r rune) bool { return !f(r) })
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, wid := utf8.DecodeRuneInString(s[i:])
		i += wid
	} else {
		i++
	}
	return s[0:i]
}

func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

func FieldsFunc(s string, f func(rune) bool) []string {
	var spans []string
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				spans = append(spans, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		spans = append(spans, s[start:])
	}
	return spans
}
)go";

GoString gs(const Slot* a) {
  return load<GoString>(a);
}

std::int64_t indexOf(std::string_view s, std::string_view sub) {
  std::size_t i = s.find(sub);
  return i == std::string_view::npos ? -1 : static_cast<std::int64_t>(i);
}

std::int64_t indexRune(std::string_view s, std::int32_t r) {
  if (r >= 0 && r < 0x80) {
    std::size_t i = s.find(static_cast<char>(r));
    return i == std::string_view::npos ? -1 : static_cast<std::int64_t>(i);
  }
  if (r == kRuneError) {
    for (std::size_t i = 0; i < s.size();) {
      int sz;
      std::int32_t c = decodeRune(s.substr(i), &sz);
      if (c == kRuneError) return static_cast<std::int64_t>(i);
      i += static_cast<std::size_t>(sz);
    }
    return -1;
  }
  if (!validRune(r)) return -1;
  std::string enc;
  appendRune(enc, r);
  return indexOf(s, enc);
}

std::int64_t indexAny(std::string_view s, std::string_view chars) {
  if (chars.empty()) return -1;
  for (std::size_t i = 0; i < s.size();) {
    int sz;
    std::int32_t r = decodeRune(s.substr(i), &sz);
    if (indexRune(chars, r) >= 0) return static_cast<std::int64_t>(i);
    i += static_cast<std::size_t>(sz);
  }
  return -1;
}

std::int64_t lastIndexAny(std::string_view s, std::string_view chars) {
  if (chars.empty()) return -1;
  for (std::size_t i = s.size(); i > 0;) {
    int sz;
    std::int32_t r = decodeLastRune(s.substr(0, i), &sz);
    i -= static_cast<std::size_t>(sz);
    if (indexRune(chars, r) >= 0) return static_cast<std::int64_t>(i);
  }
  return -1;
}

std::int64_t countOf(std::string_view s, std::string_view sub) {
  if (sub.empty()) return runeCount(s) + 1;
  std::int64_t n = 0;
  std::size_t i = 0;
  while ((i = s.find(sub, i)) != std::string_view::npos) {
    n++;
    i += sub.size();
  }
  return n;
}

void nContains(NativeContext&, const Slot* a, Slot* r) {
  setBool(r, indexOf(argStr(a), argStr(a + 2)) >= 0);
}
void nContainsRune(NativeContext&, const Slot* a, Slot* r) {
  setBool(r, indexRune(argStr(a), load<std::int32_t>(a + 2)) >= 0);
}
void nContainsAny(NativeContext&, const Slot* a, Slot* r) {
  setBool(r, indexAny(argStr(a), argStr(a + 2)) >= 0);
}
void nCount(NativeContext&, const Slot* a, Slot* r) {
  setInt(r, countOf(argStr(a), argStr(a + 2)));
}
void nIndex(NativeContext&, const Slot* a, Slot* r) {
  setInt(r, indexOf(argStr(a), argStr(a + 2)));
}
void nIndexByte(NativeContext&, const Slot* a, Slot* r) {
  std::size_t i = argStr(a).find(static_cast<char>(load<std::uint8_t>(a + 2)));
  setInt(r, i == std::string_view::npos ? -1 : static_cast<std::int64_t>(i));
}
void nIndexRune(NativeContext&, const Slot* a, Slot* r) {
  setInt(r, indexRune(argStr(a), load<std::int32_t>(a + 2)));
}
void nIndexAny(NativeContext&, const Slot* a, Slot* r) {
  setInt(r, indexAny(argStr(a), argStr(a + 2)));
}
void nLastIndex(NativeContext&, const Slot* a, Slot* r) {
  std::size_t i = argStr(a).rfind(argStr(a + 2));
  setInt(r, i == std::string_view::npos ? -1 : static_cast<std::int64_t>(i));
}
void nLastIndexByte(NativeContext&, const Slot* a, Slot* r) {
  std::size_t i = argStr(a).rfind(static_cast<char>(load<std::uint8_t>(a + 2)));
  setInt(r, i == std::string_view::npos ? -1 : static_cast<std::int64_t>(i));
}
void nLastIndexAny(NativeContext&, const Slot* a, Slot* r) {
  setInt(r, lastIndexAny(argStr(a), argStr(a + 2)));
}

// "\uFFFD" in static memory (the collector ignores pointers outside its heap).
constexpr char kRuneErrorBytes[] = "\xEF\xBF\xBD";
const GoString kRuneErrorString{reinterpret_cast<const std::uint8_t*>(kRuneErrorBytes), 3};

// Writes a []string of substrings of `s` given as [from, to) offsets; a negative `from` stands
// for "\uFFFD" (Go's explode replaces each invalid byte by it).
void setPieces(NativeContext& ctx, Slot* r, GoString s,
               const std::vector<std::pair<std::int64_t, std::int64_t>>& pieces, std::int64_t cap) {
  GoSlice out =
      ctx.newSlice(ctx.types().basic(Kind::String), static_cast<std::int64_t>(pieces.size()),
                   std::max<std::int64_t>(cap, static_cast<std::int64_t>(pieces.size())));
  auto* elems = static_cast<GoString*>(out.ptr);
  for (std::size_t i = 0; i < pieces.size(); i++)
    elems[i] =
        pieces[i].first < 0 ? kRuneErrorString : subString(s, pieces[i].first, pieces[i].second);
  store(r, out);
}

// Go's genSplit: n < 0 means all, n == 0 returns nil.
void genSplit(NativeContext& ctx, Slot* r, GoString s, std::string_view sep, bool sepSave,
              std::int64_t n) {
  std::string_view sv = s.view();
  std::vector<std::pair<std::int64_t, std::int64_t>> pieces;
  if (n == 0) {
    store(r, GoSlice{nullptr, 0, 0});
    return;
  }
  if (sep.empty()) {  // explode into UTF-8 sequences
    std::int64_t l = runeCount(sv);
    if (n < 0 || n > l) n = l;
    std::int64_t off = 0;
    for (std::int64_t i = 0; i < n - 1; i++) {
      int sz;
      std::int32_t c = decodeRune(sv.substr(static_cast<std::size_t>(off)), &sz);
      if (c == kRuneError && sz == 1)
        pieces.emplace_back(-1, -1);
      else
        pieces.emplace_back(off, off + sz);
      off += sz;
    }
    if (n > 0) pieces.emplace_back(off, s.len);
    setPieces(ctx, r, s, pieces, n);
    return;
  }
  if (n < 0) n = countOf(sv, sep) + 1;
  if (n > s.len + 1) n = s.len + 1;
  std::int64_t cap = n;
  n--;
  std::int64_t off = 0;
  std::int64_t i = 0;
  while (i < n) {
    std::size_t m = sv.find(sep, static_cast<std::size_t>(off));
    if (m == std::string_view::npos) break;
    auto mm = static_cast<std::int64_t>(m);
    pieces.emplace_back(off, mm + (sepSave ? static_cast<std::int64_t>(sep.size()) : 0));
    off = mm + static_cast<std::int64_t>(sep.size());
    i++;
  }
  pieces.emplace_back(off, s.len);
  setPieces(ctx, r, s, pieces, cap);
}

void nSplit(NativeContext& ctx, const Slot* a, Slot* r) {
  genSplit(ctx, r, gs(a), argStr(a + 2), false, -1);
}
void nSplitN(NativeContext& ctx, const Slot* a, Slot* r) {
  genSplit(ctx, r, gs(a), argStr(a + 2), false, argInt(a + 4));
}
void nSplitAfter(NativeContext& ctx, const Slot* a, Slot* r) {
  genSplit(ctx, r, gs(a), argStr(a + 2), true, -1);
}
void nSplitAfterN(NativeContext& ctx, const Slot* a, Slot* r) {
  genSplit(ctx, r, gs(a), argStr(a + 2), true, argInt(a + 4));
}

// Go's asciiSpace: the bytes unicode.IsSpace accepts below utf8.RuneSelf.
constexpr std::array<bool, 256> kAsciiSpace = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : {'\t', '\n', '\v', '\f', '\r', ' '}) t[c] = true;
  return t;
}();

// Fields of an all-ASCII string: count first, then fill the result directly (no temporary
// vector), as Go's Fields does. Returns false, doing nothing, if s has a non-ASCII byte.
bool asciiFields(NativeContext& ctx, GoString s, Slot* r) {
  const std::uint8_t* p = s.ptr;
  auto len = static_cast<std::size_t>(s.len);
  std::int64_t n = 0;
  bool wasSpace = true;
  unsigned char high = 0;
  for (std::size_t i = 0; i < len; i++) {
    unsigned char c = p[i];
    high |= c;
    bool isSpace = kAsciiSpace[c];
    n += static_cast<std::int64_t>(wasSpace && !isSpace);
    wasSpace = isSpace;
  }
  if (high >= 0x80) return false;
  GoSlice out = ctx.newSlice(ctx.types().basic(Kind::String), n, n);
  auto* elems = static_cast<GoString*>(out.ptr);
  // The allocation may have collected; s is still reachable from the argument slots.
  std::size_t i = 0;
  for (std::int64_t k = 0; k < n; k++) {
    while (kAsciiSpace[p[i]]) i++;
    std::size_t start = i;
    while (i < len && !kAsciiSpace[p[i]]) i++;
    elems[k] = GoString{p + start, static_cast<std::int64_t>(i - start)};
  }
  store(r, out);
  return true;
}

void nFields(NativeContext& ctx, const Slot* a, Slot* r) {
  GoString s = gs(a);
  if (asciiFields(ctx, s, r)) return;
  std::string_view sv = s.view();
  std::vector<std::pair<std::int64_t, std::int64_t>> pieces;
  std::int64_t start = -1;
  for (std::size_t i = 0; i < sv.size();) {
    int sz = 1;
    std::int32_t c = static_cast<unsigned char>(sv[i]);
    if (c >= 0x80) c = decodeRune(sv.substr(i), &sz);
    auto ii = static_cast<std::int64_t>(i);
    if (uIsSpace(c)) {
      if (start >= 0) {
        pieces.emplace_back(start, ii);
        start = -1;
      }
    } else if (start < 0) {
      start = ii;
    }
    i += static_cast<std::size_t>(sz);
  }
  if (start >= 0) pieces.emplace_back(start, s.len);
  setPieces(ctx, r, s, pieces, static_cast<std::int64_t>(pieces.size()));
}

void nBytesToStringNoCopy(NativeContext&, const Slot* a, Slot* r) {
  GoSlice b = argSlice(a);
  store(r, GoString{static_cast<const std::uint8_t*>(b.ptr), b.len});
}

void nJoin(NativeContext& ctx, const Slot* a, Slot* r) {
  GoSlice elems = argSlice(a);
  std::string_view sep = argStr(a + 3);
  const auto* e = static_cast<const GoString*>(elems.ptr);
  if (elems.len == 0) {
    setStr(r, GoString{nullptr, 0});
    return;
  }
  if (elems.len == 1) {
    setStr(r, e[0]);
    return;
  }
  std::string out;
  for (std::int64_t i = 0; i < elems.len; i++) {
    if (i > 0) out += sep;
    out += e[i].view();
  }
  setStr(r, ctx.newString(out));
}

void nRepeat(NativeContext& ctx, const Slot* a, Slot* r) {
  GoString s = gs(a);
  std::int64_t count = argInt(a + 2);
  std::string out;
  out.reserve(static_cast<std::size_t>(s.len * count));
  for (std::int64_t i = 0; i < count; i++) out += s.view();
  setStr(r, ctx.newString(out));
}

void nReplace(NativeContext& ctx, const Slot* a, Slot* r) {
  GoString s = gs(a);
  std::string_view sv = s.view(), oldS = argStr(a + 2), newS = argStr(a + 4);
  std::int64_t n = argInt(a + 6);
  if (oldS == newS || n == 0) {
    setStr(r, s);
    return;
  }
  std::int64_t m = countOf(sv, oldS);
  if (m == 0) {
    setStr(r, s);
    return;
  }
  if (n < 0 || m < n) n = m;
  std::string out;
  std::size_t start = 0;
  for (std::int64_t i = 0; i < n; i++) {
    std::size_t j = start;
    if (oldS.empty()) {
      if (i > 0) {
        int sz;
        decodeRune(sv.substr(start), &sz);
        j += static_cast<std::size_t>(sz);
      }
    } else {
      j = sv.find(oldS, start);
    }
    out += sv.substr(start, j - start);
    out += newS;
    start = j + oldS.size();
  }
  out += sv.substr(start);
  setStr(r, ctx.newString(out));
}

template <class F>
void mapRunes(NativeContext& ctx, const Slot* a, Slot* r, F f) {
  GoString s = gs(a);
  std::string_view sv = s.view();
  std::string out;
  out.reserve(sv.size());
  bool changed = false;
  for (std::size_t i = 0; i < sv.size();) {
    int sz = 1;
    std::int32_t c = static_cast<unsigned char>(sv[i]);
    if (c >= 0x80) c = decodeRune(sv.substr(i), &sz);
    std::int32_t m = f(c);
    if (m != c) changed = true;
    // Go's Map turns every invalid byte into U+FFFD (so the string counts as changed).
    if (c == kRuneError && sz == 1) changed = true;
    appendRune(out, m);
    i += static_cast<std::size_t>(sz);
  }
  if (!changed) {
    setStr(r, s);
    return;
  }
  setStr(r, ctx.newString(out));
}

void nToUpper(NativeContext& ctx, const Slot* a, Slot* r) {
  mapRunes(ctx, a, r, uToUpper);
}
void nToLower(NativeContext& ctx, const Slot* a, Slot* r) {
  mapRunes(ctx, a, r, uToLower);
}
void nToTitle(NativeContext& ctx, const Slot* a, Slot* r) {
  mapRunes(ctx, a, r, uToTitle);
}

void nTitle(NativeContext& ctx, const Slot* a, Slot* r) {
  // Deprecated strings.Title: upper-case letters that begin words (separators: non letters,
  // digits and underscore).
  std::int32_t prev = ' ';
  auto f = [&prev](std::int32_t c) {
    bool sep = !(uIsLetter(c) || uIsDigit(c) || c == '_');
    if (c < 0x80)
      sep =
          !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_');
    bool prevSep;
    if (prev < 0x80)
      prevSep = !((prev >= '0' && prev <= '9') || (prev >= 'a' && prev <= 'z') ||
                  (prev >= 'A' && prev <= 'Z') || prev == '_');
    else
      prevSep = uIsSpace(prev) || !(uIsLetter(prev) || uIsDigit(prev));
    std::int32_t out = prevSep ? uToTitle(c) : c;
    (void)sep;
    prev = c;
    return out;
  };
  mapRunes(ctx, a, r, f);
}

bool inCutset(std::int32_t c, std::string_view cutset) {
  return indexRune(cutset, c) >= 0;
}

std::int64_t trimLeftIdx(std::string_view s, std::string_view cutset) {
  std::size_t i = 0;
  while (i < s.size()) {
    int sz;
    std::int32_t c = decodeRune(s.substr(i), &sz);
    if (!inCutset(c, cutset)) break;
    i += static_cast<std::size_t>(sz);
  }
  return static_cast<std::int64_t>(i);
}

std::int64_t trimRightIdx(std::string_view s, std::string_view cutset) {
  std::size_t i = s.size();
  while (i > 0) {
    int sz;
    std::int32_t c = decodeLastRune(s.substr(0, i), &sz);
    if (!inCutset(c, cutset)) break;
    i -= static_cast<std::size_t>(sz);
  }
  return static_cast<std::int64_t>(i);
}

void nTrim(NativeContext&, const Slot* a, Slot* r) {
  GoString s = gs(a);
  std::string_view cut = argStr(a + 2);
  if (s.len == 0 || cut.empty()) {
    setStr(r, s);
    return;
  }
  std::int64_t lo = trimLeftIdx(s.view(), cut);
  std::int64_t hi = lo + trimRightIdx(s.view().substr(static_cast<std::size_t>(lo)), cut);
  setStr(r, subString(s, lo, hi));
}

void nTrimLeft(NativeContext&, const Slot* a, Slot* r) {
  GoString s = gs(a);
  std::string_view cut = argStr(a + 2);
  if (s.len == 0 || cut.empty()) {
    setStr(r, s);
    return;
  }
  setStr(r, subString(s, trimLeftIdx(s.view(), cut), s.len));
}

void nTrimRight(NativeContext&, const Slot* a, Slot* r) {
  GoString s = gs(a);
  std::string_view cut = argStr(a + 2);
  if (s.len == 0 || cut.empty()) {
    setStr(r, s);
    return;
  }
  setStr(r, subString(s, 0, trimRightIdx(s.view(), cut)));
}

void nTrimSpace(NativeContext&, const Slot* a, Slot* r) {
  GoString s = gs(a);
  std::string_view sv = s.view();
  std::size_t lo = 0;
  while (lo < sv.size()) {
    int sz;
    std::int32_t c = decodeRune(sv.substr(lo), &sz);
    if (!uIsSpace(c)) break;
    lo += static_cast<std::size_t>(sz);
  }
  std::size_t hi = sv.size();
  while (hi > lo) {
    int sz;
    std::int32_t c = decodeLastRune(sv.substr(lo, hi - lo), &sz);
    if (!uIsSpace(c)) break;
    hi -= static_cast<std::size_t>(sz);
  }
  setStr(r, subString(s, static_cast<std::int64_t>(lo), static_cast<std::int64_t>(hi)));
}

bool foldEq(std::int32_t a, std::int32_t b) {
  if (a == b) return true;
  std::int32_t x = uSimpleFold(a);
  for (int i = 0; i < 4 && x != a; i++) {
    if (x == b) return true;
    x = uSimpleFold(x);
  }
  return false;
}

void nEqualFold(NativeContext&, const Slot* a, Slot* r) {
  std::string_view s = argStr(a), t = argStr(a + 2);
  while (!s.empty() && !t.empty()) {
    int n1, n2;
    std::int32_t c1 = decodeRune(s, &n1), c2 = decodeRune(t, &n2);
    s.remove_prefix(static_cast<std::size_t>(n1));
    t.remove_prefix(static_cast<std::size_t>(n2));
    if (!foldEq(c1, c2)) {
      setBool(r, false);
      return;
    }
  }
  setBool(r, s.empty() && t.empty());
}

}  // namespace

StdPackage stringsPackage() {
  return StdPackage{"strings",
                    "strings",
                    kPrelude,
                    {
                        {"bytesToStringNoCopy", nBytesToStringNoCopy},
                        {"Contains", nContains},
                        {"ContainsRune", nContainsRune},
                        {"ContainsAny", nContainsAny},
                        {"Count", nCount},
                        {"Index", nIndex},
                        {"IndexByte", nIndexByte},
                        {"IndexRune", nIndexRune},
                        {"IndexAny", nIndexAny},
                        {"LastIndex", nLastIndex},
                        {"LastIndexByte", nLastIndexByte},
                        {"LastIndexAny", nLastIndexAny},
                        {"Split", nSplit},
                        {"SplitN", nSplitN},
                        {"SplitAfter", nSplitAfter},
                        {"SplitAfterN", nSplitAfterN},
                        {"Fields", nFields},
                        {"Join", nJoin},
                        {"repeat", nRepeat},
                        {"Replace", nReplace},
                        {"ToUpper", nToUpper},
                        {"ToLower", nToLower},
                        {"ToTitle", nToTitle},
                        {"Title", nTitle},
                        {"TrimSpace", nTrimSpace},
                        {"Trim", nTrim},
                        {"TrimLeft", nTrimLeft},
                        {"TrimRight", nTrimRight},
                        {"EqualFold", nEqualFold},
                    }};
}

}  // namespace gomi::stdlib
