// stdlib/hash/fnv/fnv.cpp — package hash/fnv: FNV-1 and FNV-1a, 32, 64 and 128 bits, in Go.
// The states marshal (MarshalBinary/UnmarshalBinary) in Go's format: a 4-byte identifier
// "fnv\x01".."fnv\x06" followed by the state, big-endian.
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package fnv

import (
	"errors"
	"hash"
	"math/bits"
)

type (
	sum32   uint32
	sum32a  uint32
	sum64   uint64
	sum64a  uint64
	sum128  [2]uint64
	sum128a [2]uint64
)

const (
	basis32     = 2166136261
	basis64     = 14695981039346656037
	basis128Hi  = 0x6c62272e07bb0142
	basis128Lo  = 0x62b821756295c58d
	mult32      = 16777619
	mult64      = 1099511628211
	mult128Lo   = 0x13b
	mult128HiSh = 24
)

func New32() hash.Hash32 {
	s := new(sum32)
	*s = basis32
	return s
}

func New32a() hash.Hash32 {
	s := new(sum32a)
	*s = basis32
	return s
}

func New64() hash.Hash64 {
	s := new(sum64)
	*s = basis64
	return s
}

func New64a() hash.Hash64 {
	s := new(sum64a)
	*s = basis64
	return s
}

func New128() hash.Hash {
	s := new(sum128)
	s[0], s[1] = basis128Hi, basis128Lo
	return s
}

func New128a() hash.Hash {
	s := new(sum128a)
	s[0], s[1] = basis128Hi, basis128Lo
	return s
}

func (s *sum32) Reset()   { *s = basis32 }
func (s *sum32a) Reset()  { *s = basis32 }
func (s *sum64) Reset()   { *s = basis64 }
func (s *sum64a) Reset()  { *s = basis64 }
func (s *sum128) Reset()  { s[0], s[1] = basis128Hi, basis128Lo }
func (s *sum128a) Reset() { s[0], s[1] = basis128Hi, basis128Lo }

func (s *sum32) Sum32() uint32  { return uint32(*s) }
func (s *sum32a) Sum32() uint32 { return uint32(*s) }
func (s *sum64) Sum64() uint64  { return uint64(*s) }
func (s *sum64a) Sum64() uint64 { return uint64(*s) }

func (s *sum32) Write(data []byte) (int, error) {
	h := uint32(*s)
	for i := 0; i < len(data); i++ {
		h = h * mult32
		h = h ^ uint32(data[i])
	}
	*s = sum32(h)
	return len(data), nil
}

func (s *sum32a) Write(data []byte) (int, error) {
	h := uint32(*s)
	for i := 0; i < len(data); i++ {
		h = h ^ uint32(data[i])
		h = h * mult32
	}
	*s = sum32a(h)
	return len(data), nil
}

func (s *sum64) Write(data []byte) (int, error) {
	h := uint64(*s)
	for i := 0; i < len(data); i++ {
		h = h * mult64
		h = h ^ uint64(data[i])
	}
	*s = sum64(h)
	return len(data), nil
}

func (s *sum64a) Write(data []byte) (int, error) {
	h := uint64(*s)
	for i := 0; i < len(data); i++ {
		h = h ^ uint64(data[i])
		h = h * mult64
	}
	*s = sum64a(h)
	return len(data), nil
}

// mul128 multiplies the 128-bit value hi:lo by the FNV-128 prime 2^88 + 0x13b, modulo 2^128.
func mul128(hi, lo uint64) (uint64, uint64) {
	phi, plo := bits.Mul64(lo, mult128Lo)
	phi += hi*mult128Lo + lo<<mult128HiSh
	return phi, plo
}

func (s *sum128) Write(data []byte) (int, error) {
	for i := 0; i < len(data); i++ {
		s[0], s[1] = mul128(s[0], s[1])
		s[1] ^= uint64(data[i])
	}
	return len(data), nil
}

func (s *sum128a) Write(data []byte) (int, error) {
	for i := 0; i < len(data); i++ {
		s[1] ^= uint64(data[i])
		s[0], s[1] = mul128(s[0], s[1])
	}
	return len(data), nil
}

func (s *sum32) Size() int   { return 4 }
func (s *sum32a) Size() int  { return 4 }
func (s *sum64) Size() int   { return 8 }
func (s *sum64a) Size() int  { return 8 }
func (s *sum128) Size() int  { return 16 }
func (s *sum128a) Size() int { return 16 }

func (s *sum32) BlockSize() int   { return 1 }
func (s *sum32a) BlockSize() int  { return 1 }
func (s *sum64) BlockSize() int   { return 1 }
func (s *sum64a) BlockSize() int  { return 1 }
func (s *sum128) BlockSize() int  { return 1 }
func (s *sum128a) BlockSize() int { return 1 }

func put32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func put64(b []byte, v uint64) []byte {
	return append(b, byte(v>>56), byte(v>>48), byte(v>>40), byte(v>>32),
		byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func get32(b []byte) uint32 {
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

func get64(b []byte) uint64 {
	return uint64(get32(b))<<32 | uint64(get32(b[4:]))
}

func (s *sum32) Sum(in []byte) []byte   { return put32(in, uint32(*s)) }
func (s *sum32a) Sum(in []byte) []byte  { return put32(in, uint32(*s)) }
func (s *sum64) Sum(in []byte) []byte   { return put64(in, uint64(*s)) }
func (s *sum64a) Sum(in []byte) []byte  { return put64(in, uint64(*s)) }
func (s *sum128) Sum(in []byte) []byte  { return put64(put64(in, s[0]), s[1]) }
func (s *sum128a) Sum(in []byte) []byte { return put64(put64(in, s[0]), s[1]) }

func marshal(id byte, n int) []byte {
	b := make([]byte, 0, 4+n)
	return append(b, 'f', 'n', 'v', id)
}

func (s *sum32) MarshalBinary() ([]byte, error)  { return put32(marshal(1, 4), uint32(*s)), nil }
func (s *sum32a) MarshalBinary() ([]byte, error) { return put32(marshal(2, 4), uint32(*s)), nil }
func (s *sum64) MarshalBinary() ([]byte, error)  { return put64(marshal(3, 8), uint64(*s)), nil }
func (s *sum64a) MarshalBinary() ([]byte, error) { return put64(marshal(4, 8), uint64(*s)), nil }
func (s *sum128) MarshalBinary() ([]byte, error) {
	return put64(put64(marshal(5, 16), s[0]), s[1]), nil
}
func (s *sum128a) MarshalBinary() ([]byte, error) {
	return put64(put64(marshal(6, 16), s[0]), s[1]), nil
}

// checkState checks a marshaled state's identifier and size.
func checkState(b []byte, id byte, n int) error {
	if len(b) < 4 || b[0] != 'f' || b[1] != 'n' || b[2] != 'v' || b[3] != id {
		return errors.New("hash/fnv: invalid hash state identifier")
	}
	if len(b) != 4+n {
		return errors.New("hash/fnv: invalid hash state size")
	}
	return nil
}

func (s *sum32) UnmarshalBinary(b []byte) error {
	if err := checkState(b, 1, 4); err != nil {
		return err
	}
	*s = sum32(get32(b[4:]))
	return nil
}

func (s *sum32a) UnmarshalBinary(b []byte) error {
	if err := checkState(b, 2, 4); err != nil {
		return err
	}
	*s = sum32a(get32(b[4:]))
	return nil
}

func (s *sum64) UnmarshalBinary(b []byte) error {
	if err := checkState(b, 3, 8); err != nil {
		return err
	}
	*s = sum64(get64(b[4:]))
	return nil
}

func (s *sum64a) UnmarshalBinary(b []byte) error {
	if err := checkState(b, 4, 8); err != nil {
		return err
	}
	*s = sum64a(get64(b[4:]))
	return nil
}

func (s *sum128) UnmarshalBinary(b []byte) error {
	if err := checkState(b, 5, 16); err != nil {
		return err
	}
	s[0], s[1] = get64(b[4:]), get64(b[12:])
	return nil
}

func (s *sum128a) UnmarshalBinary(b []byte) error {
	if err := checkState(b, 6, 16); err != nil {
		return err
	}
	s[0], s[1] = get64(b[4:]), get64(b[12:])
	return nil
}
)go";

}  // namespace

StdPackage fnvPackage() {
  return StdPackage{"hash/fnv", "fnv", kPrelude, {}};
}

}  // namespace gomi::stdlib
