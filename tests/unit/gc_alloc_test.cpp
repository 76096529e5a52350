#include <gtest/gtest.h>

#include <cstring>
#include <random>
#include <set>

#include "gc/heap.h"
#include "gc/heap_impl.h"
#include "gc/mheap.h"
#include "gc_test_support.h"

namespace gomi::gc {
namespace {

using test::Node;
using test::Roots;

TEST(GcAlloc, MemoryIsZeroedAndDistinct) {
  Heap h(test::quietConfig());
  std::set<void*> seen;
  for (std::size_t n : {1, 7, 8, 9, 16, 33, 100, 1000, 5000, 32768, 32769, 100000}) {
    for (int k = 0; k < 20; ++k) {
      auto* p = static_cast<unsigned char*>(h.allocateNoScan(n));
      ASSERT_TRUE(seen.insert(p).second);
      for (std::size_t i = 0; i < n; ++i) ASSERT_EQ(p[i], 0) << n;
      std::memset(p, 0xab, n);
      EXPECT_TRUE(h.contains(p));
      EXPECT_TRUE(h.contains(p + n - 1));
    }
  }
}

TEST(GcAlloc, ReusedSlotsComeBackZeroed) {
  Heap h(test::quietConfig());
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 5000; ++i) {
      auto* p = static_cast<unsigned char*>(h.allocateNoScan(48));
      for (int j = 0; j < 48; ++j) ASSERT_EQ(p[j], 0);
      std::memset(p, 0xff, 48);
      Node* n = test::newNode(h, 1);
      ASSERT_EQ(n->next, nullptr);
      ASSERT_EQ(n->other, nullptr);
      n->next = n;
      n->other = n;
    }
    h.collect();
  }
}

TEST(GcAlloc, ZeroSizeReturnsZerobase) {
  Heap h(test::quietConfig());
  void* a = h.allocateNoScan(0);
  void* b = h.allocateArray(test::kNodeType, 0);
  GcType empty{0, 0, nullptr, "struct{}"};
  void* c = h.allocate(empty);
  EXPECT_NE(a, nullptr);
  EXPECT_EQ(a, b);
  EXPECT_EQ(a, c);
  EXPECT_FALSE(h.contains(a));
}

TEST(GcAlloc, LargeObjectsGetTheirOwnSpan) {
  Heap h(test::quietConfig());
  auto& mh = h.impl().mheap;
  Roots r(h);
  for (std::size_t n :
       {std::size_t{32769}, std::size_t{40000}, std::size_t{1} << 20, std::size_t{100} << 20}) {
    auto* p = static_cast<char*>(h.allocateNoScan(n));
    r.slots.push_back(p);
    MSpan* s = mh.spanOfInUse(reinterpret_cast<std::uintptr_t>(p));
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->sizeclass(), 0u);
    EXPECT_EQ(s->base, reinterpret_cast<std::uintptr_t>(p));
    EXPECT_EQ(s->npages, (n + kPageSize - 1) / kPageSize);
    EXPECT_EQ(mh.spanOfInUse(reinterpret_cast<std::uintptr_t>(p + n - 1)), s);
    p[n - 1] = 1;
  }
  MemStats st = h.readStats();
  EXPECT_EQ(st.Mallocs, 4u);
  EXPECT_GE(st.HeapAlloc, (std::size_t{101} << 20));
  EXPECT_GE(mh.arenaCount(), 2u);  // 100 MiB does not fit a 64 MiB arena
  h.collect();
  EXPECT_EQ(h.readStats().Frees, 0u);
  r.slots.clear();
  h.collect();
  st = h.readStats();
  EXPECT_EQ(st.Frees, 4u);
  EXPECT_EQ(st.HeapAlloc, 0u);
  EXPECT_EQ(st.HeapInuse, 0u);
}

TEST(GcAlloc, PointerArraysAreScanned) {
  Heap h(test::quietConfig());
  Roots r(h);
  for (std::size_t n : {1, 3, 100, 5000}) {
    auto** arr = static_cast<Node**>(h.allocateArray(test::kPtrType, n));
    r.slots.push_back(arr);
    for (std::size_t i = 0; i < n; ++i) arr[i] = test::newNode(h, i);
  }
  // Array of structs: pointer words repeat every element.
  auto* nodes = static_cast<Node*>(h.allocateArray(test::kNodeType, 1000));
  r.slots.push_back(nodes);
  for (int i = 0; i < 1000; ++i) {
    nodes[i].next = test::newNode(h, i);
    nodes[i].other = test::newNode(h, i + 1);
    nodes[i].value = 0xdead;  // not a pointer word: must never be followed
  }
  h.collect();
  h.verify();
  for (int i = 0; i < 1000; ++i) {
    ASSERT_TRUE(h.contains(nodes[i].next));
    ASSERT_EQ(nodes[i].next->value, static_cast<std::uint64_t>(i));
    ASSERT_EQ(nodes[i].other->value, static_cast<std::uint64_t>(i + 1));
  }
  auto** big = static_cast<Node**>(r.slots[3]);
  for (std::size_t i = 0; i < 5000; ++i) ASSERT_EQ(big[i]->value, i);
}

// The arena pointer bitmap matches the GcType mask, repeated per element, and nothing else.
TEST(GcAlloc, PointerBitmapMatchesType) {
  Heap h(test::quietConfig());
  auto& mh = h.impl().mheap;
  std::mt19937 rng(7);
  for (int iter = 0; iter < 2000; ++iter) {
    std::size_t words = 1 + rng() % (iter % 10 == 0 ? 600 : 40);
    std::size_t pwords = 1 + rng() % words;
    std::vector<std::uint8_t> mask((pwords + 7) / 8);
    for (auto& b : mask) b = static_cast<std::uint8_t>(rng());
    mask[(pwords - 1) / 8] |= static_cast<std::uint8_t>(1u << ((pwords - 1) % 8));
    GcType t{words * 8, pwords * 8, mask.data(), "rand"};
    std::size_t n = iter % 3 == 0 ? 1 + rng() % 20 : 1;
    auto p = reinterpret_cast<std::uintptr_t>(n == 1 ? h.allocate(t) : h.allocateArray(t, n));
    MSpan* s = mh.spanOfInUse(p);
    HeapArena* a = s->arena;
    for (std::size_t w = 0; w < s->elemsize / 8; ++w) {
      std::size_t aw = a->wordIndex(p) + w;
      bool got = (a->ptrBits[aw / 64] >> (aw % 64)) & 1;
      std::size_t e = w / words, i = w % words;
      bool want = e < n && i < pwords && ((mask[i / 8] >> (i % 8)) & 1);
      ASSERT_EQ(got, want) << "iter " << iter << " word " << w;
    }
    if (iter % 100 == 99) h.collect();  // later objects reuse slots with stale bits
  }
}

// Long arrays of small elements take the word-at-a-time path when the element size divides 64
// words: every element, up to the last word of the last one, must get its mask.
TEST(GcAlloc, PointerBitmapOfLongArrays) {
  Heap h(test::quietConfig());
  auto& mh = h.impl().mheap;
  std::mt19937 rng(11);
  for (std::size_t words : {1u, 2u, 3u, 4u, 5u, 8u, 16u, 32u, 64u}) {
    // n = 5 and 10 put 64- and 32-word elements in the 2688-byte class, whose second slot
    // starts 16 words into a bitmap word.
    for (std::size_t n : {2u, 3u, 5u, 10u, 63u, 64u, 65u, 1000u, 5001u}) {
      std::size_t pwords = 1 + rng() % words;
      std::vector<std::uint8_t> mask((pwords + 7) / 8);
      for (auto& b : mask) b = static_cast<std::uint8_t>(rng());
      mask[(pwords - 1) / 8] |= static_cast<std::uint8_t>(1u << ((pwords - 1) % 8));
      GcType t{words * 8, pwords * 8, mask.data(), "long"};
      for (int copy = 0; copy < 3; ++copy) {  // later slots of a span start mid-word
        auto p = reinterpret_cast<std::uintptr_t>(h.allocateArray(t, n));
        MSpan* s = mh.spanOfInUse(p);
        HeapArena* a = s->arena;
        for (std::size_t w = 0; w < s->elemsize / 8; ++w) {
          std::size_t aw = a->wordIndex(p) + w;
          bool got = (a->ptrBits[aw / 64] >> (aw % 64)) & 1;
          std::size_t e = w / words, i = w % words;
          bool want = e < n && i < pwords && ((mask[i / 8] >> (i % 8)) & 1);
          ASSERT_EQ(got, want) << "words " << words << " n " << n << " word " << w;
        }
      }
    }
  }
}

TEST(GcAlloc, SpansAreReusedAfterCollection) {
  Heap h(test::quietConfig());
  for (int i = 0; i < 100000; ++i) h.allocateNoScan(64);
  std::size_t sys = h.readStats().HeapSys;
  for (int round = 0; round < 20; ++round) {
    h.collect();
    for (int i = 0; i < 100000; ++i) h.allocateNoScan(64);
  }
  EXPECT_EQ(h.readStats().HeapSys, sys) << "garbage should be recycled, not grow the heap";
}

TEST(GcMHeap, CoalescesFreeNeighbours) {
  MHeap mh;
  MSpan* a = mh.allocSpan(3);
  MSpan* b = mh.allocSpan(5);
  MSpan* c = mh.allocSpan(2);
  ASSERT_EQ(b->base, a->base + 3 * kPageSize);
  ASSERT_EQ(c->base, b->base + 5 * kPageSize);
  std::size_t before = mh.freeSpanCount();  // the rest of the grown region
  mh.freeSpan(a);
  EXPECT_EQ(mh.freeSpanCount(), before + 1);
  mh.freeSpan(c);  // merges with the free tail
  EXPECT_EQ(mh.freeSpanCount(), before + 1);
  mh.freeSpan(b);  // merges a, b, c and the tail into one run
  EXPECT_EQ(mh.freeSpanCount(), 1u);
  EXPECT_EQ(mh.largestFreeRun(), mh.heapSys() / kPageSize);
  MSpan* d = mh.allocSpan(10);
  EXPECT_EQ(d->base, mh.spanOf(d->base)->base);
  EXPECT_TRUE(d->needzero) << "pages were used before";
  EXPECT_EQ(mh.inusePages(), 10u);
}

TEST(GcMHeap, BestFitPrefersExactRuns) {
  MHeap mh;
  MSpan* s[6];
  for (auto*& x : s) x = mh.allocSpan(4);
  mh.freeSpan(s[1]);  // a 4-page hole
  mh.freeSpan(s[3]);
  mh.freeSpan(s[4]);  // an 8-page hole
  MSpan* t = mh.allocSpan(4);
  EXPECT_EQ(t->base, s[0]->base + 4 * kPageSize);  // reuses s[1]'s hole, the best fit
  MSpan* u = mh.allocSpan(8);
  EXPECT_EQ(u->base, s[2]->base + 4 * kPageSize);
}

TEST(GcMHeap, ArenasGrowAndScavenge) {
  MHeap mh;
  EXPECT_EQ(mh.heapSys(), 0u);
  MSpan* a = mh.allocSpan(1);
  EXPECT_EQ(mh.heapSys(), 4u << 20) << "grows 4 MiB at a time";
  EXPECT_EQ(mh.heapReleased(), (4u << 20) - kPageSize) << "untouched pages count as released";
  EXPECT_FALSE(a->needzero) << "fresh memory is zero";
  std::vector<MSpan*> spans;
  for (int i = 0; i < 20; ++i) spans.push_back(mh.allocSpan(512));  // 80 MiB
  EXPECT_EQ(mh.arenaCount(), 2u);
  EXPECT_EQ(mh.heapInuse(), kPageSize + 20 * (std::size_t{4} << 20));
  for (MSpan* s : spans) {
    std::memset(reinterpret_cast<void*>(s->base), 1, s->npages * kPageSize);
    mh.freeSpan(s);
  }
  std::size_t idle = mh.heapIdle() - mh.heapReleased();
  EXPECT_GE(idle, std::size_t{80} << 20);
  std::size_t got = mh.scavenge(SIZE_MAX);
  EXPECT_EQ(got, idle);
  EXPECT_EQ(mh.heapReleased(), mh.heapIdle());
  MSpan* b = mh.allocSpan(512);
  EXPECT_FALSE(b->needzero) << "released pages read as zero";
  EXPECT_EQ(*reinterpret_cast<char*>(b->base + 100), 0);
}

TEST(GcMHeap, HugeSpanGetsItsOwnArena) {
  MHeap mh;
  MSpan* s = mh.allocSpan((std::size_t{200} << 20) / kPageSize);
  EXPECT_EQ(mh.spanOf(s->base + (std::size_t{150} << 20)), s);
  EXPECT_EQ(mh.arenaOf(s->base), mh.arenaOf(s->base + (std::size_t{199} << 20)));
  mh.freeSpan(s);
}

TEST(GcAlloc, StatsAccountObjects) {
  Heap h(test::quietConfig());
  Roots r(h);
  for (int i = 0; i < 1000; ++i) r.slots.push_back(h.allocateNoScan(24));
  for (int i = 0; i < 500; ++i) h.allocateNoScan(24);
  MemStats st = h.readStats();
  EXPECT_EQ(st.Mallocs, 1500u);
  EXPECT_EQ(st.TotalAlloc, 1500u * 24);
  EXPECT_EQ(st.HeapAlloc, 1500u * 24);
  EXPECT_EQ(st.HeapObjects, 1500u);
  EXPECT_EQ(st.HeapSys, st.HeapIdle + st.HeapInuse);
  EXPECT_GE(st.Sys, st.HeapSys + st.MSpanSys + st.MCacheSys);
  EXPECT_GT(st.MSpanInuse, 0u);
  EXPECT_GT(st.MCacheInuse, 0u);
  h.collect();
  st = h.readStats();
  EXPECT_EQ(st.Frees, 500u);
  EXPECT_EQ(st.HeapAlloc, 1000u * 24);
  EXPECT_EQ(st.HeapObjects, 1000u);
  EXPECT_EQ(st.BySize[3].Mallocs, 1500u);
  EXPECT_EQ(st.BySize[3].Frees, 500u);
  EXPECT_EQ(st.NumGC, 1u);
  EXPECT_EQ(st.NumForcedGC, 1u);
  EXPECT_GT(st.LastGC, 0u);
  EXPECT_EQ(st.PauseTotalNs, st.PauseNs[0]);
  EXPECT_GT(st.PauseEnd[0], 0u);
}

}  // namespace
}  // namespace gomi::gc
