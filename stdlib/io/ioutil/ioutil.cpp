// stdlib/io/ioutil/ioutil.cpp — package io/ioutil: the functions that need no file system
// (ReadAll, NopCloser, Discard, which Go 1.19 forwards to package io). ReadFile, WriteFile,
// ReadDir, TempFile and TempDir are missing.
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package ioutil

import "io"

func ReadAll(r io.Reader) ([]byte, error) {
	return io.ReadAll(r)
}

func NopCloser(r io.Reader) io.ReadCloser {
	return io.NopCloser(r)
}

var Discard io.Writer = io.Discard
)go";

}  // namespace

StdPackage ioutilPackage() {
  return StdPackage{"io/ioutil", "ioutil", kPrelude, {}};
}

}  // namespace gomi::stdlib
