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

namespace gomi::gc {
namespace {

constexpr std::uint64_t kMiB = 1 << 20;

TEST(GcPacerMemoryLimit, SetReturnsPreviousAndNegativeQueries) {
  Pacer p;
  EXPECT_FALSE(p.limited());
  EXPECT_EQ(p.setMemoryLimit(64 * kMiB), Pacer::kNoLimit);
  EXPECT_TRUE(p.limited());
  EXPECT_EQ(p.setMemoryLimit(-1), static_cast<std::int64_t>(64 * kMiB));
  EXPECT_EQ(p.memoryLimit(), static_cast<std::int64_t>(64 * kMiB));
  EXPECT_EQ(p.setMemoryLimit(0), static_cast<std::int64_t>(64 * kMiB));
  EXPECT_EQ(p.setMemoryLimit(Pacer::kNoLimit), 0);
  EXPECT_FALSE(p.limited());
}

TEST(GcPacerMemoryLimit, GoalArithmetic) {
  Pacer p(100, 100 * kMiB);
  p.commit(10 * kMiB, 0, 0);
  EXPECT_EQ(p.heapGoal(), 20 * kMiB);  // the GOGC goal alone
  // 30 MiB mapped: 5 free, 15 objects, so 10 MiB that can never hold heap objects.
  LimitInputs in{30 * kMiB, 5 * kMiB, 15 * kMiB};
  EXPECT_EQ(p.memoryLimitGoal(in), 100 * kMiB - 10 * kMiB - Pacer::kLimitHeadroom);
  EXPECT_EQ(p.heapGoal(in), 20 * kMiB);  // GOGC's goal is the smaller
  p.setMemoryLimit(25 * kMiB);
  LimitInputs under{20 * kMiB, 2 * kMiB, 8 * kMiB};  // 10 MiB non-heap, 5 MiB under the limit
  EXPECT_EQ(p.heapGoal(under), 14 * kMiB);           // now the limit's goal is the smaller
  EXPECT_FALSE(p.shouldTrigger(14 * kMiB - 1, under));
  EXPECT_TRUE(p.shouldTrigger(14 * kMiB, under));
  // 5 MiB over the limit: 25 - 10 - 5 - 1 = 9 MiB, but never below the 10 MiB marked.
  EXPECT_EQ(p.heapGoal(in), 10 * kMiB);
  // Over the limit: the overage comes off the goal, which never drops below heapMarked.
  LimitInputs over{40 * kMiB, 5 * kMiB, 15 * kMiB};  // 20 MiB non-heap + 15 MiB over
  EXPECT_EQ(p.memoryLimitGoal(over), 10 * kMiB);
  p.setMemoryLimit(36 * kMiB);  // 20 non-heap + 4 over leaves 12 MiB, less 1 MiB headroom
  EXPECT_EQ(p.memoryLimitGoal(over), 11 * kMiB);
  // A goal within two headrooms of nothing is one headroom, but still not below heapMarked.
  p.commit(0, 0, 0);
  p.setMemoryLimit(static_cast<std::int64_t>(11 * kMiB + kMiB / 2));
  LimitInputs small{11 * kMiB, 0, 1 * kMiB};  // 10 MiB non-heap leaves 1.5 MiB
  EXPECT_EQ(p.memoryLimitGoal(small), Pacer::kLimitHeadroom);
  p.commit(3 * kMiB, 0, 0);
  EXPECT_EQ(p.memoryLimitGoal(small), 3 * kMiB);
}

TEST(GcPacerMemoryLimit, PacesWithGOGCOff) {
  Pacer p(-1, 64 * kMiB);
  LimitInputs in{8 * kMiB, 2 * kMiB, 4 * kMiB};
  EXPECT_FALSE(p.enabled());
  EXPECT_FALSE(p.shouldTrigger(1ull << 60));  // the GOGC goal alone never triggers
  EXPECT_EQ(p.heapGoal(in), 64 * kMiB - 2 * kMiB - Pacer::kLimitHeadroom);
  EXPECT_TRUE(p.shouldTrigger(61 * kMiB, in));
}

TEST(GcPacerMemoryLimit, HeapCollectsNearTheLimitWithGOGCOff) {
  HeapConfig cfg;
  cfg.gcPercent = -1;
  cfg.memoryLimit = 24 * kMiB;
  Heap h(cfg);
  Roots r(h);
  for (int i = 0; i < 256; ++i) r.slots.push_back(h.allocateNoScan(8192));  // 2 MiB live
  MemStats st = h.readStats();
  EXPECT_LT(st.NextGC, 24 * kMiB);
  std::uint64_t peak = 0;
  for (int i = 0; i < 3'000'000; ++i) {  // 192 MiB of garbage
    h.allocateNoScan(64);
    if (i % 1000 == 0) peak = std::max(peak, h.readStats().HeapAlloc);
  }
  st = h.readStats();
  EXPECT_GT(st.NumGC, 2u);
  EXPECT_EQ(st.NumForcedGC, 0u);
  EXPECT_LT(peak, 24 * kMiB);
  EXPECT_LE(st.HeapSys - st.HeapReleased, 24 * kMiB);
  EXPECT_LT(st.NextGC, 24 * kMiB);
  EXPECT_EQ(h.setMemoryLimit(-1), static_cast<std::int64_t>(24 * kMiB));
  EXPECT_EQ(h.setMemoryLimit(Pacer::kNoLimit), static_cast<std::int64_t>(24 * kMiB));
  EXPECT_GT(h.readStats().NextGC, std::uint64_t{1} << 62);
}

TEST(GcPacerMemoryLimit, ExternalBytesLowerTheGoal) {
  HeapConfig cfg;
  cfg.gcPercent = -1;
  cfg.memoryLimit = 64 * kMiB;
  Heap h(cfg);
  std::uint64_t before = h.readStats().NextGC;
  h.setExternalBytesSource([] { return 8 * kMiB; });
  EXPECT_EQ(h.readStats().NextGC, before - 8 * kMiB);
}

TEST(GcPacerMemoryLimit, ParseByteCount) {
  struct Case {
    const char* in;
    bool ok;
    std::int64_t want;
  } cases[] = {
      {"0", true, 0},
      {"12345", true, 12345},
      {"100B", true, 100},
      {"1KiB", true, 1024},
      {"64MiB", true, 64 << 20},
      {"2GiB", true, std::int64_t{2} << 30},
      {"3TiB", true, std::int64_t{3} << 40},
      {"9223372036854775807", true, INT64_MAX},
      {"9223372036854775808", false, 0},
      {"8388608TiB", false, 0},  // 2^63 bytes
      {"", false, 0},
      {"B", false, 0},
      {"KiB", false, 0},
      {"5iB", false, 0},
      {"10MB", false, 0},
      {"10kiB", false, 0},
      {"10PiB", false, 0},
      {"-5", false, 0},
      {"+5", false, 0},
      {"0x10", false, 0},
      {"1.5GiB", false, 0},
      {"off", false, 0},
  };
  for (const Case& c : cases) {
    std::int64_t v = -1;
    EXPECT_EQ(parseByteCount(c.in, &v), c.ok) << c.in;
    if (c.ok) {
      EXPECT_EQ(v, c.want) << c.in;
    }
  }
}

TEST(GcPacerMemoryLimit, ConfigFromEnvironment) {
  unsetenv("GOMEMLIMIT");
  EXPECT_EQ(configFromEnvironment().memoryLimit, INT64_MAX);
  setenv("GOMEMLIMIT", "off", 1);
  EXPECT_EQ(configFromEnvironment().memoryLimit, INT64_MAX);
  setenv("GOMEMLIMIT", "512MiB", 1);
  EXPECT_EQ(configFromEnvironment().memoryLimit, std::int64_t{512} << 20);
  unsetenv("GOMEMLIMIT");
}

TEST(GcPacerMemoryLimitDeathTest, MalformedEnvironmentIsFatal) {
  setenv("GOMEMLIMIT", "10MB", 1);
  EXPECT_EXIT(configFromEnvironment(), ::testing::ExitedWithCode(2),
              "GOMEMLIMIT=10MB\nfatal error: malformed GOMEMLIMIT; see `go doc "
              "runtime/debug.SetMemoryLimit`");
  unsetenv("GOMEMLIMIT");
}

}  // namespace
}  // namespace gomi::gc

namespace gomi::gc {
namespace {

TEST(GcPacerMemoryLimit, HeapGrowthOverTheLimitScavenges) {
  constexpr std::uint64_t kMiB = 1 << 20;
  HeapConfig cfg;
  cfg.gcPercent = -1;
  Heap h(cfg);
  Roots fence(h);
  {
    Roots r(h);
    for (int i = 0; i < 2048; ++i) r.slots.push_back(h.allocateNoScan(8192));  // 16 MiB
    // A live object above them keeps their pages from merging with the pages the heap grows by.
    fence.slots.push_back(h.allocateNoScan(64 * 1024));
  }
  h.collect();  // 16 MiB free, and kept: neither GOGC nor a limit asks for scavenging
  MemStats st = h.readStats();
  EXPECT_GE(st.HeapSys - st.HeapReleased, 16 * kMiB);
  h.setMemoryLimit(24 * kMiB);
  // 32 MiB fits in no free run, so the heap grows past the limit and gives the free pages back.
  void* big = h.allocateNoScan(32 * kMiB);
  ASSERT_NE(big, nullptr);
  st = h.readStats();
  EXPECT_EQ(st.NumGC, 1u);
  EXPECT_LT(st.HeapSys - st.HeapReleased, 33 * kMiB);
}

}  // namespace
}  // namespace gomi::gc
