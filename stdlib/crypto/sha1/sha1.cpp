// stdlib/crypto/sha1/sha1.cpp — package crypto/sha1 (FIPS 180-4), in Go, with Go's
// MarshalBinary format ("sha\x01", the state words, the pending block zero-padded, the length;
// all big-endian) and the digest's ConstantTimeSum method.
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package sha1

import (
	"errors"
	"hash"
	"math/bits"
)

const Size = 20

const BlockSize = 64

var start = [5]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0}

// digest: the chaining state h, the bytes of an incomplete block in x[:nx], the message length.
type digest struct {
	h   [5]uint32
	x   [BlockSize]byte
	nx  int
	len uint64
}

func (d *digest) compress(p []byte) {
	var w [80]uint32
	h0, h1, h2, h3, h4 := d.h[0], d.h[1], d.h[2], d.h[3], d.h[4]
	for len(p) >= BlockSize {
		for i := 0; i < 16; i++ {
			j := 4 * i
			w[i] = uint32(p[j])<<24 | uint32(p[j+1])<<16 | uint32(p[j+2])<<8 | uint32(p[j+3])
		}
		for i := 16; i < 80; i++ {
			w[i] = bits.RotateLeft32(w[i-3]^w[i-8]^w[i-14]^w[i-16], 1)
		}
		a, b, c, dd, e := h0, h1, h2, h3, h4
		for i := 0; i < 80; i++ {
			var f, k uint32
			switch {
			case i < 20:
				f, k = b&c|^b&dd, 0x5a827999
			case i < 40:
				f, k = b^c^dd, 0x6ed9eba1
			case i < 60:
				f, k = b&c|b&dd|c&dd, 0x8f1bbcdc
			default:
				f, k = b^c^dd, 0xca62c1d6
			}
			t := bits.RotateLeft32(a, 5) + f + e + k + w[i]
			a, b, c, dd, e = t, a, bits.RotateLeft32(b, 30), c, dd
		}
		h0 += a
		h1 += b
		h2 += c
		h3 += dd
		h4 += e
		p = p[BlockSize:]
	}
	d.h[0], d.h[1], d.h[2], d.h[3], d.h[4] = h0, h1, h2, h3, h4
}

func (d *digest) Reset() {
	d.h = start
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

// final pads the message (0x80, zeros, the bit length) and returns the state as bytes.
func (d *digest) final() [Size]byte {
	var pad [BlockSize + 8]byte
	pad[0] = 0x80
	n := int((55-d.len)%64) + 1
	bitLen := d.len << 3
	for i := 0; i < 8; i++ {
		pad[n+i] = byte(bitLen >> (56 - 8*i))
	}
	d.Write(pad[:n+8])
	var out [Size]byte
	for i := 0; i < 5; i++ {
		out[4*i], out[4*i+1], out[4*i+2], out[4*i+3] = byte(d.h[i]>>24), byte(d.h[i]>>16), byte(d.h[i]>>8), byte(d.h[i])
	}
	return out
}

func (d *digest) Sum(in []byte) []byte {
	c := *d
	s := c.final()
	return append(in, s[:]...)
}

func (d *digest) ConstantTimeSum(in []byte) []byte {
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

const marshaledSize = 4 + 5*4 + BlockSize + 8

func put32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func get32(b []byte) uint32 {
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

func (d *digest) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, marshaledSize)
	b = append(b, 's', 'h', 'a', 1)
	for i := 0; i < 5; i++ {
		b = put32(b, d.h[i])
	}
	b = append(b, d.x[:d.nx]...)
	b = b[:len(b)+BlockSize-d.nx]
	b = put32(b, uint32(d.len>>32))
	return put32(b, uint32(d.len)), nil
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < 4 || b[0] != 's' || b[1] != 'h' || b[2] != 'a' || b[3] != 1 {
		return errors.New("crypto/sha1: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("crypto/sha1: invalid hash state size")
	}
	for i := 0; i < 5; i++ {
		d.h[i] = get32(b[4+4*i:])
	}
	copy(d.x[:], b[24:24+BlockSize])
	d.len = uint64(get32(b[88:]))<<32 | uint64(get32(b[92:]))
	d.nx = int(d.len % BlockSize)
	return nil
}
)go";

}  // namespace

StdPackage sha1Package() {
  return StdPackage{"crypto/sha1", "sha1", kPrelude, {}};
}

}  // namespace gomi::stdlib
