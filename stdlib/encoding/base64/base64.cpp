// stdlib/encoding/base64/base64.cpp — package encoding/base64, in Go: the four standard
// encodings, custom alphabets (NewEncoding, WithPadding, Strict), and the streaming Encoder and
// Decoder. Decoding reports CorruptInputError at the byte offsets Go reports, skips '\r' and
// '\n' as Go does, and writes the destination as Go's fast paths do (a group of eight input
// characters stores eight bytes, the last two of them zero, when the destination has room for
// eight; a group of four stores four), so even bytes past the returned count agree.
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package base64

import (
	"io"
	"strconv"
)

type Encoding struct {
	encode    [64]byte
	decodeMap [256]byte
	padChar   rune
	strict    bool
}

const (
	StdPadding rune = '='
	NoPadding  rune = -1
)

const (
	stdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	urlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
)

func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	for i := 0; i < 64; i++ {
		if c := encoder[i]; c == '\n' || c == '\r' {
			panic("encoding alphabet contains newline character")
		}
	}
	e := new(Encoding)
	e.padChar = StdPadding
	for i := 0; i < 256; i++ {
		e.decodeMap[i] = 0xff
	}
	for i := 0; i < 64; i++ {
		e.encode[i] = encoder[i]
		e.decodeMap[encoder[i]] = byte(i)
	}
	return e
}

func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding == '\n' || padding == '\r' || padding > 0xff {
		panic("invalid padding")
	}
	for _, c := range enc.encode {
		if rune(c) == padding {
			panic("padding contained in alphabet")
		}
	}
	enc.padChar = padding
	return &enc
}

func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

var StdEncoding = NewEncoding(stdAlphabet)

var URLEncoding = NewEncoding(urlAlphabet)

var RawStdEncoding = StdEncoding.WithPadding(NoPadding)

var RawURLEncoding = URLEncoding.WithPadding(NoPadding)

func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return (8*n + 5) / 6
	}
	return (n + 2) / 3 * 4
}

func (enc *Encoding) DecodedLen(n int) int {
	if enc.padChar == NoPadding {
		return 6 * n / 8
	}
	return n / 4 * 3
}

func (enc *Encoding) Encode(dst, src []byte) {
	full := len(src) / 3 * 3
	d := 0
	for s := 0; s < full; s += 3 {
		v := uint(src[s])<<16 | uint(src[s+1])<<8 | uint(src[s+2])
		dst[d] = enc.encode[v>>18&63]
		dst[d+1] = enc.encode[v>>12&63]
		dst[d+2] = enc.encode[v>>6&63]
		dst[d+3] = enc.encode[v&63]
		d += 4
	}
	left := len(src) - full
	if left == 0 {
		return
	}
	v := uint(src[full]) << 16
	if left == 2 {
		v |= uint(src[full+1]) << 8
	}
	dst[d] = enc.encode[v>>18&63]
	dst[d+1] = enc.encode[v>>12&63]
	if left == 2 {
		dst[d+2] = enc.encode[v>>6&63]
		if enc.padChar != NoPadding {
			dst[d+3] = byte(enc.padChar)
		}
	} else if enc.padChar != NoPadding {
		dst[d+2] = byte(enc.padChar)
		dst[d+3] = byte(enc.padChar)
	}
}

func (enc *Encoding) EncodeToString(src []byte) string {
	b := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(b, src)
	return string(b)
}

type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

func skipNewlines(src []byte, i int) int {
	for i < len(src) && (src[i] == '\n' || src[i] == '\r') {
		i++
	}
	return i
}

// quantum decodes one group of up to four characters of src starting at si (newlines skipped,
// padding checked), stores its bytes at the start of dst and returns the new position and the
// number of bytes stored.
func (enc *Encoding) quantum(dst, src []byte, si int) (int, int, error) {
	var sext [4]byte
	count := 4
	var err error
	for j := 0; j < 4; j++ {
		if si == len(src) {
			if j == 0 {
				return si, 0, nil
			}
			if j == 1 || enc.padChar != NoPadding {
				return si, 0, CorruptInputError(si - j)
			}
			count = j
			break
		}
		c := src[si]
		si++
		if v := enc.decodeMap[c]; v != 0xff {
			sext[j] = v
			continue
		}
		if c == '\n' || c == '\r' {
			j--
			continue
		}
		if rune(c) != enc.padChar {
			return si, 0, CorruptInputError(si - 1)
		}
		// Padding: allowed after two characters ("==") or three ("=").
		if j < 2 {
			return si, 0, CorruptInputError(si - 1)
		}
		if j == 2 {
			si = skipNewlines(src, si)
			if si == len(src) {
				return si, 0, CorruptInputError(len(src))
			}
			if rune(src[si]) != enc.padChar {
				return si, 0, CorruptInputError(si - 1)
			}
			si++
		}
		// Only newlines may follow the padding.
		si = skipNewlines(src, si)
		if si < len(src) {
			err = CorruptInputError(si)
		}
		count = j
		break
	}
	v := uint(sext[0])<<18 | uint(sext[1])<<12 | uint(sext[2])<<6 | uint(sext[3])
	b0, b1, b2 := byte(v>>16), byte(v>>8), byte(v)
	if count == 4 {
		dst[2] = b2
		b2 = 0
	}
	if count >= 3 {
		dst[1] = b1
		if enc.strict && b2 != 0 {
			return si, 0, CorruptInputError(si - 1)
		}
		b1 = 0
	}
	dst[0] = b0
	if enc.strict && (b1 != 0 || b2 != 0) {
		return si, 0, CorruptInputError(si - 2)
	}
	return si, count - 1, err
}

// group decodes k (8 or 4) characters with no padding or newline into their 6-bit values
// packed from bit 63 down; ok is false if any of them is not in the alphabet.
func (enc *Encoding) group(src []byte, k int) (v uint64, ok bool) {
	for i := 0; i < k; i++ {
		d := enc.decodeMap[src[i]]
		if d == 0xff {
			return 0, false
		}
		v |= uint64(d) << (58 - 6*i)
	}
	return v, true
}

func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	si := 0
	for len(src)-si >= 8 && len(dst)-n >= 8 {
		if v, ok := enc.group(src[si:], 8); ok {
			for i := 0; i < 8; i++ {
				dst[n+i] = byte(v >> (56 - 8*i))
			}
			n += 6
			si += 8
			continue
		}
		var k int
		si, k, err = enc.quantum(dst[n:], src, si)
		n += k
		if err != nil {
			return n, err
		}
	}
	for len(src)-si >= 4 && len(dst)-n >= 4 {
		if v, ok := enc.group(src[si:], 4); ok {
			for i := 0; i < 4; i++ {
				dst[n+i] = byte(v >> (56 - 8*i))
			}
			n += 3
			si += 4
			continue
		}
		var k int
		si, k, err = enc.quantum(dst[n:], src, si)
		n += k
		if err != nil {
			return n, err
		}
	}
	for si < len(src) {
		var k int
		si, k, err = enc.quantum(dst[n:], src, si)
		n += k
		if err != nil {
			return n, err
		}
	}
	return n, err
}

func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	b := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(b, []byte(s))
	return b[:n], err
}

// encoder keeps up to two bytes that do not yet make a group of three in buf.
type encoder struct {
	err  error
	enc  *Encoding
	w    io.Writer
	buf  [3]byte
	nbuf int
	out  [1024]byte
}

func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w}
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	if e.nbuf > 0 {
		i := 0
		for ; i < len(p) && e.nbuf < 3; i++ {
			e.buf[e.nbuf] = p[i]
			e.nbuf++
		}
		n += i
		p = p[i:]
		if e.nbuf < 3 {
			return
		}
		e.enc.Encode(e.out[:], e.buf[:])
		if _, e.err = e.w.Write(e.out[:4]); e.err != nil {
			return n, e.err
		}
		e.nbuf = 0
	}
	for len(p) >= 3 {
		k := len(e.out) / 4 * 3
		if k > len(p) {
			k = len(p) / 3 * 3
		}
		e.enc.Encode(e.out[:], p[:k])
		if _, e.err = e.w.Write(e.out[:k/3*4]); e.err != nil {
			return n, e.err
		}
		n += k
		p = p[k:]
	}
	copy(e.buf[:], p)
	e.nbuf = len(p)
	n += len(p)
	return
}

func (e *encoder) Close() error {
	if e.err == nil && e.nbuf > 0 {
		e.enc.Encode(e.out[:], e.buf[:e.nbuf])
		_, e.err = e.w.Write(e.out[:e.enc.EncodedLen(e.nbuf)])
		e.nbuf = 0
	}
	return e.err
}

// noNewlines drops '\r' and '\n' from what its reader returns.
type noNewlines struct {
	r io.Reader
}

func (f *noNewlines) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	for n > 0 {
		kept := 0
		for i := 0; i < n; i++ {
			if c := p[i]; c != '\n' && c != '\r' {
				p[kept] = c
				kept++
			}
		}
		if kept > 0 {
			return kept, err
		}
		n, err = f.r.Read(p)
	}
	return n, err
}

// decoder holds undecoded input in buf[:nbuf] (whole groups are decoded as soon as they are
// read) and decoded bytes not yet returned in out.
type decoder struct {
	err     error
	readErr error
	enc     *Encoding
	r       io.Reader
	buf     [1024]byte
	nbuf    int
	out     []byte
	outbuf  [768]byte
}

func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: &noNewlines{r}}
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.out) > 0 {
		n = copy(p, d.out)
		d.out = d.out[n:]
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	for d.nbuf < 4 && d.readErr == nil {
		want := len(p) / 3 * 4
		if want < 4 {
			want = 4
		}
		if want > len(d.buf) {
			want = len(d.buf)
		}
		var got int
		got, d.readErr = d.r.Read(d.buf[d.nbuf:want])
		d.nbuf += got
	}
	if d.nbuf < 4 {
		if d.enc.padChar == NoPadding && d.nbuf > 0 {
			// Unpadded input may end in a partial group.
			var k int
			k, d.err = d.enc.Decode(d.outbuf[:], d.buf[:d.nbuf])
			d.nbuf = 0
			d.out = d.outbuf[:k]
			n = copy(p, d.out)
			d.out = d.out[n:]
			if n > 0 || len(p) == 0 && len(d.out) > 0 {
				return n, nil
			}
			if d.err != nil {
				return 0, d.err
			}
		}
		d.err = d.readErr
		if d.err == io.EOF && d.nbuf > 0 {
			d.err = io.ErrUnexpectedEOF
		}
		return 0, d.err
	}
	whole := d.nbuf / 4 * 4
	if d.nbuf/4*3 > len(p) {
		var k int
		k, d.err = d.enc.Decode(d.outbuf[:], d.buf[:whole])
		d.out = d.outbuf[:k]
		n = copy(p, d.out)
		d.out = d.out[n:]
	} else {
		n, d.err = d.enc.Decode(p, d.buf[:whole])
	}
	d.nbuf -= whole
	copy(d.buf[:d.nbuf], d.buf[whole:])
	return n, d.err
}
)go";

}  // namespace

StdPackage base64Package() {
  return StdPackage{"encoding/base64", "base64", kPrelude, {}};
}

}  // namespace gomi::stdlib
