// gc/mcentral.h — all spans of one span class that are not in a cache.
//
// Design: spans are kept on "partial" (has free slots) and "full" lists, each split into swept
// and unswept halves. Which half is which depends on the heap's sweepgen: the lists are indexed by
// sweepgen/2 % 2, so when a cycle ends and sweepgen advances by 2, every "swept" list becomes the
// "unswept" one in O(1) — no walk over the spans. A cache asking for a span gets a swept partial
// one, or sweeps an unswept one on the spot (lazy sweeping), or a fresh span from the page heap.
// Large objects (class 0) live on the full lists so the sweeper finds them the same way.
#pragma once

#include <cstdint>

#include "gc/heap.h"
#include "gc/mspan.h"

namespace gomi::gc {

class MCentral {
 public:
  SpanClass spanclass = 0;

  SpanList& partialSwept(std::uint32_t sg) { return partial_[sg / 2 % 2]; }
  SpanList& partialUnswept(std::uint32_t sg) { return partial_[(sg / 2 + 1) % 2]; }
  SpanList& fullSwept(std::uint32_t sg) { return full_[sg / 2 % 2]; }
  SpanList& fullUnswept(std::uint32_t sg) { return full_[(sg / 2 + 1) % 2]; }

  // A span with at least one free slot, swept, for the cache; nullptr only if the OS refuses.
  MSpan* cacheSpan(Heap::Impl& h);
  // Take back a span from the cache.
  void uncacheSpan(Heap::Impl& h, MSpan* s);

 private:
  MSpan* grow(Heap::Impl& h);

  SpanList partial_[2];
  SpanList full_[2];
};

}  // namespace gomi::gc
