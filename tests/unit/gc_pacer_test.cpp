#include <gtest/gtest.h>

#include <cstdlib>
#include <limits>

#include "gc/heap.h"
#include "gc/heap_impl.h"
#include "gc/pacer.h"
#include "gc_test_support.h"

namespace gomi::gc {
namespace {

using test::Roots;
constexpr std::uint64_t MiB = 1 << 20;

// Go 1.19 with GOGC=off prints its memory-limit goal: MaxInt64 minus non-heap memory minus 1 MiB
// (e.g. 9223372036844959823), not MaxUint64.
void expectOffNextGC(const MemStats& st) {
  constexpr auto kMaxInt64 = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
  EXPECT_LE(st.NextGC, kMaxInt64 - MiB);
  EXPECT_GT(st.NextGC, kMaxInt64 - 64 * MiB);
  EXPECT_EQ(st.NextGC, kMaxInt64 - MiB - (st.Sys - st.HeapIdle - st.HeapAlloc));
}

TEST(GcPacer, GoalArithmetic) {
  struct Case {
    int pct;
    std::uint64_t marked, stacks, globals, goal;
  };
  const Case cases[] = {
      {100, 10 * MiB, 0, 0, 20 * MiB},      {100, 10 * MiB, 1 * MiB, 1 * MiB, 22 * MiB},
      {50, 10 * MiB, 2 * MiB, 0, 16 * MiB}, {200, 10 * MiB, 0, 2 * MiB, 34 * MiB},
      {100, 1 * MiB, 0, 0, 4 * MiB},  // minimum heap
      {50, 1 * MiB, 0, 0, 2 * MiB},   // minimum scales with GOGC
      {200, 1 * MiB, 0, 0, 8 * MiB},        {0, 10 * MiB, 5 * MiB, 0, 10 * MiB},
  };
  for (const Case& c : cases) {
    Pacer p(c.pct);
    p.commit(c.marked, c.stacks, c.globals);
    EXPECT_EQ(p.heapGoal(), c.goal) << "GOGC=" << c.pct << " marked=" << c.marked;
    EXPECT_EQ(p.trigger(), c.goal);
    EXPECT_FALSE(p.shouldTrigger(c.goal - 1));
    EXPECT_TRUE(p.shouldTrigger(c.goal));
  }
}

TEST(GcPacer, OffMeansNoGoal) {
  Pacer p(-1);
  p.commit(10 * MiB, 0, 0);
  EXPECT_EQ(p.heapGoal(), std::numeric_limits<std::uint64_t>::max());
  EXPECT_FALSE(p.shouldTrigger(std::numeric_limits<std::uint64_t>::max()));
  EXPECT_EQ(p.setGCPercent(100), -1);
  EXPECT_EQ(p.heapGoal(), 20 * MiB);
  EXPECT_EQ(p.setGCPercent(-5), 100);
  EXPECT_EQ(p.gcPercent(), -1);
}

TEST(GcPacer, HeapReportsNextGC) {
  HeapConfig cfg;
  cfg.gcPercent = 100;
  Heap h(cfg);
  Roots r(h);
  EXPECT_EQ(h.readStats().NextGC, 4 * MiB);
  // 8 MiB live in 8 KiB noscan objects.
  for (int i = 0; i < 1024; ++i) r.slots.push_back(h.allocateNoScan(8192));
  h.collect();
  EXPECT_EQ(h.readStats().NextGC, 16 * MiB);
  h.setStackBytes(1 * MiB);
  h.setGlobalsBytes(1 * MiB);
  h.collect();
  EXPECT_EQ(h.readStats().NextGC, 18 * MiB);
  EXPECT_EQ(h.setGCPercent(50), 100);
  EXPECT_EQ(h.readStats().NextGC, 13 * MiB);
  EXPECT_EQ(h.setGCPercent(-1), 50);
  expectOffNextGC(h.readStats());
  EXPECT_EQ(h.setGCPercent(200), -1);
  EXPECT_EQ(h.readStats().NextGC, 28 * MiB);
}

TEST(GcPacer, AutomaticCyclesKeepHeapNearGoal) {
  for (int pct : {50, 100, 200}) {
    HeapConfig cfg;
    cfg.gcPercent = pct;
    Heap h(cfg);
    Roots r(h);
    for (int i = 0; i < 1024; ++i) r.slots.push_back(h.allocateNoScan(8192));  // 8 MiB live
    std::uint64_t peak = 0;
    for (int i = 0; i < 2'000'000; ++i) {
      h.allocateNoScan(64);
      if (i % 1000 == 0) peak = std::max(peak, h.readStats().HeapAlloc);
    }
    MemStats st = h.readStats();
    EXPECT_GT(st.NumGC, 2u) << pct;
    EXPECT_EQ(st.NumForcedGC, 0u);
    std::uint64_t goal = 8 * MiB + 8 * MiB * static_cast<std::uint64_t>(pct) / 100;
    EXPECT_LE(peak, goal + goal / 10) << "GOGC=" << pct;
    EXPECT_GE(st.NextGC, goal);
  }
}

TEST(GcPacer, OffRunsNoAutomaticCycles) {
  HeapConfig cfg;
  cfg.gcPercent = -1;
  Heap h(cfg);
  for (int i = 0; i < 1'000'000; ++i) h.allocateNoScan(64);
  EXPECT_EQ(h.numGC(), 0u);
  expectOffNextGC(h.readStats());
  h.collect();  // runtime.GC still works
  EXPECT_EQ(h.numGC(), 1u);
}

TEST(GcPacer, ConfigFromEnvironment) {
  setenv("GOGC", "off", 1);
  setenv("GODEBUG", "gcstress=7,gccheckmark=1,clobberfree=1,other=3", 1);
  HeapConfig c = configFromEnvironment();
  EXPECT_EQ(c.gcPercent, -1);
  EXPECT_EQ(c.stressEvery, 7);
  EXPECT_TRUE(c.verify);
  EXPECT_TRUE(c.clobberFree);
  setenv("GOGC", "250", 1);
  unsetenv("GODEBUG");
  c = configFromEnvironment();
  EXPECT_EQ(c.gcPercent, 250);
  EXPECT_EQ(c.stressEvery, 0);
  setenv("GOGC", "bogus", 1);
  EXPECT_EQ(configFromEnvironment().gcPercent, 100);
  unsetenv("GOGC");
  EXPECT_EQ(configFromEnvironment().gcPercent, 100);
}

}  // namespace
}  // namespace gomi::gc
