#include "gc/mcache.h"

#include "gc/heap_impl.h"
#include "gc/sys.h"

namespace gomi::gc {

MSpan gEmptySpan;

void MCache::refill(Heap::Impl& h, SpanClass spc) {
  MSpan* s = alloc[spc];
  if (s != &gEmptySpan) {
    if (s->allocCount != s->nelems) fatal("mcache: refill of a span that is not full");
    h.central[spc].uncacheSpan(h, s);
  }
  alloc[spc] = h.central[spc].cacheSpan(h);
}

void MCache::releaseAll(Heap::Impl& h) {
  for (std::size_t spc = 0; spc < kNumSpanClasses; ++spc) {
    MSpan* s = alloc[spc];
    if (s == &gEmptySpan) continue;
    // Slots never handed out stop counting as live.
    h.heapLive -= static_cast<std::uint64_t>(s->nelems - s->allocCount) * s->elemsize;
    h.central[spc].uncacheSpan(h, s);
    alloc[spc] = &gEmptySpan;
  }
}

}  // namespace gomi::gc
