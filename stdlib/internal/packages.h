// stdlib/internal/packages.h — one constructor per standard package (stdlib/<pkg>/<pkg>.cpp).
#pragma once

#include "interp/native.h"

namespace gomi::stdlib {

StdPackage errorsPackage();
StdPackage ioPackage();
StdPackage osPackage();
StdPackage fmtPackage();
StdPackage stringsPackage();
StdPackage strconvPackage();
StdPackage mathPackage();
StdPackage sortPackage();
StdPackage utf8Package();
StdPackage unicodePackage();
StdPackage timePackage();
StdPackage syncPackage();
StdPackage atomicPackage();
StdPackage runtimePackage();
StdPackage debugPackage();
StdPackage bitsPackage();
StdPackage cmplxPackage();
StdPackage randPackage();
StdPackage listPackage();
StdPackage heapPackage();
StdPackage bytesPackage();
StdPackage bufioPackage();
StdPackage contextPackage();
StdPackage logPackage();
StdPackage tabwriterPackage();
StdPackage hashPackage();
StdPackage fnvPackage();
StdPackage crc32Package();
StdPackage adler32Package();
StdPackage pathPackage();
StdPackage filepathPackage();
StdPackage utf16Package();
StdPackage hexPackage();
StdPackage binaryPackage();
StdPackage base64Package();
StdPackage md5Package();
StdPackage sha1Package();
StdPackage sha256Package();
StdPackage ioutilPackage();

}  // namespace gomi::stdlib
