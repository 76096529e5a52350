#include "gc/sweep.h"

#include <cstring>

#include "gc/heap_impl.h"
#include "gc/sys.h"

namespace gomi::gc {

static void clobber(std::uintptr_t p, std::size_t n) {
  auto* w = reinterpret_cast<std::uint32_t*>(p);
  for (std::size_t i = 0; i < n / 4; ++i) w[i] = 0xdeadbeef;
}

bool sweepSpan(Heap::Impl& h, MSpan* s, bool preserve) {
  std::uint32_t sg = h.sweepgen;
  if (s->state != SpanState::kInUse || s->sweepgen != sg - 2)
    fatal("sweep: span %p is not unswept (state %d, sweepgen %u, heap %u)",
          reinterpret_cast<void*>(s->base), static_cast<int>(s->state), s->sweepgen, sg);
  s->sweepgen = sg;
  h.pagesSwept += s->npages;
  std::uint32_t nalloc = s->countMarked();
  if (nalloc > s->allocCount)
    fatal("sweep: span %p has more marked than allocated objects",
          reinterpret_cast<void*>(s->base));
  std::uint32_t nfreed = s->allocCount - nalloc;
  std::size_t sc = s->sizeclass();
  if (nfreed > 0 && h.cfg.clobberFree) {
    for (std::size_t i = 0; i < s->nelems; ++i)
      if (s->isAllocated(i) && !s->isMarked(i)) clobber(s->objBase(i), s->elemsize);
  }
  if (sc == 0) {
    if (nalloc == 0) {
      ++h.largeFreeCount;
      h.largeFreeBytes += s->elemsize;
      h.mheap.freeSpan(s);
      return true;
    }
    s->markBits[0] = 0;
    if (!preserve) h.central[s->spanclass].fullSwept(sg).push(s);
    return false;
  }
  h.smallFreeCount[sc] += nfreed;
  std::size_t words = s->bitWords();
  std::memcpy(s->allocBits, s->markBits, words * sizeof(std::uint64_t));
  std::memset(s->markBits, 0, words * sizeof(std::uint64_t));
  s->allocCount = nalloc;
  s->freeindex = 0;
  s->refillAllocCache(0);
  if (nfreed > 0) s->needzero = true;
  if (preserve) return false;
  if (nalloc == 0) {
    h.mheap.freeSpan(s);
    return true;
  }
  MCentral& c = h.central[s->spanclass];
  if (nalloc == s->nelems) {
    c.fullSwept(sg).push(s);
  } else {
    c.partialSwept(sg).push(s);
  }
  return false;
}

std::size_t sweepOne(Heap::Impl& h) {
  std::uint32_t sg = h.sweepgen;
  while (h.sweepCursor < kNumSpanClasses) {
    MCentral& c = h.central[h.sweepCursor];
    MSpan* s = c.partialUnswept(sg).pop();
    if (s == nullptr) s = c.fullUnswept(sg).pop();
    if (s != nullptr) {
      std::size_t n = s->npages;
      sweepSpan(h, s, false);
      return n;
    }
    ++h.sweepCursor;
  }
  h.sweepIsDone = true;
  return 0;
}

void finishSweep(Heap::Impl& h) {
  while (!h.sweepIsDone) sweepOne(h);
}

void startSweep(Heap::Impl& h) {
  h.sweepCursor = 0;
  h.sweepIsDone = false;
  h.pagesSwept = 0;
  h.sweepHeapLiveBasis = h.heapLive;
  // The goal the next cycle will actually start at: with a memory limit that may be below GOGC's.
  std::uint64_t goal = h.pacer.limited() ? h.pacer.heapGoal(h.limitInputs()) : h.pacer.heapGoal();
  if ((h.pacer.enabled() || h.pacer.limited()) && goal > h.heapLive) {
    // Spread the sweep of every in-use page over the allocation runway left before the goal.
    h.sweepPagesPerByte =
        static_cast<double>(h.mheap.inusePages()) / static_cast<double>(goal - h.heapLive);
  } else {
    h.sweepPagesPerByte = 0;
  }
}

void deductSweepCredit(Heap::Impl& h, std::size_t bytes) {
  if (h.sweepIsDone || h.sweepPagesPerByte == 0) return;
  std::uint64_t live = h.heapLive + bytes;
  std::uint64_t allocated = live > h.sweepHeapLiveBasis ? live - h.sweepHeapLiveBasis : 0;
  auto target = static_cast<std::uint64_t>(h.sweepPagesPerByte * static_cast<double>(allocated));
  while (h.pagesSwept < target) {
    if (sweepOne(h) == 0) break;
  }
}

}  // namespace gomi::gc
