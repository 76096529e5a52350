// gc/mcache.h — the per-P allocation cache: one span per span class.
//
// Design: the allocation fast path touches only the cache's span for the class (a ctz over its
// allocCache), so it needs no lock and no call into shared structures; only when the span is full
// does the cache trade it at the mcentral. With a single P the Heap owns one MCache, but nothing
// here assumes there is only one. Allocation counts are kept here (per cache) and summed on demand.
#pragma once

#include <array>
#include <cstdint>

#include "gc/heap.h"
#include "gc/mspan.h"

namespace gomi::gc {

// The span every empty cache slot points at: it has no free slot, so the fast path needs no null
// check and falls into refill.
extern MSpan gEmptySpan;

struct MCache {
  std::array<MSpan*, kNumSpanClasses> alloc;
  std::array<std::uint64_t, kNumSizeClasses> smallAllocCount{};  // objects, per size class

  MCache() { alloc.fill(&gEmptySpan); }

  // Replace the (full) span for `spc` with one that has a free slot.
  void refill(Heap::Impl& h, SpanClass spc);
  // Give every cached span back to its mcentral (before a collection).
  void releaseAll(Heap::Impl& h);
};

}  // namespace gomi::gc
