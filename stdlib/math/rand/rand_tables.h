// stdlib/math/rand/rand_tables.h — the data math/rand computes with (rand_tables.cpp, generated
// by gen_rng_table.go from Go 1.19).
#pragma once

#include <cstdint>

namespace gomi::stdlib {

// Words in the generator's state (the long lag) and the distance of the second tap.
inline constexpr int kRngLen = 607;
inline constexpr int kRngTap = 273;

// Word i of a freshly seeded state is the seed's Lehmer-generator word XOR kRngCooked[i].
extern const std::int64_t kRngCooked[kRngLen];

// Ziggurat layers of NormFloat64 (128) and ExpFloat64 (256): the acceptance bound of each layer,
// and the float32 scale and density as bit patterns.
extern const std::uint32_t kNormK[128];
extern const std::uint32_t kNormWBits[128];
extern const std::uint32_t kNormFBits[128];
extern const std::uint32_t kExpK[256];
extern const std::uint32_t kExpWBits[256];
extern const std::uint32_t kExpFBits[256];

}  // namespace gomi::stdlib
