// gc/mspan.h — a span: a run of pages holding objects of one span class.
//
// Design: objects carry no header. Everything the collector needs per object is a bit in a bitmap
// indexed by object number: allocBits (allocated as of the last sweep), markBits (reached by the
// current mark). Allocation never writes allocBits; it only advances freeindex, using allocCache —
// a 64-bit inverted window of allocBits — so finding the next free slot is one ctz. Sweeping turns
// markBits into the new allocBits, which frees every unmarked object at once.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>

#include "gc/sizeclasses.h"

namespace gomi::gc {

struct HeapArena;
class SpanList;

// std::popcount becomes a libgcc call unless the build targets POPCNT; this SWAR count is inline.
constexpr unsigned popcount64(std::uint64_t x) {
  x = x - ((x >> 1) & 0x5555555555555555ull);
  x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
  x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
  return static_cast<unsigned>((x * 0x0101010101010101ull) >> 56);
}
static_assert(popcount64(~std::uint64_t{0}) == 64 && popcount64(0x8000000000000101ull) == 3);

enum class SpanState : std::uint8_t { kDead, kInUse, kFree };

inline constexpr std::size_t kMaxSpanObjects = kPageSize / 8;  // class 1: 1024
inline constexpr std::size_t kSpanBitWords = kMaxSpanObjects / 64;

struct MSpan {
  // List links (mcentral lists); `list` says which list, for assertions.
  MSpan* next = nullptr;
  MSpan* prev = nullptr;
  SpanList* list = nullptr;

  std::uintptr_t base = 0;
  std::size_t npages = 0;
  std::uintptr_t limit = 0;  // end of the last object
  HeapArena* arena = nullptr;

  std::size_t elemsize = 0;
  std::uint32_t nelems = 0;
  std::uint32_t divMagic = 0;
  std::uint32_t freeindex = 0;  // every slot below is allocated; search for free slots from here
  std::uint32_t allocCount = 0;
  std::uint64_t allocCache = 0;  // ~allocBits, shifted so bit 0 is freeindex
  std::uint32_t sweepgen = 0;    // see Heap::Impl::sweepgen

  SpanClass spanclass = 0;
  SpanState state = SpanState::kDead;
  bool needzero = false;  // slots may hold old data: zero them at allocation

  std::uint64_t allocBits[kSpanBitWords] = {};
  std::uint64_t markBits[kSpanBitWords] = {};

  bool noscan() const { return spanClassNoscan(spanclass); }
  std::size_t sizeclass() const { return spanClassSize(spanclass); }
  std::size_t bitWords() const { return (nelems + 63) / 64; }
  std::uintptr_t end() const { return base + npages * kPageSize; }

  // Initialise an in-use span for `spc` over the pages already set (base, npages).
  void init(SpanClass spc);

  // Object index of an address known to lie in [base, limit).
  std::size_t objIndex(std::uintptr_t p) const {
    return nelems == 1
               ? 0
               : static_cast<std::size_t>((static_cast<std::uint64_t>(p - base) * divMagic) >> 32);
  }
  std::uintptr_t objBase(std::size_t i) const { return base + i * elemsize; }

  bool isMarked(std::size_t i) const { return (markBits[i / 64] >> (i % 64)) & 1; }
  // Sets the mark bit; returns whether it was already set.
  bool setMarked(std::size_t i) {
    std::uint64_t m = std::uint64_t{1} << (i % 64);
    bool was = (markBits[i / 64] & m) != 0;
    markBits[i / 64] |= m;
    return was;
  }
  bool isAllocated(std::size_t i) const {
    return i < freeindex || ((allocBits[i / 64] >> (i % 64)) & 1);
  }
  std::uint32_t countMarked() const {
    std::uint32_t n = 0;
    for (std::size_t w = 0; w < bitWords(); ++w) n += popcount64(markBits[w]);
    return n;
  }

  void refillAllocCache(std::size_t word) { allocCache = ~allocBits[word]; }
  // Slot index of the next free object, advancing freeindex; nelems when the span is full.
  std::uint32_t nextFreeIndex();

  // The allocation fast path: a free slot from allocCache, or 0 when the slow path is needed.
  std::uintptr_t nextFreeFast() {
    if (allocCache == 0) return 0;
    unsigned bit = static_cast<unsigned>(std::countr_zero(allocCache));
    std::uint32_t result = freeindex + bit;
    if (result >= nelems) return 0;
    std::uint32_t next = result + 1;
    if (next % 64 == 0 && next != nelems) return 0;
    allocCache = bit == 63 ? 0 : allocCache >> (bit + 1);
    freeindex = next;
    ++allocCount;
    return base + result * elemsize;
  }
};

// Intrusive doubly-linked list of spans.
class SpanList {
 public:
  bool empty() const { return first_ == nullptr; }
  MSpan* first() const { return first_; }
  std::size_t size() const { return n_; }
  void push(MSpan* s);
  void remove(MSpan* s);
  MSpan* pop() {
    MSpan* s = first_;
    if (s != nullptr) remove(s);
    return s;
  }

 private:
  MSpan* first_ = nullptr;
  MSpan* last_ = nullptr;
  std::size_t n_ = 0;
};

}  // namespace gomi::gc
