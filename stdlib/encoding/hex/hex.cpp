// stdlib/encoding/hex/hex.cpp — package encoding/hex, in Go: encoding, decoding, the streaming
// Encoder/Decoder and Dump/Dumper. Dumper issues the same small writes Go's does (offset, each
// byte's digits, the character column), so a writer that counts or fails writes agrees.
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package hex

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

const digits = "0123456789abcdef"

var ErrLength = errors.New("encoding/hex: odd length hex string")

type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

// nibble gives the value of a hex digit (either case), or 0xff.
func nibble(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return 0xff
}

func EncodedLen(n int) int { return n * 2 }

func DecodedLen(x int) int { return x / 2 }

func Encode(dst, src []byte) int {
	for i, v := range src {
		dst[2*i] = digits[v>>4]
		dst[2*i+1] = digits[v&0xf]
	}
	return 2 * len(src)
}

func Decode(dst, src []byte) (int, error) {
	n := 0
	for ; 2*n+1 < len(src); n++ {
		hi, lo := src[2*n], src[2*n+1]
		a, b := nibble(hi), nibble(lo)
		if a > 0xf {
			return n, InvalidByteError(hi)
		}
		if b > 0xf {
			return n, InvalidByteError(lo)
		}
		dst[n] = a<<4 | b
	}
	if len(src)%2 == 1 {
		// The odd last byte: a bad digit is reported before the odd length.
		if last := src[len(src)-1]; nibble(last) > 0xf {
			return n, InvalidByteError(last)
		}
		return n, ErrLength
	}
	return n, nil
}

func EncodeToString(src []byte) string {
	dst := make([]byte, 2*len(src))
	Encode(dst, src)
	return string(dst)
}

func DecodeString(s string) ([]byte, error) {
	b := []byte(s)
	n, err := Decode(b, b)
	return b[:n], err
}

func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var sb strings.Builder
	sb.Grow((1 + (len(data)-1)/16) * 79)
	d := Dumper(&sb)
	d.Write(data)
	d.Close()
	return sb.String()
}

const chunkBytes = 1024

type encoder struct {
	w   io.Writer
	err error
	out [chunkBytes]byte
}

func NewEncoder(w io.Writer) io.Writer {
	return &encoder{w: w}
}

func (e *encoder) Write(p []byte) (n int, err error) {
	for len(p) > 0 && e.err == nil {
		k := len(p)
		if k > chunkBytes/2 {
			k = chunkBytes / 2
		}
		m := Encode(e.out[:], p[:k])
		var wrote int
		wrote, e.err = e.w.Write(e.out[:m])
		n += wrote / 2
		p = p[k:]
	}
	return n, e.err
}

// decoder keeps the undecoded input in in (a window of arr) and the reader's error in err,
// reported once the buffered input is used up.
type decoder struct {
	r   io.Reader
	err error
	in  []byte
	arr [chunkBytes]byte
}

func NewDecoder(r io.Reader) io.Reader {
	return &decoder{r: r}
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.in) < 2 && d.err == nil {
		kept := copy(d.arr[:], d.in)
		var got int
		got, d.err = d.r.Read(d.arr[kept:])
		d.in = d.arr[:kept+got]
		if d.err == io.EOF && len(d.in)%2 == 1 {
			if last := d.in[len(d.in)-1]; nibble(last) > 0xf {
				d.err = InvalidByteError(last)
			} else {
				d.err = io.ErrUnexpectedEOF
			}
		}
	}
	if avail := len(d.in) / 2; len(p) > avail {
		p = p[:avail]
	}
	k, derr := Decode(p, d.in[:2*len(p)])
	d.in = d.in[2*k:]
	if derr != nil {
		d.in = nil
		d.err = derr
	}
	if len(d.in) < 2 {
		return k, d.err
	}
	return k, nil
}

func Dumper(w io.Writer) io.WriteCloser {
	return &dumper{w: w}
}

// dumper writes lines of 16 bytes: an 8-digit offset, the bytes in hex in two groups of 8,
// and the printable characters between bars. used counts the bytes of the current line and
// chars holds their characters; total counts all bytes.
type dumper struct {
	w      io.Writer
	chars  [18]byte
	tmp    [14]byte
	used   int
	total  uint
	closed bool
}

func printable(b byte) byte {
	if b >= 32 && b <= 126 {
		return b
	}
	return '.'
}

// sepLen is how many bytes follow the byte at column col of a line: a space, two after the
// eighth byte, and a space and a bar after the sixteenth.
func sepLen(col int) int {
	switch col {
	case 7:
		return 2
	case 15:
		return 3
	}
	return 1
}

func (h *dumper) Write(data []byte) (n int, err error) {
	if h.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	for _, c := range data {
		if h.used == 0 {
			off := h.total
			var raw [4]byte
			raw[0], raw[1], raw[2], raw[3] = byte(off>>24), byte(off>>16), byte(off>>8), byte(off)
			Encode(h.tmp[:8], raw[:])
			h.tmp[8], h.tmp[9] = ' ', ' '
			if _, err = h.w.Write(h.tmp[:10]); err != nil {
				return
			}
		}
		h.tmp[0], h.tmp[1] = digits[c>>4], digits[c&0xf]
		h.tmp[2], h.tmp[3], h.tmp[4] = ' ', ' ', '|'
		if _, err = h.w.Write(h.tmp[:2+sepLen(h.used)]); err != nil {
			return
		}
		n++
		h.chars[h.used] = printable(c)
		h.used++
		h.total++
		if h.used == 16 {
			h.chars[16], h.chars[17] = '|', '\n'
			if _, err = h.w.Write(h.chars[:]); err != nil {
				return
			}
			h.used = 0
		}
	}
	return
}

func (h *dumper) Close() (err error) {
	if h.closed {
		return
	}
	h.closed = true
	if h.used == 0 {
		return
	}
	// Pad the missing bytes' columns with spaces, then the characters.
	h.tmp[0], h.tmp[1], h.tmp[2], h.tmp[3], h.tmp[4] = ' ', ' ', ' ', ' ', '|'
	have := h.used
	for ; h.used < 16; h.used++ {
		if _, err = h.w.Write(h.tmp[:2+sepLen(h.used)]); err != nil {
			return
		}
	}
	h.chars[have], h.chars[have+1] = '|', '\n'
	_, err = h.w.Write(h.chars[:have+2])
	return
}
)go";

}  // namespace

StdPackage hexPackage() {
  return StdPackage{"encoding/hex", "hex", kPrelude, {}};
}

}  // namespace gomi::stdlib
