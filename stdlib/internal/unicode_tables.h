// stdlib/internal/unicode_tables.h — the Unicode character classes and case mappings gomi knows.
//
// The data (unicode_data.cpp) is generated from Go 1.19's own unicode package by
// gen_unicode_data.go, so every answer matches Go's: the categories, a few properties and
// scripts, the case mappings and simple case folding of Unicode 13.0.0.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace gomi::stdlib {

// Code points lo, lo+stride, ..., up to hi.
struct URun {
  std::int32_t lo, hi, stride;
};

// Code points in [lo, hi] (every stride-th one) map to r+du, r+dl, r+dt in upper, lower and
// title case. Stride 0: alternating upper/lower pairs, the upper one at even offsets from lo.
struct UCaseRun {
  std::int32_t lo, hi, stride, du, dl, dt;
};

struct UFold {
  std::int32_t r, fold;
};

// A named set, as exported by package unicode (several names may share runs).
struct UTableEntry {
  const char* name;
  const URun* runs;
  std::size_t n;
};

extern const UTableEntry kUnicodeTables[];
extern const std::size_t kUnicodeTableCount;
extern const UCaseRun kCaseRuns[];
extern const std::size_t kCaseRunCount;
extern const UFold kFoldExceptions[];
extern const std::size_t kFoldExceptionCount;
// Go's predicates over Latin-1, one bit per Latin1Bit.
extern const std::uint16_t kLatin1Props[256];

enum Latin1Bit : std::uint16_t {
  kL1Control = 1 << 0,
  kL1Letter = 1 << 1,
  kL1Upper = 1 << 2,
  kL1Lower = 1 << 3,
  kL1Title = 1 << 4,
  kL1Digit = 1 << 5,
  kL1Number = 1 << 6,
  kL1Punct = 1 << 7,
  kL1Symbol = 1 << 8,
  kL1Mark = 1 << 9,
  kL1Space = 1 << 10,
  kL1Graphic = 1 << 11,
  kL1Print = 1 << 12,
};

// Index into kUnicodeTables of the set called `name`, or -1.
int uTableIndex(std::string_view name);
bool uInTable(const UTableEntry& t, std::int32_t r);

bool uIsSpace(std::int32_t r);
bool uIsLetter(std::int32_t r);
bool uIsDigit(std::int32_t r);
bool uIsNumber(std::int32_t r);
bool uIsPunct(std::int32_t r);
bool uIsSymbol(std::int32_t r);
bool uIsMark(std::int32_t r);
bool uIsUpper(std::int32_t r);
bool uIsLower(std::int32_t r);
bool uIsTitle(std::int32_t r);
bool uIsControl(std::int32_t r);
bool uIsGraphic(std::int32_t r);
bool uIsPrint(std::int32_t r);  // also strconv.IsPrint
std::int32_t uToUpper(std::int32_t r);
std::int32_t uToLower(std::int32_t r);
std::int32_t uToTitle(std::int32_t r);
std::int32_t uSimpleFold(std::int32_t r);

}  // namespace gomi::stdlib
