#include "gc/mcentral.h"

#include <cstring>

#include "gc/heap_impl.h"
#include "gc/sweep.h"
#include "gc/sys.h"

namespace gomi::gc {

MSpan* MCentral::cacheSpan(Heap::Impl& h) {
  deductSweepCredit(h, classPages(spanClassSize(spanclass)) * kPageSize);
  std::uint32_t sg = h.sweepgen;
  MSpan* s = partialSwept(sg).pop();
  if (s == nullptr) {
    // An unswept partial span has free slots whatever the sweep finds.
    s = partialUnswept(sg).pop();
    if (s != nullptr) sweepSpan(h, s, /*preserve=*/true);
  }
  // Full spans may have had objects die; look at a bounded number, as Go does, before growing.
  for (int budget = 100; s == nullptr && budget > 0; --budget) {
    MSpan* f = fullUnswept(sg).pop();
    if (f == nullptr) break;
    sweepSpan(h, f, /*preserve=*/true);
    if (f->allocCount < f->nelems) {
      s = f;
    } else {
      fullSwept(sg).push(f);
    }
  }
  if (s == nullptr) s = grow(h);
  // Re-derive the cache window from freeindex (a span uncached mid-way resumes where it stopped).
  s->refillAllocCache(s->freeindex / 64);
  s->allocCache = s->freeindex % 64 == 0 ? s->allocCache : s->allocCache >> (s->freeindex % 64);
  h.heapLive += static_cast<std::uint64_t>(s->nelems - s->allocCount) * s->elemsize;
  return s;
}

void MCentral::uncacheSpan(Heap::Impl& h, MSpan* s) {
  if (s->sweepgen != h.sweepgen) fatal("mcentral: uncaching a span of another sweep generation");
  if (s->allocCount == s->nelems) {
    fullSwept(h.sweepgen).push(s);
  } else {
    partialSwept(h.sweepgen).push(s);
  }
}

MSpan* MCentral::grow(Heap::Impl& h) {
  MSpan* s = h.mheap.allocSpan(classPages(spanClassSize(spanclass)));
  s->init(spanclass);
  s->sweepgen = h.sweepgen;
  if (s->needzero) {
    // Clearing the whole span once is cheaper than a memset call per object.
    std::memset(reinterpret_cast<void*>(s->base), 0, s->npages * kPageSize);
    s->needzero = false;
  }
  return s;
}

}  // namespace gomi::gc
