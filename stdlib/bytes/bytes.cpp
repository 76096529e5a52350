// stdlib/bytes/bytes.cpp — package bytes.
//
// Searching, comparing and case mapping are natives over the slices' bytes; everything whose
// result aliases its argument (Split, Fields, Trim*, Cut, ...) is Go, so the subslices have
// exactly Go's lengths and capacities. Buffer and Reader are Go.
#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

#include "stdlib/internal/native_util.h"
#include "stdlib/internal/packages.h"
#include "stdlib/internal/unicode_tables.h"
#include "stdlib/strconv/conv.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package bytes

import (
	"errors"
	"io"
	"unicode"
	"unicode/utf8"
)

func Equal(a, b []byte) bool
func Compare(a, b []byte) int
func Index(s, sep []byte) int
func IndexByte(b []byte, c byte) int
func IndexRune(s []byte, r rune) int
func IndexAny(s []byte, chars string) int
func LastIndex(s, sep []byte) int
func LastIndexByte(s []byte, c byte) int
func LastIndexAny(s []byte, chars string) int
func Count(s, sep []byte) int
func EqualFold(s, t []byte) bool

// decodeRune and decodeLastRune are utf8.DecodeRune/DecodeLastRune without the string copy.
func decodeRune(p []byte) (rune, int)
func decodeLastRune(p []byte) (rune, int)
func runeCount(p []byte) int

// mapCase maps every rune of s to upper (mode 0), lower (1) or title case (2) into a new slice
// sized as Go's Map sizes it. For modes 0 and 1 it returns nil when s is ASCII and already in
// that case (Go then returns a plain copy).
func mapCase(s []byte, mode int) []byte

func Contains(b, subslice []byte) bool { return Index(b, subslice) != -1 }

func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && Equal(s[:len(prefix)], prefix)
}

func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

func Cut(s, sep []byte) (before, after []byte, found bool) {
	i := Index(s, sep)
	if i < 0 {
		return s, nil, false
	}
	return s[:i], s[i+len(sep):], true
}

// splitRunes cuts s after each UTF-8 sequence (an invalid byte is a sequence of its own); the
// n-th piece, if reached, is the rest of s.
func splitRunes(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	out := make([][]byte, n)
	k := 0
	for len(s) > 0 {
		if k == n-1 {
			out[k] = s
			k++
			break
		}
		_, w := decodeRune(s)
		out[k] = s[0:w:w]
		s = s[w:]
		k++
	}
	return out[:k]
}

// split cuts s around (keep == 0) or after (keep == len(sep)) at most n-1 separators.
func split(s, sep []byte, keep, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return splitRunes(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	out := make([][]byte, n)
	k := 0
	for k < n-1 {
		i := Index(s, sep)
		if i < 0 {
			break
		}
		e := i + keep
		out[k] = s[:e:e]
		s = s[i+len(sep):]
		k++
	}
	out[k] = s
	return out[:k+1]
}

func Split(s, sep []byte) [][]byte { return split(s, sep, 0, -1) }

func SplitN(s, sep []byte, n int) [][]byte { return split(s, sep, 0, n) }

func SplitAfter(s, sep []byte) [][]byte { return split(s, sep, len(sep), -1) }

func SplitAfterN(s, sep []byte, n int) [][]byte { return split(s, sep, len(sep), n) }

var spaceByte = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

func Fields(s []byte) [][]byte {
	for _, c := range s {
		if c >= utf8.RuneSelf {
			return FieldsFunc(s, unicode.IsSpace)
		}
	}
	n := 0
	inField := false
	for _, c := range s {
		if spaceByte[c] {
			inField = false
		} else if !inField {
			inField = true
			n++
		}
	}
	out := make([][]byte, n)
	k := 0
	i := 0
	for k < n {
		for spaceByte[s[i]] {
			i++
		}
		j := i
		for j < len(s) && !spaceByte[s[j]] {
			j++
		}
		out[k] = s[i:j:j]
		k++
		i = j
	}
	return out
}

func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	type field struct{ from, to int }
	found := make([]field, 0, 32)
	from := -1
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = decodeRune(s[i:])
		}
		if f(r) {
			if from >= 0 {
				found = append(found, field{from, i})
				from = -1
			}
		} else if from < 0 {
			from = i
		}
		i += w
	}
	if from >= 0 {
		found = append(found, field{from, len(s)})
	}
	out := make([][]byte, len(found))
	for k, fd := range found {
		out[k] = s[fd.from:fd.to:fd.to]
	}
	return out
}

func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	if len(s) == 1 {
		return append([]byte(nil), s[0]...)
	}
	size := len(sep) * (len(s) - 1)
	for _, e := range s {
		size += len(e)
	}
	out := make([]byte, size)
	at := copy(out, s[0])
	for _, e := range s[1:] {
		at += copy(out[at:], sep)
		at += copy(out[at:], e)
	}
	return out
}

func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	if len(b)*count/count != len(b) {
		panic("bytes: Repeat count causes overflow")
	}
	out := make([]byte, len(b)*count)
	done := copy(out, b)
	for done < len(out) {
		done += copy(out[done:], out[:done])
	}
	return out
}

func Map(mapping func(r rune) rune, s []byte) []byte {
	size := len(s)
	used := 0
	out := make([]byte, size)
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = decodeRune(s[i:])
		}
		i += w
		m := mapping(r)
		if m < 0 {
			continue
		}
		n := utf8.RuneLen(m)
		if n < 0 {
			n = 3
		}
		if used+n > size {
			size = 2*size + utf8.UTFMax
			bigger := make([]byte, size)
			copy(bigger, out[:used])
			out = bigger
		}
		used += utf8.EncodeRune(out[used:size], m)
	}
	return out[:used]
}

func ToUpper(s []byte) []byte {
	if t := mapCase(s, 0); t != nil {
		return t
	}
	return append([]byte(""), s...)
}

func ToLower(s []byte) []byte {
	if t := mapCase(s, 1); t != nil {
		return t
	}
	return append([]byte(""), s...)
}

func ToTitle(s []byte) []byte { return mapCase(s, 2) }

// wordSeparator is the deprecated Title's notion of a word boundary.
func wordSeparator(r rune) bool {
	if r < utf8.RuneSelf {
		return !('0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '_')
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

func Title(s []byte) []byte {
	prev := ' '
	return Map(func(r rune) rune {
		sep := wordSeparator(prev)
		prev = r
		if sep {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

func ToValidUTF8(s, replacement []byte) []byte {
	out := make([]byte, 0, len(s)+len(replacement))
	bad := false
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			out = append(out, s[i])
			i++
			bad = false
			continue
		}
		_, w := decodeRune(s[i:])
		if w == 1 {
			if !bad {
				out = append(out, replacement...)
				bad = true
			}
			i++
			continue
		}
		out = append(out, s[i:i+w]...)
		i += w
		bad = false
	}
	return out
}

func Runes(s []byte) []rune {
	out := make([]rune, runeCount(s))
	for k := range out {
		r, w := decodeRune(s)
		out[k] = r
		s = s[w:]
	}
	return out
}

func Replace(s, old, new []byte, n int) []byte {
	m := 0
	if n != 0 {
		m = Count(s, old)
	}
	if m == 0 {
		return append([]byte(nil), s...)
	}
	if n < 0 || n > m {
		n = m
	}
	out := make([]byte, len(s)+n*(len(new)-len(old)))
	at := 0
	from := 0
	for k := 0; k < n; k++ {
		j := from
		if len(old) == 0 {
			if k > 0 {
				_, w := decodeRune(s[from:])
				j += w
			}
		} else {
			j += Index(s[from:], old)
		}
		at += copy(out[at:], s[from:j])
		at += copy(out[at:], new)
		from = j + len(old)
	}
	at += copy(out[at:], s[from:])
	return out[:at]
}

func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

func IndexFunc(s []byte, f func(r rune) bool) int { return firstWhere(s, f, true) }

func LastIndexFunc(s []byte, f func(r rune) bool) int { return lastWhere(s, f, true) }

// firstWhere and lastWhere: the offset of the first (last) rune r with f(r) == want, or -1.
func firstWhere(s []byte, f func(r rune) bool, want bool) int {
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = decodeRune(s[i:])
		}
		if f(r) == want {
			return i
		}
		i += w
	}
	return -1
}

func lastWhere(s []byte, f func(r rune) bool, want bool) int {
	for i := len(s); i > 0; {
		r, w := rune(s[i-1]), 1
		if r >= utf8.RuneSelf {
			r, w = decodeLastRune(s[:i])
		}
		i -= w
		if f(r) == want {
			return i
		}
	}
	return -1
}

func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := firstWhere(s, f, false)
	if i < 0 {
		return nil
	}
	return s[i:]
}

func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := lastWhere(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, w := decodeRune(s[i:])
		return s[:i+w]
	}
	return s[:i+1]
}

func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

func inCutset(cutset string, r rune) bool {
	for _, c := range cutset {
		if c == r {
			return true
		}
	}
	return false
}

// trimFront drops the leading runes found in cutset; like Go it answers nil, not an empty
// subslice, when nothing is left.
func trimFront(s []byte, cutset string) []byte {
	for len(s) > 0 {
		r, w := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, w = decodeRune(s)
		}
		if !inCutset(cutset, r) {
			return s
		}
		s = s[w:]
	}
	return nil
}

func trimBack(s []byte, cutset string) []byte {
	for len(s) > 0 {
		r, w := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, w = decodeLastRune(s)
		}
		if !inCutset(cutset, r) {
			break
		}
		s = s[:len(s)-w]
	}
	return s
}

func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return trimFront(trimBack(s, cutset), cutset)
}

func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return trimFront(s, cutset)
}

func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	return trimBack(s, cutset)
}

func TrimSpace(s []byte) []byte {
	lo := 0
	for lo < len(s) {
		c := s[lo]
		if c >= utf8.RuneSelf {
			return TrimFunc(s[lo:], unicode.IsSpace)
		}
		if !spaceByte[c] {
			break
		}
		lo++
	}
	hi := len(s)
	for hi > lo {
		c := s[hi-1]
		if c >= utf8.RuneSelf {
			return TrimFunc(s[lo:hi], unicode.IsSpace)
		}
		if !spaceByte[c] {
			break
		}
		hi--
	}
	if lo == hi {
		return nil
	}
	return s[lo:hi]
}

// A Buffer is a byte buffer read from the front and written at the back. The unread bytes are
// buf[off:]; lastRead remembers the last read (-1 any read, 1..4 a ReadRune of that size, 0
// none) for UnreadByte and UnreadRune.
type Buffer struct {
	buf      []byte
	off      int
	lastRead int8
}

const (
	opRead    int8 = -1
	opInvalid int8 = 0
)

var ErrTooLarge = errors.New("bytes.Buffer: too large")
var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")
var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

const smallBufferSize = 64

const maxInt = int(^uint(0) >> 1)

func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

func (b *Buffer) Len() int { return len(b.buf) - b.off }

func (b *Buffer) Cap() int { return cap(b.buf) }

func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = opInvalid
}

func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = opInvalid
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

// reslice makes room for n more bytes at the back without moving anything, if the array has
// it, and returns where they start.
func (b *Buffer) reslice(n int) (int, bool) {
	if l := len(b.buf); n <= cap(b.buf)-l {
		b.buf = b.buf[:l+n]
		return l, true
	}
	return 0, false
}

// extend makes room for n more bytes at the back and returns where they start. An empty buffer
// restarts at the front of its array; otherwise the unread bytes move down to the front when
// that leaves the array at most half full, else to an array at least twice as large.
func (b *Buffer) extend(n int) int {
	unread := b.Len()
	if unread == 0 && b.off != 0 {
		b.Reset()
	}
	if at, ok := b.reslice(n); ok {
		return at
	}
	if b.buf == nil && n <= smallBufferSize {
		b.buf = make([]byte, n, smallBufferSize)
		return 0
	}
	c := cap(b.buf)
	if n <= c/2-unread {
		copy(b.buf, b.buf[b.off:])
	} else if c > maxInt-c-n {
		panic(ErrTooLarge)
	} else {
		size := unread + b.off + n
		if rest := cap(b.buf) - b.off; size < 2*rest {
			size = 2 * rest
		}
		bigger := append([]byte(nil), make([]byte, size)...)
		copy(bigger, b.buf[b.off:])
		b.buf = bigger
	}
	b.off = 0
	b.buf = b.buf[:unread+n]
	return unread
}

// room is extend with the cheap case first (the writers' path).
func (b *Buffer) room(n int) int {
	if at, ok := b.reslice(n); ok {
		return at
	}
	return b.extend(n)
}

func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	at := b.extend(n)
	b.buf = b.buf[:at]
}

func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	at := b.room(len(p))
	return copy(b.buf[at:], p), nil
}

func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = opInvalid
	at := b.room(len(s))
	return copy(b.buf[at:], s), nil
}

func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = opInvalid
	at := b.room(1)
	b.buf[at] = c
	return nil
}

func (b *Buffer) WriteRune(r rune) (n int, err error) {
	if uint32(r) < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	b.lastRead = opInvalid
	at := b.room(utf8.UTFMax)
	n = utf8.EncodeRune(b.buf[at:at+utf8.UTFMax], r)
	b.buf = b.buf[:at+n]
	return n, nil
}

const MinRead = 512

func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = opInvalid
	for {
		at := b.extend(MinRead)
		b.buf = b.buf[:at]
		m, e := r.Read(b.buf[at:cap(b.buf)])
		if m < 0 {
			panic(errNegativeRead)
		}
		b.buf = b.buf[:at+m]
		n += int64(m)
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}

func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = opInvalid
	if avail := b.Len(); avail > 0 {
		m, e := w.Write(b.buf[b.off:])
		if m > avail {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.off += m
		n = int64(m)
		if e != nil {
			return n, e
		}
		if m != avail {
			return n, io.ErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	if b.off >= len(b.buf) {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return n, nil
}

func (b *Buffer) Next(n int) []byte {
	b.lastRead = opInvalid
	if avail := b.Len(); n > avail {
		n = avail
	}
	out := b.buf[b.off : b.off+n]
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return out
}

func (b *Buffer) ReadByte() (byte, error) {
	if b.off >= len(b.buf) {
		b.Reset()
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	b.lastRead = opRead
	return c, nil
}

func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.off >= len(b.buf) {
		b.Reset()
		return 0, 0, io.EOF
	}
	r, size = rune(b.buf[b.off]), 1
	if r >= utf8.RuneSelf {
		r, size = decodeRune(b.buf[b.off:])
	}
	b.off += size
	b.lastRead = int8(size)
	return r, size, nil
}

func (b *Buffer) UnreadRune() error {
	if b.lastRead <= opInvalid {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	if b.off >= int(b.lastRead) {
		b.off -= int(b.lastRead)
	}
	b.lastRead = opInvalid
	return nil
}

func (b *Buffer) UnreadByte() error {
	if b.lastRead == opInvalid {
		return errUnreadByte
	}
	b.lastRead = opInvalid
	if b.off > 0 {
		b.off--
	}
	return nil
}

// upTo consumes the unread bytes through the first delim (all of them, and io.EOF, when there
// is none) and returns them without copying.
func (b *Buffer) upTo(delim byte) (line []byte, err error) {
	end := len(b.buf)
	if i := IndexByte(b.buf[b.off:], delim); i >= 0 {
		end = b.off + i + 1
	} else {
		err = io.EOF
	}
	line = b.buf[b.off:end]
	b.off = end
	b.lastRead = opRead
	return line, err
}

func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	s, err := b.upTo(delim)
	return append(line, s...), err
}

func (b *Buffer) ReadString(delim byte) (line string, err error) {
	s, err := b.upTo(delim)
	return string(s), err
}

// A Reader reads from a byte slice (io.Reader, io.ByteScanner, io.RuneScanner, io.Seeker,
// io.ReaderAt, io.WriterTo).
type Reader struct {
	s        []byte
	i        int64
	prevRune int
}

func NewReader(b []byte) *Reader { return &Reader{b, 0, -1} }

func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

func (r *Reader) Size() int64 { return int64(len(r.s)) }

func (r *Reader) Reset(b []byte) { *r = Reader{b, 0, -1} }

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
		return 0, errors.New("bytes.Reader.ReadAt: negative offset")
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
	c := r.s[r.i]
	r.i++
	return c, nil
}

func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadByte: at beginning of slice")
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
	ch, size = decodeRune(r.s[r.i:])
	r.i += int64(size)
	return ch, size, nil
}

func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadRune: at beginning of slice")
	}
	if r.prevRune < 0 {
		return errors.New("bytes.Reader.UnreadRune: previous operation was not ReadRune")
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
		return 0, errors.New("bytes.Reader.Seek: invalid whence")
	}
	if abs < 0 {
		return 0, errors.New("bytes.Reader.Seek: negative position")
	}
	r.i = abs
	return abs, nil
}

func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	rest := r.s[r.i:]
	m, err := w.Write(rest)
	if m > len(rest) {
		panic("bytes.Reader.WriteTo: invalid Write count")
	}
	r.i += int64(m)
	n = int64(m)
	if m != len(rest) && err == nil {
		err = io.ErrShortWrite
	}
	return
}
)go";

std::string_view bytesOf(const Slot* a) {
  GoSlice s = argSlice(a);
  return {static_cast<const char*>(s.ptr), static_cast<std::size_t>(s.len)};
}

std::int64_t found(std::size_t i) {
  return i == std::string_view::npos ? -1 : static_cast<std::int64_t>(i);
}

std::int64_t indexRuneIn(std::string_view s, std::int32_t r) {
  if (r >= 0 && r < 0x80) return found(s.find(static_cast<char>(r)));
  if (r == kRuneError) {
    // An invalid byte decodes as U+FFFD too.
    for (std::size_t i = 0; i < s.size();) {
      int sz;
      if (decodeRune(s.substr(i), &sz) == kRuneError) return static_cast<std::int64_t>(i);
      i += static_cast<std::size_t>(sz);
    }
    return -1;
  }
  if (!validRune(r)) return -1;
  std::string enc;
  appendRune(enc, r);
  return found(s.find(enc));
}

// Whether rune r (U+FFFD standing for any invalid byte) occurs in chars, decoded rune by rune.
bool charsHave(std::string_view chars, std::int32_t r) {
  for (std::size_t i = 0; i < chars.size();) {
    int sz;
    if (decodeRune(chars.substr(i), &sz) == r) return true;
    i += static_cast<std::size_t>(sz);
  }
  return false;
}

void nEqual(NativeContext&, const Slot* a, Slot* r) {
  setBool(r, bytesOf(a) == bytesOf(a + 3));
}

void nCompare(NativeContext&, const Slot* a, Slot* r) {
  int c = bytesOf(a).compare(bytesOf(a + 3));
  setInt(r, c < 0 ? -1 : c > 0 ? 1 : 0);
}

void nIndex(NativeContext&, const Slot* a, Slot* r) {
  setInt(r, found(bytesOf(a).find(bytesOf(a + 3))));
}

void nIndexByte(NativeContext&, const Slot* a, Slot* r) {
  setInt(r, found(bytesOf(a).find(static_cast<char>(load<std::uint8_t>(a + 3)))));
}

void nIndexRune(NativeContext&, const Slot* a, Slot* r) {
  setInt(r, indexRuneIn(bytesOf(a), load<std::int32_t>(a + 3)));
}

void nIndexAny(NativeContext&, const Slot* a, Slot* r) {
  std::string_view s = bytesOf(a), chars = argStr(a + 3);
  std::int64_t at = -1;
  if (!chars.empty()) {
    for (std::size_t i = 0; i < s.size();) {
      int sz;
      if (charsHave(chars, decodeRune(s.substr(i), &sz))) {
        at = static_cast<std::int64_t>(i);
        break;
      }
      i += static_cast<std::size_t>(sz);
    }
  }
  setInt(r, at);
}

void nLastIndex(NativeContext&, const Slot* a, Slot* r) {
  setInt(r, found(bytesOf(a).rfind(bytesOf(a + 3))));
}

void nLastIndexByte(NativeContext&, const Slot* a, Slot* r) {
  setInt(r, found(bytesOf(a).rfind(static_cast<char>(load<std::uint8_t>(a + 3)))));
}

void nLastIndexAny(NativeContext&, const Slot* a, Slot* r) {
  std::string_view s = bytesOf(a), chars = argStr(a + 3);
  std::int64_t at = -1;
  if (!chars.empty()) {
    for (std::size_t i = s.size(); i > 0;) {
      int sz;
      std::int32_t c = decodeLastRune(s.substr(0, i), &sz);
      i -= static_cast<std::size_t>(sz);
      if (charsHave(chars, c)) {
        at = static_cast<std::int64_t>(i);
        break;
      }
    }
  }
  setInt(r, at);
}

void nCount(NativeContext&, const Slot* a, Slot* r) {
  std::string_view s = bytesOf(a), sep = bytesOf(a + 3);
  if (sep.empty()) {
    setInt(r, runeCount(s) + 1);
    return;
  }
  std::int64_t n = 0;
  for (std::size_t i = s.find(sep); i != std::string_view::npos; i = s.find(sep, i + sep.size()))
    n++;
  setInt(r, n);
}

bool sameFold(std::int32_t x, std::int32_t y) {
  if (x == y) return true;
  // The orbit of SimpleFold visits every rune equivalent under case folding.
  for (std::int32_t f = uSimpleFold(x); f != x; f = uSimpleFold(f))
    if (f == y) return true;
  return false;
}

void nEqualFold(NativeContext&, const Slot* a, Slot* r) {
  std::string_view s = bytesOf(a), t = bytesOf(a + 3);
  while (!s.empty() && !t.empty()) {
    int n1, n2;
    std::int32_t c1 = decodeRune(s, &n1), c2 = decodeRune(t, &n2);
    s.remove_prefix(static_cast<std::size_t>(n1));
    t.remove_prefix(static_cast<std::size_t>(n2));
    if (!sameFold(c1, c2)) {
      setBool(r, false);
      return;
    }
  }
  setBool(r, s.empty() && t.empty());
}

void nDecodeRune(NativeContext&, const Slot* a, Slot* r) {
  std::string_view s = bytesOf(a);
  int sz = 0;
  std::int32_t c = s.empty() ? kRuneError : decodeRune(s, &sz);
  setInt(r, c);
  setInt(r + 1, sz);
}

void nDecodeLastRune(NativeContext&, const Slot* a, Slot* r) {
  std::string_view s = bytesOf(a);
  int sz = 0;
  std::int32_t c = s.empty() ? kRuneError : decodeLastRune(s, &sz);
  setInt(r, c);
  setInt(r + 1, sz);
}

void nRuneCount(NativeContext&, const Slot* a, Slot* r) {
  setInt(r, runeCount(bytesOf(a)));
}

void nMapCase(NativeContext& ctx, const Slot* a, Slot* r) {
  std::string_view s = bytesOf(a);
  std::int64_t mode = argInt(a + 3);
  const Type* byteType = ctx.types().basic(Kind::Uint8);
  bool ascii = true, changes = false;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80) {
      ascii = false;
      break;
    }
    if (mode == 0 && c >= 'a' && c <= 'z') changes = true;
    if (mode == 1 && c >= 'A' && c <= 'Z') changes = true;
  }
  if (ascii && mode != 2) {
    if (!changes) {
      store(r, GoSlice{nullptr, 0, 0});
      return;
    }
    // Go's ASCII path: make([]byte, len(s)), converted byte by byte.
    auto n = static_cast<std::int64_t>(s.size());
    std::string out(s);
    for (char& ch : out) {
      if (mode == 0 && ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
      if (mode == 1 && ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    }
    GoSlice res = ctx.newSlice(byteType, n, n);
    if (n > 0) std::memcpy(res.ptr, out.data(), out.size());
    store(r, res);
    return;
  }
  // Go's Map: the output array starts at len(s) bytes and becomes 2*size+UTFMax whenever the
  // next rune does not fit.
  std::string out;
  auto size = static_cast<std::int64_t>(s.size());
  for (std::size_t i = 0; i < s.size();) {
    int sz;
    std::int32_t c = decodeRune(s.substr(i), &sz);
    i += static_cast<std::size_t>(sz);
    std::int32_t m = mode == 0 ? uToUpper(c) : mode == 1 ? uToLower(c) : uToTitle(c);
    int len = runeLen(m);
    if (len < 0) len = 3;
    if (static_cast<std::int64_t>(out.size()) + len > size) size = 2 * size + 4;
    appendRune(out, m);
  }
  auto n = static_cast<std::int64_t>(out.size());
  // The argument slice stays reachable from the argument slots across the allocation.
  GoSlice res = ctx.newSlice(byteType, n, size);
  if (n > 0) std::memcpy(res.ptr, out.data(), out.size());
  store(r, res);
}

}  // namespace

StdPackage bytesPackage() {
  return StdPackage{"bytes",
                    "bytes",
                    kPrelude,
                    {
                        {"Equal", nEqual},
                        {"Compare", nCompare},
                        {"Index", nIndex},
                        {"IndexByte", nIndexByte},
                        {"IndexRune", nIndexRune},
                        {"IndexAny", nIndexAny},
                        {"LastIndex", nLastIndex},
                        {"LastIndexByte", nLastIndexByte},
                        {"LastIndexAny", nLastIndexAny},
                        {"Count", nCount},
                        {"EqualFold", nEqualFold},
                        {"decodeRune", nDecodeRune},
                        {"decodeLastRune", nDecodeLastRune},
                        {"runeCount", nRuneCount},
                        {"mapCase", nMapCase},
                    }};
}

}  // namespace gomi::stdlib
