// stdlib/crypto/sha256/sha256.cpp — package crypto/sha256 (SHA-256 and SHA-224, FIPS 180-4), in
// Go, with Go's MarshalBinary format ("sha\x03" or "sha\x02", the state words, the pending
// block zero-padded, the length; all big-endian).
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package sha256

import (
	"errors"
	"hash"
	"math/bits"
)

const Size = 32

const Size224 = 28

const BlockSize = 64

var roundK = [64]uint32{
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
}

var (
	start256 = [8]uint32{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19}
	start224 = [8]uint32{0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4}
)

// digest: the chaining state h, the bytes of an incomplete block in x[:nx], the message length.
type digest struct {
	h     [8]uint32
	x     [BlockSize]byte
	nx    int
	len   uint64
	is224 bool
}

// compress runs the compression function over each whole 64-byte block of p.
func (d *digest) compress(p []byte) {
	var w [64]uint32
	h0, h1, h2, h3, h4, h5, h6, h7 := d.h[0], d.h[1], d.h[2], d.h[3], d.h[4], d.h[5], d.h[6], d.h[7]
	for len(p) >= BlockSize {
		for i := 0; i < 16; i++ {
			j := 4 * i
			w[i] = uint32(p[j])<<24 | uint32(p[j+1])<<16 | uint32(p[j+2])<<8 | uint32(p[j+3])
		}
		for i := 16; i < 64; i++ {
			a, b := w[i-2], w[i-15]
			s1 := bits.RotateLeft32(a, -17) ^ bits.RotateLeft32(a, -19) ^ a>>10
			s0 := bits.RotateLeft32(b, -7) ^ bits.RotateLeft32(b, -18) ^ b>>3
			w[i] = s1 + w[i-7] + s0 + w[i-16]
		}
		a, b, c, dd, e, f, g, h := h0, h1, h2, h3, h4, h5, h6, h7
		for i := 0; i < 64; i++ {
			t1 := h + (bits.RotateLeft32(e, -6) ^ bits.RotateLeft32(e, -11) ^ bits.RotateLeft32(e, -25)) +
				(e&f ^ ^e&g) + roundK[i] + w[i]
			t2 := (bits.RotateLeft32(a, -2) ^ bits.RotateLeft32(a, -13) ^ bits.RotateLeft32(a, -22)) +
				(a&b ^ a&c ^ b&c)
			h, g, f, e, dd, c, b, a = g, f, e, dd+t1, c, b, a, t1+t2
		}
		h0 += a
		h1 += b
		h2 += c
		h3 += dd
		h4 += e
		h5 += f
		h6 += g
		h7 += h
		p = p[BlockSize:]
	}
	d.h[0], d.h[1], d.h[2], d.h[3], d.h[4], d.h[5], d.h[6], d.h[7] = h0, h1, h2, h3, h4, h5, h6, h7
}

func (d *digest) Reset() {
	if d.is224 {
		d.h = start224
	} else {
		d.h = start256
	}
	d.nx = 0
	d.len = 0
}

func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func New224() hash.Hash {
	d := new(digest)
	d.is224 = true
	d.Reset()
	return d
}

func (d *digest) Size() int {
	if d.is224 {
		return Size224
	}
	return Size
}

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
	for i := 0; i < 8; i++ {
		out[4*i], out[4*i+1], out[4*i+2], out[4*i+3] = byte(d.h[i]>>24), byte(d.h[i]>>16), byte(d.h[i]>>8), byte(d.h[i])
	}
	return out
}

func (d *digest) Sum(in []byte) []byte {
	c := *d
	s := c.final()
	return append(in, s[:d.Size()]...)
}

func Sum256(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.final()
}

func Sum224(data []byte) [Size224]byte {
	var d digest
	d.is224 = true
	d.Reset()
	d.Write(data)
	s := d.final()
	var out [Size224]byte
	copy(out[:], s[:])
	return out
}

const marshaledSize = 4 + 8*4 + BlockSize + 8

func put32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func get32(b []byte) uint32 {
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

func (d *digest) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, marshaledSize)
	var id byte = 3
	if d.is224 {
		id = 2
	}
	b = append(b, 's', 'h', 'a', id)
	for i := 0; i < 8; i++ {
		b = put32(b, d.h[i])
	}
	b = append(b, d.x[:d.nx]...)
	b = b[:len(b)+BlockSize-d.nx]
	b = put32(b, uint32(d.len>>32))
	return put32(b, uint32(d.len)), nil
}

func (d *digest) UnmarshalBinary(b []byte) error {
	var id byte = 3
	if d.is224 {
		id = 2
	}
	if len(b) < 4 || b[0] != 's' || b[1] != 'h' || b[2] != 'a' || b[3] != id {
		return errors.New("crypto/sha256: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("crypto/sha256: invalid hash state size")
	}
	for i := 0; i < 8; i++ {
		d.h[i] = get32(b[4+4*i:])
	}
	copy(d.x[:], b[36:36+BlockSize])
	d.len = uint64(get32(b[100:]))<<32 | uint64(get32(b[104:]))
	d.nx = int(d.len % BlockSize)
	return nil
}
)go";

}  // namespace

StdPackage sha256Package() {
  return StdPackage{"crypto/sha256", "sha256", kPrelude, {}};
}

}  // namespace gomi::stdlib
