// stdlib/hash/adler32/adler32.cpp — package hash/adler32, in Go. The sums are reduced modulo
// 65521 after every block of at most 5552 bytes, as Go does, so that even a state restored by
// UnmarshalBinary with unreduced halves gives Go's values.
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package adler32

import (
	"errors"
	"hash"
)

const Size = 4

const (
	modulus  = 65521
	maxBlock = 5552
)

type digest uint32

func (d *digest) Reset() { *d = 1 }

func New() hash.Hash32 {
	d := new(digest)
	*d = 1
	return d
}

func (d *digest) Size() int { return Size }

func (d *digest) BlockSize() int { return 4 }

func update(d digest, p []byte) digest {
	a, b := uint32(d)&0xffff, uint32(d)>>16
	for len(p) > 0 {
		n := len(p)
		if n > maxBlock {
			n = maxBlock
		}
		for i := 0; i < n; i++ {
			a += uint32(p[i])
			b += a
		}
		a %= modulus
		b %= modulus
		p = p[n:]
	}
	return digest(b<<16 | a)
}

func (d *digest) Write(p []byte) (nn int, err error) {
	*d = update(*d, p)
	return len(p), nil
}

func (d *digest) Sum32() uint32 { return uint32(*d) }

func put32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (d *digest) Sum(in []byte) []byte { return put32(in, uint32(*d)) }

func Checksum(data []byte) uint32 { return uint32(update(1, data)) }

func (d *digest) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, 8)
	b = append(b, 'a', 'd', 'l', 1)
	return put32(b, uint32(*d)), nil
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < 4 || b[0] != 'a' || b[1] != 'd' || b[2] != 'l' || b[3] != 1 {
		return errors.New("hash/adler32: invalid hash state identifier")
	}
	if len(b) != 8 {
		return errors.New("hash/adler32: invalid hash state size")
	}
	*d = digest(uint32(b[4])<<24 | uint32(b[5])<<16 | uint32(b[6])<<8 | uint32(b[7]))
	return nil
}
)go";

}  // namespace

StdPackage adler32Package() {
  return StdPackage{"hash/adler32", "adler32", kPrelude, {}};
}

}  // namespace gomi::stdlib
