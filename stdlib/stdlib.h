// stdlib/stdlib.h — the standard packages gomi programs can import.
#pragma once

#include "interp/native.h"

namespace gomi {

// Adds every standard package (Go prelude source and C++ natives) to the registry.
void registerStandardPackages(PackageRegistry& registry);

}  // namespace gomi
