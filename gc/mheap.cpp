#include "gc/mheap.h"

#include <algorithm>
#include <bit>

#include "gc/sys.h"

namespace gomi::gc {

MHeap::MHeap() {
  arenaIndex_ = static_cast<HeapArena**>(sysAlloc(kArenaIndexEntries * sizeof(HeapArena*)));
}

MHeap::~MHeap() {
  for (HeapArena* a : arenas_) {
    sysFree(reinterpret_cast<void*>(a->base), a->npages * kPageSize);
    sysFree(a->meta, a->metaBytes);
    delete a;
  }
  sysFree(arenaIndex_, kArenaIndexEntries * sizeof(HeapArena*));
}

HeapArena* MHeap::newArena(std::size_t bytes) {
  bytes = (bytes + kArenaBytes - 1) & ~(kArenaBytes - 1);
  auto* a = new HeapArena;
  a->base = reinterpret_cast<std::uintptr_t>(sysAlloc(bytes, kArenaBytes));
  sysHugePage(reinterpret_cast<void*>(a->base), bytes);
  if ((a->base + bytes) >> kAddressBits) fatal("heap address beyond 48 bits");
  a->npages = bytes / kPageSize;
  std::size_t spansBytes = a->npages * sizeof(MSpan*);
  std::size_t ptrWords = a->npages * (kPageSize / 8) / 64 + 1;  // +1: readers may load one past
  std::size_t pageWords = (a->npages + 63) / 64;
  a->metaBytes = spansBytes + (ptrWords + 2 * pageWords) * sizeof(std::uint64_t);
  a->metaBytes = (a->metaBytes + 4095) & ~std::size_t{4095};
  a->meta = sysAlloc(a->metaBytes);
  auto* m = static_cast<char*>(a->meta);
  a->spans = reinterpret_cast<MSpan**>(m);
  a->ptrBits = reinterpret_cast<std::uint64_t*>(m + spansBytes);
  a->scavenged = a->ptrBits + ptrWords;
  a->dirty = a->scavenged + pageWords;
  metaSys_ += a->metaBytes;
  for (std::uintptr_t p = a->base; p < a->base + bytes; p += kArenaBytes)
    arenaIndex_[p >> kArenaShift] = a;
  arenas_.push_back(a);
  return a;
}

void MHeap::grow(std::size_t npages) {
  HeapArena* a = cur_;
  if (a == nullptr || a->npages - a->grownPages < npages) {
    // The tail of the old arena stays unused (and costs nothing: it was never part of HeapSys).
    a = newArena(npages * kPageSize);
    if (a->npages > kArenaBytes / kPageSize || cur_ == nullptr || npages <= kArenaBytes / kPageSize)
      cur_ = a;
  }
  std::size_t n = std::max(npages, kGrowPages);
  n = (n + kGrowPages - 1) / kGrowPages * kGrowPages;
  n = std::min(n, a->npages - a->grownPages);
  std::size_t first = a->grownPages;
  a->grownPages += n;
  sysPages_ += n;
  // Fresh pages count as released (Go: "prepared" memory) and are known to be zero.
  setBits(a->scavenged, first, n, true);
  releasedPages_ += n;
  MSpan* s = spanalloc_.alloc();
  s->base = a->base + first * kPageSize;
  s->npages = n;
  s->arena = a;
  insertFree(s);
}

void MHeap::setSpanPages(MSpan* s, std::size_t first, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) s->arena->spans[first + i] = s;
}

std::size_t MHeap::countBits(const std::uint64_t* bm, std::size_t first, std::size_t n) const {
  std::size_t c = 0;
  for (std::size_t i = first; i < first + n;) {
    if (i % 64 == 0 && i + 64 <= first + n) {
      c += popcount64(bm[i / 64]);
      i += 64;
    } else {
      c += (bm[i / 64] >> (i % 64)) & 1;
      ++i;
    }
  }
  return c;
}

void MHeap::setBits(std::uint64_t* bm, std::size_t first, std::size_t n, bool v) const {
  for (std::size_t i = first; i < first + n;) {
    if (i % 64 == 0 && i + 64 <= first + n) {
      bm[i / 64] = v ? ~std::uint64_t{0} : 0;
      i += 64;
    } else {
      std::uint64_t m = std::uint64_t{1} << (i % 64);
      bm[i / 64] = v ? bm[i / 64] | m : bm[i / 64] & ~m;
      ++i;
    }
  }
}

void MHeap::insertFree(MSpan* s) {
  HeapArena* a = s->arena;
  s->state = SpanState::kFree;
  s->spanclass = 0;
  std::size_t first = a->pageIndex(s->base);
  if (first > 0) {
    MSpan* prev = a->spans[first - 1];
    if (prev != nullptr && prev->state == SpanState::kFree && prev->end() == s->base) {
      free_.erase({prev->npages, prev->base});
      prev->npages += s->npages;
      s->state = SpanState::kDead;  // stale page-table entries may still point here
      spanalloc_.free(s);
      s = prev;
    }
  }
  std::size_t endPage = a->pageIndex(s->end());
  if (endPage < a->grownPages) {
    MSpan* next = a->spans[endPage];
    if (next != nullptr && next->state == SpanState::kFree && next->base == s->end()) {
      free_.erase({next->npages, next->base});
      s->npages += next->npages;
      next->state = SpanState::kDead;
      spanalloc_.free(next);
    }
  }
  first = a->pageIndex(s->base);
  a->spans[first] = s;
  a->spans[first + s->npages - 1] = s;
  free_.insert({s->npages, s->base});
}

MSpan* MHeap::allocSpan(std::size_t npages) {
  auto it = free_.lower_bound({npages, 0});
  bool grew = false;
  if (it == free_.end()) {
    grow(npages);
    grew = true;
    it = free_.lower_bound({npages, 0});
    if (it == free_.end()) fatal("mheap: grow did not provide %zu pages", npages);
  }
  MSpan* f = spanOf(it->second);
  free_.erase(it);
  HeapArena* a = f->arena;
  MSpan* s;
  if (f->npages == npages) {
    s = f;
  } else {
    // Carve from the front; the rest stays free.
    s = spanalloc_.alloc();
    s->base = f->base;
    s->npages = npages;
    s->arena = a;
    f->base += npages * kPageSize;
    f->npages -= npages;
    std::size_t ff = a->pageIndex(f->base);
    a->spans[ff] = f;
    a->spans[ff + f->npages - 1] = f;
    free_.insert({f->npages, f->base});
  }
  std::size_t first = a->pageIndex(s->base);
  s->needzero = countBits(a->dirty, first, npages) != 0;
  std::size_t rel = countBits(a->scavenged, first, npages);
  releasedPages_ -= rel;
  setBits(a->scavenged, first, npages, false);
  setBits(a->dirty, first, npages, true);
  setSpanPages(s, first, npages);
  s->state = SpanState::kInUse;
  s->next = s->prev = nullptr;
  s->list = nullptr;
  s->sweepgen = 0;
  inusePages_ += npages;
  if (grew && afterGrow) afterGrow();
  return s;
}

void MHeap::freeSpan(MSpan* s) {
  if (s->state != SpanState::kInUse)
    fatal("mheap: freeing span %p not in use", reinterpret_cast<void*>(s->base));
  if (s->list != nullptr)
    fatal("mheap: freeing span %p still on a list", reinterpret_cast<void*>(s->base));
  inusePages_ -= s->npages;
  insertFree(s);
}

std::size_t MHeap::scavenge(std::size_t bytes) {
  std::size_t want = bytes / kPageSize + (bytes % kPageSize != 0 ? 1 : 0);
  std::size_t done = 0;
  // Largest runs first: they are the least likely to be reused soon.
  for (auto it = free_.rbegin(); it != free_.rend() && done < want; ++it) {
    MSpan* f = spanOf(it->second);
    HeapArena* a = f->arena;
    std::size_t first = a->pageIndex(f->base);
    for (std::size_t i = 0; i < f->npages && done < want;) {
      if ((a->scavenged[(first + i) / 64] >> ((first + i) % 64)) & 1) {
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j < f->npages && j - i < want - done &&
             !((a->scavenged[(first + j) / 64] >> ((first + j) % 64)) & 1))
        ++j;
      sysUnused(reinterpret_cast<void*>(f->base + i * kPageSize), (j - i) * kPageSize);
      setBits(a->scavenged, first + i, j - i, true);
      setBits(a->dirty, first + i, j - i, false);
      releasedPages_ += j - i;
      done += j - i;
      i = j;
    }
  }
  return done * kPageSize;
}

}  // namespace gomi::gc
