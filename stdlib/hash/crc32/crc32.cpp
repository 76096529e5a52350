// stdlib/hash/crc32/crc32.cpp — package hash/crc32: table-driven CRC-32 (reflected polynomials),
// in Go. Go's slicing-by-8 and hardware paths compute the same values; here every table takes
// the byte-at-a-time path. MakeTable returns the same *Table for IEEE (IEEETable) and for
// Castagnoli on every call, a new one for any other polynomial, as Go does.
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package crc32

import (
	"errors"
	"hash"
)

const Size = 4

const (
	IEEE       = 0xedb88320
	Castagnoli = 0x82f63b78
	Koopman    = 0xeb31d82e
)

type Table [256]uint32

func buildTable(poly uint32) *Table {
	t := new(Table)
	for i := 0; i < 256; i++ {
		v := uint32(i)
		for k := 0; k < 8; k++ {
			if v&1 == 1 {
				v = v>>1 ^ poly
			} else {
				v >>= 1
			}
		}
		t[i] = v
	}
	return t
}

var IEEETable = buildTable(IEEE)

var castagnoliTable *Table

func MakeTable(poly uint32) *Table {
	switch poly {
	case IEEE:
		return IEEETable
	case Castagnoli:
		if castagnoliTable == nil {
			castagnoliTable = buildTable(Castagnoli)
		}
		return castagnoliTable
	}
	return buildTable(poly)
}

func Update(crc uint32, tab *Table, p []byte) uint32 {
	crc = ^crc
	for i := 0; i < len(p); i++ {
		crc = tab[byte(crc)^p[i]] ^ crc>>8
	}
	return ^crc
}

func Checksum(data []byte, tab *Table) uint32 { return Update(0, tab, data) }

func ChecksumIEEE(data []byte) uint32 { return Update(0, IEEETable, data) }

type digest struct {
	crc uint32
	tab *Table
}

func New(tab *Table) hash.Hash32 { return &digest{0, tab} }

func NewIEEE() hash.Hash32 { return New(IEEETable) }

func (d *digest) Size() int { return Size }

func (d *digest) BlockSize() int { return 1 }

func (d *digest) Reset() { d.crc = 0 }

func (d *digest) Write(p []byte) (n int, err error) {
	d.crc = Update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum32() uint32 { return d.crc }

func put32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func get32(b []byte) uint32 {
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

func (d *digest) Sum(in []byte) []byte { return put32(in, d.crc) }

// tableID identifies a table in a marshaled state: the IEEE CRC of its entries, big-endian.
func tableID(t *Table) uint32 {
	b := make([]byte, 0, 1024)
	if t != nil {
		for i := 0; i < 256; i++ {
			b = put32(b, t[i])
		}
	}
	return ChecksumIEEE(b)
}

func (d *digest) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, 12)
	b = append(b, 'c', 'r', 'c', 1)
	b = put32(b, tableID(d.tab))
	return put32(b, d.crc), nil
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < 4 || b[0] != 'c' || b[1] != 'r' || b[2] != 'c' || b[3] != 1 {
		return errors.New("hash/crc32: invalid hash state identifier")
	}
	if len(b) != 12 {
		return errors.New("hash/crc32: invalid hash state size")
	}
	if tableID(d.tab) != get32(b[4:]) {
		return errors.New("hash/crc32: tables do not match")
	}
	d.crc = get32(b[8:])
	return nil
}
)go";

}  // namespace

StdPackage crc32Package() {
  return StdPackage{"hash/crc32", "crc32", kPrelude, {}};
}

}  // namespace gomi::stdlib
