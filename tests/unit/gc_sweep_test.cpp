#include <gtest/gtest.h>

#include <cstring>

#include "gc/heap.h"
#include "gc/heap_impl.h"
#include "gc_test_support.h"

namespace gomi::gc {
namespace {

using test::Node;
using test::Roots;

// An automatic (unforced) cycle: sweeping is left to the allocator and idle time.
void backgroundCycle(Heap& h) {
  h.impl().gcCycle(false);
}

TEST(GcSweep, HeapAllocFallsOnlyAsSpansAreSwept) {
  Heap h(test::quietConfig());
  Roots r(h);
  for (int i = 0; i < 50000; ++i) {
    Node* n = test::newNode(h, i);
    if (i % 2 == 0) r.slots.push_back(n);
  }
  std::uint64_t before = h.readStats().HeapAlloc;
  backgroundCycle(h);
  EXPECT_FALSE(h.sweepDone());
  EXPECT_EQ(h.readStats().HeapAlloc, before) << "nothing is freed until swept";
  EXPECT_EQ(h.readStats().Frees, 0u);
  std::uint64_t last = before;
  int steps = 0;
  while (h.sweepOne()) {
    std::uint64_t now = h.readStats().HeapAlloc;
    EXPECT_LE(now, last);
    last = now;
    ++steps;
  }
  EXPECT_GT(steps, 10);
  EXPECT_TRUE(h.sweepDone());
  EXPECT_EQ(h.readStats().HeapAlloc, before / 2);
  EXPECT_EQ(h.readStats().Frees, 25000u);
}

TEST(GcSweep, CollectLeavesNothingUnswept) {
  Heap h(test::quietConfig());
  Roots r(h);
  for (int i = 0; i < 20000; ++i) {
    r.slots.push_back(test::newNode(h, i));
    h.allocateNoScan(100);
  }
  h.collect();
  EXPECT_TRUE(h.sweepDone());
  EXPECT_FALSE(h.sweepOne());
  auto& impl = h.impl();
  std::size_t unswept = 0;
  impl.mheap.forEachInUseSpan([&](MSpan* s) { unswept += s->sweepgen != impl.sweepgen; });
  EXPECT_EQ(unswept, 0u);
  EXPECT_EQ(h.readStats().HeapObjects, 20000u);
}

TEST(GcSweep, NextCycleFinishesLeftoverSweepFirst) {
  Heap h(test::quietConfig());
  for (int i = 0; i < 30000; ++i) test::newNode(h, i);
  backgroundCycle(h);
  EXPECT_FALSE(h.sweepDone());
  backgroundCycle(h);  // must sweep the old cycle's spans before marking
  EXPECT_EQ(h.readStats().Frees, 30000u);
}

TEST(GcSweep, AllocationSweepsLazilyAndProportionally) {
  HeapConfig cfg;
  cfg.gcPercent = 100;
  Heap h(cfg);
  Roots r(h);
  for (int i = 0; i < 200000; ++i) {
    Node* n = test::newNode(h, i);
    if (i % 4 == 0) r.slots.push_back(n);
  }
  backgroundCycle(h);
  ASSERT_FALSE(h.sweepDone());
  std::uint32_t gcs = h.numGC();
  // Allocating until the next cycle is due must have swept everything by then.
  while (h.numGC() == gcs) h.allocateNoScan(64);
  EXPECT_EQ(h.readStats().Frees % 1, 0u);
  EXPECT_GE(h.readStats().Frees, 150000u);
}

TEST(GcSweep, EmptySpansReturnToThePageHeap) {
  Heap h(test::quietConfig());
  for (int i = 0; i < 100000; ++i) h.allocateNoScan(256);
  std::uint64_t inuse = h.readStats().HeapInuse;
  EXPECT_GE(inuse, 100000u * 256);
  h.collect();
  MemStats st = h.readStats();
  EXPECT_LT(st.HeapInuse, inuse / 100);
  EXPECT_EQ(st.HeapIdle + st.HeapInuse, st.HeapSys);
}

TEST(GcSweep, BackgroundSweepRespectsBudget) {
  Heap h(test::quietConfig());
  for (int i = 0; i < 100000; ++i) h.allocateNoScan(64);
  backgroundCycle(h);
  std::size_t done = h.backgroundSweep(10);
  EXPECT_GE(done, 10u);
  EXPECT_LT(done, 20u);
  EXPECT_FALSE(h.sweepDone());
  while (h.backgroundSweep(1000) > 0) {
  }
  EXPECT_TRUE(h.sweepDone());
}

TEST(GcSweep, ClobberFreePoisonsFreedObjects) {
  HeapConfig cfg = test::quietConfig();
  cfg.clobberFree = true;
  Heap h(cfg);
  Roots r(h);
  auto* keep = static_cast<std::uint64_t*>(h.allocateNoScan(64));
  auto* dead = static_cast<std::uint64_t*>(h.allocateNoScan(64));
  keep[0] = 1;
  dead[0] = 1;
  r.slots = {keep};
  h.collect();
  EXPECT_EQ(keep[0], 1u);
  EXPECT_EQ(dead[0], 0xdeadbeefdeadbeefull);
  EXPECT_EQ(dead[7], 0xdeadbeefdeadbeefull);
  // And the slot comes back zeroed when reused.
  for (int i = 0; i < 200; ++i) {
    auto* p = static_cast<std::uint64_t*>(h.allocateNoScan(64));
    for (int j = 0; j < 8; ++j) ASSERT_EQ(p[j], 0u);
  }
}

TEST(GcSweep, FreeOSMemoryReleasesEverythingIdle) {
  Heap h(test::quietConfig());
  for (int i = 0; i < 10000; ++i) h.allocateNoScan(4000);
  h.freeOSMemory();
  MemStats st = h.readStats();
  EXPECT_EQ(st.HeapReleased, st.HeapIdle);
  EXPECT_EQ(st.HeapInuse, 0u);
}

}  // namespace
}  // namespace gomi::gc
