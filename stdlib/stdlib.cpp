// stdlib/stdlib.cpp — the list of standard packages.
//
// Each package lives in stdlib/<path>/: a Go prelude compiled by gomi itself (most of the logic
// that needs no speed or reflection) and C++ natives for the rest.
#include "stdlib/stdlib.h"

#include "stdlib/internal/packages.h"

namespace gomi {

void registerStandardPackages(PackageRegistry& registry) {
  registry.add(stdlib::errorsPackage());
  registry.add(stdlib::ioPackage());
  registry.add(stdlib::osPackage());
  registry.add(stdlib::fmtPackage());
  registry.add(stdlib::stringsPackage());
  registry.add(stdlib::strconvPackage());
  registry.add(stdlib::mathPackage());
  registry.add(stdlib::sortPackage());
  registry.add(stdlib::utf8Package());
  registry.add(stdlib::unicodePackage());
  registry.add(stdlib::timePackage());
  registry.add(stdlib::syncPackage());
  registry.add(stdlib::atomicPackage());
  registry.add(stdlib::runtimePackage());
  registry.add(stdlib::debugPackage());
  registry.add(stdlib::bitsPackage());
  registry.add(stdlib::cmplxPackage());
  registry.add(stdlib::randPackage());
  registry.add(stdlib::listPackage());
  registry.add(stdlib::heapPackage());
  registry.add(stdlib::bytesPackage());
  registry.add(stdlib::bufioPackage());
  registry.add(stdlib::contextPackage());
  registry.add(stdlib::logPackage());
  registry.add(stdlib::tabwriterPackage());
  registry.add(stdlib::hashPackage());
  registry.add(stdlib::fnvPackage());
  registry.add(stdlib::crc32Package());
  registry.add(stdlib::adler32Package());
  registry.add(stdlib::pathPackage());
  registry.add(stdlib::filepathPackage());
  registry.add(stdlib::utf16Package());
  registry.add(stdlib::hexPackage());
  registry.add(stdlib::binaryPackage());
  registry.add(stdlib::base64Package());
  registry.add(stdlib::md5Package());
  registry.add(stdlib::sha1Package());
  registry.add(stdlib::sha256Package());
  registry.add(stdlib::ioutilPackage());
}

}  // namespace gomi
