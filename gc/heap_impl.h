// gc/heap_impl.h — Heap::Impl: the state of one heap, shared by the files of gc/.
//
// Design: the Heap facade owns exactly one Impl; mcentral/mcache/mark/sweep are written as
// functions over it instead of holding back-pointers to each other, which keeps the ownership graph
// a tree (Impl owns mheap, centrals, the cache, the pacer, the mark stack, the finalizer table).
// Internal: only gc/ and gc's own tests include this.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <unordered_map>
#include <vector>

#include "gc/fixalloc.h"
#include "gc/heap.h"
#include "gc/mark.h"
#include "gc/mcache.h"
#include "gc/mcentral.h"
#include "gc/mheap.h"
#include "gc/pacer.h"

namespace gomi::gc {

struct Heap::Impl {
  explicit Impl(const HeapConfig& c);
  ~Impl();

  HeapConfig cfg;
  MHeap mheap;
  std::array<MCentral, kNumSpanClasses> central;
  FixAlloc<MCache> cachealloc;
  MCache* cache = nullptr;
  Pacer pacer;
  MarkStack markStack;

  // Spans with sweepgen == sweepgen-2 need sweeping, == sweepgen are swept. Advances by 2 per
  // cycle.
  std::uint32_t sweepgen = 2;

  // heapLive: bytes in cached spans (whole spans, as Go counts) plus live bytes since the last
  // mark.
  std::uint64_t heapLive = 0;
  std::uint64_t heapMarked = 0;
  std::uint64_t stackBytes = 0;
  std::uint64_t globalsBytes = 0;

  // Proportional sweep state.
  double sweepPagesPerByte = 0;
  std::uint64_t pagesSwept = 0;
  std::uint64_t sweepHeapLiveBasis = 0;
  std::size_t sweepCursor = 0;  // next span class to look at for unswept spans
  bool sweepIsDone = true;

  // Statistics not kept in the cache.
  std::array<std::uint64_t, kNumSizeClasses> smallFreeCount{};
  std::uint64_t largeAllocCount = 0, largeAllocBytes = 0, largeFreeCount = 0, largeFreeBytes = 0;
  std::uint32_t numGC = 0, numForcedGC = 0;
  std::uint64_t lastGC = 0, pauseTotalNs = 0;
  std::array<std::uint64_t, 256> pauseNs{}, pauseEnd{};
  std::uint64_t gcCpuNs = 0;
  std::uint64_t startNanotime = 0;

  // Memory-limit inputs from outside gc/ (goroutine stacks), and the GC CPU limiter's state: in
  // the memory-limit regime a cycle starts only once the program has run at least as long as
  // the previous cycle paused it, so the collector takes at most half the time (Go 1.19 caps
  // the collector at 50% of the CPU the same way when the limit forces cycles back to back).
  std::function<std::uint64_t()> externalBytes;
  std::uint64_t lastGCEndNanotime = 0, lastPauseNs = 0;

  std::vector<RootSource*> roots;
  std::unordered_map<std::uintptr_t, void*> finalizers;  // object base → record
  std::vector<ReadyFinalizer> readyFinalizers;
  std::vector<ReadyFinalizer> takenFinalizers;  // rooted until the next take

  std::uint64_t markOverflowRounds = 0;  // times the marker fell back to a heap rescan
  int stressCount = 0;
  bool inGC = false;

  void* mallocgc(std::size_t size, const GcType* typ, std::size_t n, bool noscan);
  void* largeAlloc(std::size_t size, bool noscan, MSpan*& span);
  void* nextFreeSlow(SpanClass spc, MSpan*& span);
  void heapBitsSetType(std::uintptr_t p, std::size_t slot, const GcType& typ, std::size_t n);
  // The figures the memory-limit goal is computed from, now.
  LimitInputs limitInputs() const;
  // Whether an allocation that grows heapLive should start a cycle first.
  bool shouldCollect();
  // Bytes of heap objects: allocated less freed (dead objects count until swept), Go's heapAlloc.
  std::uint64_t heapAllocBytes() const;
  // With a memory limit: return free pages until mappedReady() is at most the limit (on heap
  // growth) or 95% of it (after a cycle, the fraction Go's background scavenger aims at).
  void scavengeForLimit(bool afterCycle);
  // Mapped and not released (what the memory limit bounds): Sys - HeapReleased.
  std::uint64_t mappedReady() const;
  // One collection; `forced` for runtime.GC (counts NumForcedGC and finishes sweeping).
  void gcCycle(bool forced);
  // The object containing p: base and span (nullptr if p is not in a live allocated object).
  MSpan* findObject(std::uintptr_t p, std::uintptr_t& base, std::size_t& index) const;
};

}  // namespace gomi::gc
