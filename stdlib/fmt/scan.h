// stdlib/fmt/scan.h — fmt's scanning family, joined to package fmt by fmt.cpp.
#pragma once

#include <string_view>
#include <vector>

#include "interp/native.h"

namespace gomi::stdlib {

// Go source appended to fmt's prelude (no package clause; it uses fmt's imports).
std::string_view scanPrelude();
// Adds the natives the scanning prelude declares.
void addScanNatives(std::vector<NativeFunc>& natives);

}  // namespace gomi::stdlib
