// gc/sizeclasses.h — Go 1.19's size classes, and everything derived from them.
//
// Design: small objects are grouped into 67 size classes so that a span (a run of pages) holds
// objects of one size and needs no per-object header; the classes and the number of pages per span
// are Go 1.19's exactly (runtime/sizeclasses.go), chosen there to bound both tail waste and
// rounding waste at 12.5%. One constexpr table, kSizeClasses, is the only source of these facts:
// the size→class lookup tables and the division magic below are computed from it at compile time,
// so they cannot drift apart.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace gomi::gc {

inline constexpr std::size_t kPageShift = 13;
inline constexpr std::size_t kPageSize = std::size_t{1} << kPageShift;  // 8 KiB
inline constexpr std::size_t kMaxSmallSize = 32768;  // larger objects get a span of their own
inline constexpr std::size_t kSmallSizeDiv = 8;
inline constexpr std::size_t kSmallSizeMax = 1024;
inline constexpr std::size_t kLargeSizeDiv = 128;

struct SizeClass {
  std::uint32_t size;   // bytes per object
  std::uint8_t npages;  // pages per span
};

// Class 0 stands for "large object" (a span of its own).
inline constexpr std::array<SizeClass, 68> kSizeClasses = {{
    {0, 0},     {8, 1},      {16, 1},    {24, 1},    {32, 1},    {48, 1},    {64, 1},    {80, 1},
    {96, 1},    {112, 1},    {128, 1},   {144, 1},   {160, 1},   {176, 1},   {192, 1},   {208, 1},
    {224, 1},   {240, 1},    {256, 1},   {288, 1},   {320, 1},   {352, 1},   {384, 1},   {416, 1},
    {448, 1},   {480, 1},    {512, 1},   {576, 1},   {640, 1},   {704, 1},   {768, 1},   {896, 1},
    {1024, 1},  {1152, 1},   {1280, 1},  {1408, 2},  {1536, 1},  {1792, 2},  {2048, 1},  {2304, 2},
    {2688, 1},  {3072, 3},   {3200, 2},  {3456, 3},  {4096, 1},  {4864, 3},  {5376, 2},  {6144, 3},
    {6528, 4},  {6784, 5},   {6912, 6},  {8192, 1},  {9472, 7},  {9728, 6},  {10240, 5}, {10880, 4},
    {12288, 3}, {13568, 5},  {14336, 7}, {16384, 2}, {18432, 9}, {19072, 7}, {20480, 5}, {21760, 8},
    {24576, 3}, {27264, 10}, {28672, 7}, {32768, 4},
}};

inline constexpr std::size_t kNumSizeClasses = kSizeClasses.size();
inline constexpr std::size_t kNumSpanClasses = kNumSizeClasses * 2;

constexpr std::uint32_t classSize(std::size_t c) {
  return kSizeClasses[c].size;
}
constexpr std::size_t classPages(std::size_t c) {
  return kSizeClasses[c].npages;
}
constexpr std::uint32_t classObjects(std::size_t c) {
  return c == 0 ? 1 : static_cast<std::uint32_t>(classPages(c) * kPageSize / classSize(c));
}
// (offset * divMagic) >> 32 == offset / size for every offset inside a span of the class, which
// turns the interior-pointer → object-index division into a multiply (checked by a unit test).
constexpr std::uint32_t classDivMagic(std::size_t c) {
  return c == 0 ? 0 : static_cast<std::uint32_t>(~std::uint32_t{0} / classSize(c) + 1);
}

namespace detail {
constexpr std::uint8_t smallestClassFor(std::size_t bytes) {
  for (std::size_t c = 1; c < kNumSizeClasses; ++c)
    if (classSize(c) >= bytes) return static_cast<std::uint8_t>(c);
  return 0;
}
inline constexpr auto kSizeToClass8 = [] {
  std::array<std::uint8_t, kSmallSizeMax / kSmallSizeDiv + 1> t{};
  for (std::size_t i = 0; i < t.size(); ++i) t[i] = smallestClassFor(i * kSmallSizeDiv);
  return t;
}();
inline constexpr auto kSizeToClass128 = [] {
  std::array<std::uint8_t, (kMaxSmallSize - kSmallSizeMax) / kLargeSizeDiv + 1> t{};
  for (std::size_t i = 0; i < t.size(); ++i)
    t[i] = smallestClassFor(kSmallSizeMax + i * kLargeSizeDiv);
  return t;
}();
}  // namespace detail

// The size class for a small allocation (0 < bytes <= kMaxSmallSize).
constexpr std::uint8_t sizeToClass(std::size_t bytes) {
  if (bytes <= kSmallSizeMax - 8)
    return detail::kSizeToClass8[(bytes + kSmallSizeDiv - 1) / kSmallSizeDiv];
  return detail::kSizeToClass128[(bytes - kSmallSizeMax + kLargeSizeDiv - 1) / kLargeSizeDiv];
}

// A span class is a size class plus a "noscan" bit: pointer-free objects live in separate spans so
// the marker never looks at them and allocation writes no pointer bitmap for them.
using SpanClass = std::uint8_t;
constexpr SpanClass makeSpanClass(std::size_t sizeclass, bool noscan) {
  return static_cast<SpanClass>(sizeclass << 1 | (noscan ? 1 : 0));
}
constexpr std::size_t spanClassSize(SpanClass s) {
  return s >> 1;
}
constexpr bool spanClassNoscan(SpanClass s) {
  return (s & 1) != 0;
}

static_assert(classSize(1) == 8 && classSize(67) == 32768);
static_assert(classObjects(35) == 11 && classObjects(60) == 4);
static_assert(sizeToClass(1) == 1 && sizeToClass(17) == 3 && sizeToClass(1025) == 33);
static_assert(sizeToClass(kMaxSmallSize) == 67);

}  // namespace gomi::gc
