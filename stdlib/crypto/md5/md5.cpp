// stdlib/crypto/md5/md5.cpp — package crypto/md5 (RFC 1321), in Go, with Go's MarshalBinary
// format ("md5\x01", the state words big-endian, the pending block zero-padded, the length).
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package md5

import (
	"errors"
	"hash"
	"math/bits"
)

const Size = 16

const BlockSize = 64

var start = [4]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476}

// Per-round shift amounts (four per round) and the sine-derived constants.
var shifts = [16]int{7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21}

var sines = [64]uint32{
	0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
	0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
	0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
	0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
	0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
	0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
	0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
	0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
}

// digest: the chaining state s, the bytes of an incomplete block in x[:nx], the message length.
type digest struct {
	s   [4]uint32
	x   [BlockSize]byte
	nx  int
	len uint64
}

func (d *digest) compress(p []byte) {
	var m [16]uint32
	s0, s1, s2, s3 := d.s[0], d.s[1], d.s[2], d.s[3]
	for len(p) >= BlockSize {
		for i := 0; i < 16; i++ {
			j := 4 * i
			m[i] = uint32(p[j]) | uint32(p[j+1])<<8 | uint32(p[j+2])<<16 | uint32(p[j+3])<<24
		}
		a, b, c, dd := s0, s1, s2, s3
		for i := 0; i < 64; i++ {
			var f uint32
			var g int
			switch i / 16 {
			case 0:
				f, g = b&c|^b&dd, i
			case 1:
				f, g = b&dd|c&^dd, (5*i+1)%16
			case 2:
				f, g = b^c^dd, (3*i+5)%16
			default:
				f, g = c^(b|^dd), 7*i%16
			}
			t := a + f + sines[i] + m[g]
			a, dd, c = dd, c, b
			b += bits.RotateLeft32(t, shifts[i/16*4+i%4])
		}
		s0 += a
		s1 += b
		s2 += c
		s3 += dd
		p = p[BlockSize:]
	}
	d.s[0], d.s[1], d.s[2], d.s[3] = s0, s1, s2, s3
}

func (d *digest) Reset() {
	d.s = start
	d.nx = 0
	d.len = 0
}

func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Size() int { return Size }

func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) Write(p []byte) (nn int, err error) {
	nn = len(p)
	d.len += uint64(nn)
	if d.nx > 0 {
		n := copy(d.x[d.nx:], p)
		d.nx += n
		p = p[n:]
		if d.nx < BlockSize {
			return
		}
		d.compress(d.x[:])
		d.nx = 0
	}
	if whole := len(p) / BlockSize * BlockSize; whole > 0 {
		d.compress(p[:whole])
		p = p[whole:]
	}
	d.nx = copy(d.x[:], p)
	return
}

// final pads the message (0x80, zeros, the bit length little-endian) and returns the state as
// little-endian bytes.
func (d *digest) final() [Size]byte {
	var pad [BlockSize + 8]byte
	pad[0] = 0x80
	n := int((55-d.len)%64) + 1
	bitLen := d.len << 3
	for i := 0; i < 8; i++ {
		pad[n+i] = byte(bitLen >> (8 * i))
	}
	d.Write(pad[:n+8])
	var out [Size]byte
	for i := 0; i < 4; i++ {
		out[4*i], out[4*i+1], out[4*i+2], out[4*i+3] = byte(d.s[i]), byte(d.s[i]>>8), byte(d.s[i]>>16), byte(d.s[i]>>24)
	}
	return out
}

func (d *digest) Sum(in []byte) []byte {
	c := *d
	s := c.final()
	return append(in, s[:]...)
}

func Sum(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.final()
}

const marshaledSize = 4 + 4*4 + BlockSize + 8

func put32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func get32(b []byte) uint32 {
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

func (d *digest) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, marshaledSize)
	b = append(b, 'm', 'd', '5', 1)
	for i := 0; i < 4; i++ {
		b = put32(b, d.s[i])
	}
	b = append(b, d.x[:d.nx]...)
	b = b[:len(b)+BlockSize-d.nx]
	b = put32(b, uint32(d.len>>32))
	return put32(b, uint32(d.len)), nil
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < 4 || b[0] != 'm' || b[1] != 'd' || b[2] != '5' || b[3] != 1 {
		return errors.New("crypto/md5: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("crypto/md5: invalid hash state size")
	}
	for i := 0; i < 4; i++ {
		d.s[i] = get32(b[4+4*i:])
	}
	copy(d.x[:], b[20:20+BlockSize])
	d.len = uint64(get32(b[84:]))<<32 | uint64(get32(b[88:]))
	d.nx = int(d.len % BlockSize)
	return nil
}
)go";

}  // namespace

StdPackage md5Package() {
  return StdPackage{"crypto/md5", "md5", kPrelude, {}};
}

}  // namespace gomi::stdlib
