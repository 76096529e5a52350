// stdlib/internal/unicode_tables.h — the Unicode character classes and case mappings gomi knows.
//
// Exact for ASCII and Latin-1 (what Go programs overwhelmingly use); beyond Latin-1 the tables
// cover Latin Extended, Greek, Cyrillic, Armenian, fullwidth Latin and the common CJK/kana/hangul
// letter blocks. Go's full Unicode 13 tables are not reproduced.
#pragma once

#include <cstdint>

namespace gomi::stdlib {

bool uIsSpace(std::int32_t r);
bool uIsLetter(std::int32_t r);
bool uIsDigit(std::int32_t r);
bool uIsPunct(std::int32_t r);
bool uIsUpper(std::int32_t r);
bool uIsLower(std::int32_t r);
std::int32_t uToUpper(std::int32_t r);
std::int32_t uToLower(std::int32_t r);
std::int32_t uToTitle(std::int32_t r);  // uToUpper except for the Latin digraphs (Dž Lj Nj Dz)
// unicode.SimpleFold restricted to the pairs above (and the Kelvin sign / long s orbits).
std::int32_t uSimpleFold(std::int32_t r);

}  // namespace gomi::stdlib
