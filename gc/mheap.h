// gc/mheap.h — the page heap: arenas from the OS, runs of free pages, the page→span table.
//
// Design: address space is reserved in 64 MiB arenas aligned to 64 MiB, so "which arena holds this
// address" is a shift and one load from a flat table (as on Go's linux/amd64). Each arena carries
// its metadata out of line: a span pointer per 8 KiB page (interior-pointer lookup for the marker),
// a pointer bitmap with one bit per word (written at allocation, read by the marker), and per-page
// "scavenged" and "dirty" bits that let the allocator skip zeroing fresh or released memory and the
// scavenger know what it already gave back. Arenas are grown into in 4 MiB steps, so HeapSys tracks
// what is usable rather than what is reserved.
//
// Free page runs are kept as free spans in a set ordered by (size, address) — best fit, lowest
// address first — and coalesced with their neighbours on free through the page table (a free span
// records itself at its first and last page). This is Go's pre-1.14 design (it uses a radix tree of
// bitmaps now); with one heap lock and no P-local page caches it is simpler and fast enough.
// Spans never cross arenas; an object bigger than an arena gets an arena of its own size.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <set>
#include <utility>
#include <vector>

#include "gc/fixalloc.h"
#include "gc/mspan.h"

namespace gomi::gc {

inline constexpr std::size_t kArenaShift = 26;
inline constexpr std::size_t kArenaBytes = std::size_t{1} << kArenaShift;  // 64 MiB
inline constexpr std::size_t kAddressBits = 48;
inline constexpr std::size_t kArenaIndexEntries = std::size_t{1} << (kAddressBits - kArenaShift);
inline constexpr std::size_t kGrowPages = (4u << 20) / kPageSize;  // grow arenas 4 MiB at a time

struct HeapArena {
  std::uintptr_t base = 0;
  std::size_t npages = 0;              // reserved
  std::size_t grownPages = 0;          // [0, grownPages) is part of the heap (HeapSys)
  MSpan** spans = nullptr;             // per page
  std::uint64_t* ptrBits = nullptr;    // per 8-byte word of the arena
  std::uint64_t* scavenged = nullptr;  // per page: returned to the OS (or never touched)
  std::uint64_t* dirty = nullptr;      // per page: may hold nonzero bytes
  void* meta = nullptr;
  std::size_t metaBytes = 0;

  std::size_t pageIndex(std::uintptr_t p) const { return (p - base) >> kPageShift; }
  std::size_t wordIndex(std::uintptr_t p) const { return (p - base) >> 3; }
};

class MHeap {
 public:
  MHeap();
  ~MHeap();
  MHeap(const MHeap&) = delete;
  MHeap& operator=(const MHeap&) = delete;

  // A span of `npages` fresh pages in state kInUse with base/npages/arena/needzero set and the page
  // table pointing at it. The caller initialises the span class (MSpan::init).
  MSpan* allocSpan(std::size_t npages);
  // Return an in-use span's pages; the span object is recycled.
  void freeSpan(MSpan* s);

  HeapArena* arenaOf(std::uintptr_t p) const {
    if (p >> kAddressBits) return nullptr;
    return arenaIndex_[p >> kArenaShift];
  }
  // The span whose page table entry covers p (any state; stale for pages inside free spans), or
  // nullptr outside the heap.
  MSpan* spanOf(std::uintptr_t p) const {
    HeapArena* a = arenaOf(p);
    if (a == nullptr || p >= a->base + a->grownPages * kPageSize) return nullptr;
    return a->spans[a->pageIndex(p)];
  }
  // The in-use span containing an object at p, or nullptr.
  MSpan* spanOfInUse(std::uintptr_t p) const {
    MSpan* s = spanOf(p);
    if (s == nullptr || s->state != SpanState::kInUse || p < s->base || p >= s->limit)
      return nullptr;
    return s;
  }

  // Return free pages to the OS until `bytes` are released (or none are left); returns bytes.
  std::size_t scavenge(std::size_t bytes);
  // Called at the end of an allocSpan that had to grow the heap (the heap scavenges there to
  // stay under its memory limit, as Go's allocSpan does).
  std::function<void()> afterGrow;

  template <class F>
  void forEachInUseSpan(F&& f) const {
    for (HeapArena* a : arenas_) {
      std::size_t i = 0;
      while (i < a->grownPages) {
        MSpan* s = a->spans[i];
        if (s != nullptr && s->base == a->base + i * kPageSize && s->state != SpanState::kDead) {
          if (s->state == SpanState::kInUse) f(s);
          i += s->npages;
        } else {
          ++i;
        }
      }
    }
  }

  // Statistics, in bytes unless named otherwise.
  std::size_t heapSys() const { return sysPages_ * kPageSize; }
  std::size_t heapInuse() const { return inusePages_ * kPageSize; }
  std::size_t heapIdle() const { return (sysPages_ - inusePages_) * kPageSize; }
  std::size_t heapReleased() const { return releasedPages_ * kPageSize; }
  std::size_t inusePages() const { return inusePages_; }
  std::size_t spanInuseBytes() const { return spanalloc_.inuseBytes(); }
  std::size_t spanSysBytes() const { return spanalloc_.sysBytes(); }
  std::size_t metaSysBytes() const { return metaSys_; }  // arena metadata (GCSys)
  std::size_t otherSysBytes() const { return kArenaIndexEntries * sizeof(HeapArena*); }
  std::size_t arenaCount() const { return arenas_.size(); }
  std::size_t freeSpanCount() const { return free_.size(); }
  std::size_t largestFreeRun() const { return free_.empty() ? 0 : free_.rbegin()->first; }

 private:
  void grow(std::size_t npages);
  HeapArena* newArena(std::size_t bytes);
  void insertFree(MSpan* s);  // coalesces
  void setSpanPages(MSpan* s, std::size_t first, std::size_t n);
  std::size_t countBits(const std::uint64_t* bm, std::size_t first, std::size_t n) const;
  void setBits(std::uint64_t* bm, std::size_t first, std::size_t n, bool v) const;

  HeapArena** arenaIndex_ = nullptr;
  std::vector<HeapArena*> arenas_;
  HeapArena* cur_ = nullptr;                               // the arena being grown into
  std::set<std::pair<std::size_t, std::uintptr_t>> free_;  // (npages, base) of free spans
  FixAlloc<MSpan> spanalloc_;
  std::size_t sysPages_ = 0;
  std::size_t inusePages_ = 0;
  std::size_t releasedPages_ = 0;
  std::size_t metaSys_ = 0;
};

}  // namespace gomi::gc
