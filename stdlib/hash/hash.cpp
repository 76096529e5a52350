// stdlib/hash/hash.cpp — package hash: the interfaces every hash function implements.
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package hash

import "io"

type Hash interface {
	io.Writer
	Sum(b []byte) []byte
	Reset()
	Size() int
	BlockSize() int
}

type Hash32 interface {
	Hash
	Sum32() uint32
}

type Hash64 interface {
	Hash
	Sum64() uint64
}
)go";

}  // namespace

StdPackage hashPackage() {
  return StdPackage{"hash", "hash", kPrelude, {}};
}

}  // namespace gomi::stdlib
