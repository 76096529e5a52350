#include <gtest/gtest.h>

#include <cstring>

#include "gc/heap.h"
#include "gc/heap_impl.h"
#include "gc_test_support.h"

namespace gomi::gc {
namespace {

using test::Node;
using test::Roots;

std::uint64_t liveObjects(const Heap& h) {
  return h.readStats().HeapObjects;
}

TEST(GcCollect, UnrootedObjectsAreFreed) {
  Heap h(test::quietConfig());
  for (int i = 0; i < 10000; ++i) test::newNode(h, i);
  EXPECT_EQ(liveObjects(h), 10000u);
  h.collect();
  EXPECT_EQ(liveObjects(h), 0u);
  EXPECT_EQ(h.readStats().HeapAlloc, 0u);
}

TEST(GcCollect, CyclesAreCollected) {
  Heap h(test::quietConfig());
  Roots r(h);
  Node* a = test::newNode(h, 1);
  Node* b = test::newNode(h, 2, a);
  a->next = b;  // a ⇄ b
  Node* self = test::newNode(h, 3);
  self->next = self;
  r.slots = {a};
  h.collect();
  EXPECT_EQ(liveObjects(h), 2u);
  EXPECT_TRUE(h.contains(a));
  EXPECT_TRUE(h.contains(b));
  EXPECT_FALSE(h.contains(self));
  r.slots.clear();
  h.collect();
  EXPECT_EQ(liveObjects(h), 0u);
}

TEST(GcCollect, TenMillionDeepListDoesNotOverflowTheMarker) {
  Heap h(test::quietConfig());
  Roots r(h);
  constexpr std::uint8_t mask[] = {1};
  const GcType cell{16, 8, mask, "cell"};  // struct { next *cell; v int }
  struct Cell {
    Cell* next;
    std::uint64_t v;
  };
  constexpr std::uint64_t kN = 10'000'000;
  Cell* head = nullptr;
  r.slots.push_back(nullptr);
  for (std::uint64_t i = 0; i < kN; ++i) {
    auto* c = static_cast<Cell*>(h.allocate(cell));
    c->next = head;
    c->v = i;
    head = c;
    r.slots[0] = head;
  }
  h.collect();
  EXPECT_EQ(liveObjects(h), kN);
  std::uint64_t n = 0;
  for (Cell* c = head; c != nullptr; c = c->next) ++n;
  EXPECT_EQ(n, kN);
  // Drop the back half.
  Cell* c = head;
  for (std::uint64_t i = 0; i < kN / 2 - 1; ++i) c = c->next;
  c->next = nullptr;
  h.collect();
  EXPECT_EQ(liveObjects(h), kN / 2);
  EXPECT_LT(h.impl().markStack.peakBytes(), std::size_t{1} << 20);
}

TEST(GcCollect, UnreachableIslandsAreFreedWhileTheMainlandStays) {
  Heap h(test::quietConfig());
  Roots r(h);
  Node* mainland = nullptr;
  for (int i = 0; i < 1000; ++i) {
    mainland = test::newNode(h, i, mainland);
    // An island: a small ring that nothing outside points to, but which points into the mainland.
    Node* x = test::newNode(h, 100);
    Node* y = test::newNode(h, 101, x);
    x->next = y;
    x->other = mainland;
    r.slots = {mainland};
  }
  h.collect();
  EXPECT_EQ(liveObjects(h), 1000u);
  h.verify();
}

TEST(GcCollect, RootWordOnlyKeepsObject) {
  Heap h(test::quietConfig());
  Roots r(h);
  Node* n = test::newNode(h, 42);
  r.slots = {nullptr, reinterpret_cast<void*>(0x1234), n, &r};  // junk and non-heap words too
  h.collect();
  EXPECT_TRUE(h.contains(n));
  EXPECT_EQ(n->value, 42u);
  r.slots[2] = nullptr;
  h.collect();
  EXPECT_FALSE(h.contains(n));
}

TEST(GcCollect, MarkWordsHonoursTheMask) {
  Heap h(test::quietConfig());
  struct Masked : RootSource {
    std::uintptr_t words[3] = {};
    void scanRoots(Marker& m) override {
      static constexpr std::uint8_t mask[] = {0b101};
      m.markWords(words, 3, mask);
    }
  } roots;
  h.addRootSource(&roots);
  Node* a = test::newNode(h, 1);
  Node* b = test::newNode(h, 2);
  Node* c = test::newNode(h, 3);
  roots.words[0] = reinterpret_cast<std::uintptr_t>(a);
  roots.words[1] = reinterpret_cast<std::uintptr_t>(b);  // not a pointer word: ignored
  roots.words[2] = reinterpret_cast<std::uintptr_t>(c);
  h.collect();
  EXPECT_TRUE(h.contains(a));
  EXPECT_FALSE(h.contains(b));
  EXPECT_TRUE(h.contains(c));
  h.removeRootSource(&roots);
}

TEST(GcCollect, InteriorPointersKeepWholeObjects) {
  Heap h(test::quietConfig());
  Roots r(h);
  Node* n = test::newNode(h, 7);
  n->next = test::newNode(h, 8);
  auto* arr = static_cast<std::uint64_t*>(h.allocateNoScan(8 * 1000));
  arr[999] = 99;
  auto* big = static_cast<char*>(h.allocateNoScan(1 << 20));
  big[0] = 5;
  // Pointers to a field, to the last element, and to the middle of a large object.
  r.slots = {&n->value, &arr[999], big + 500000};
  // And an interior pointer stored in the heap.
  Node* holder = test::newNode(h, 0);
  Node* target = test::newNode(h, 9);
  holder->other = reinterpret_cast<Node*>(&target->pad);
  r.slots.push_back(holder);
  h.collect();
  EXPECT_EQ(liveObjects(h), 6u);
  EXPECT_EQ(n->next->value, 8u);
  EXPECT_EQ(arr[999], 99u);
  EXPECT_EQ(big[0], 5);
  EXPECT_TRUE(h.contains(target));
}

TEST(GcCollect, PointersToFreeSlotsAndNonHeapAreIgnored) {
  Heap h(test::quietConfig());
  Roots r(h);
  static std::uint64_t global = 5;
  Node* n = test::newNode(h, 1);
  n->next = reinterpret_cast<Node*>(&global);
  r.slots = {n};
  Node* dead = test::newNode(h, 2);
  h.collect();
  ASSERT_FALSE(h.contains(dead));
  // A stale pointer to the now-free slot must not resurrect it.
  r.slots.push_back(dead);
  h.collect();
  EXPECT_FALSE(h.contains(dead));
  EXPECT_EQ(liveObjects(h), 1u);
}

TEST(GcCollect, MarkStackOverflowFallsBackToRescan) {
  HeapConfig cfg = test::quietConfig();
  cfg.markStackLimitBytes = 1;  // one chunk only
  Heap h(cfg);
  Roots r(h);
  // A wide, deep graph: 16 arrays of 16384 pointers (more than a chunk holds) to 4-node lists.
  for (int a = 0; a < 16; ++a) {
    auto** arr = static_cast<Node**>(h.allocateArray(test::kPtrType, 16384));
    r.slots.push_back(arr);
    for (int i = 0; i < 16384; ++i) {
      Node* l = nullptr;
      for (int k = 0; k < 4; ++k) l = test::newNode(h, k, l);
      arr[i] = l;
    }
  }
  for (int i = 0; i < 10000; ++i) test::newNode(h, 0);  // garbage
  h.collect();
  EXPECT_EQ(liveObjects(h), 16u + 16u * 16384 * 4);
  h.verify();
  EXPECT_LE(h.impl().markStack.peakBytes(), 64u * 1024);
  EXPECT_GT(h.impl().markOverflowRounds, 0u);
}

TEST(GcCollect, AllocationInsideTriggeredCycleKeepsRootedObjects) {
  HeapConfig cfg;
  cfg.gcPercent = 10;
  Heap h(cfg);
  Roots r(h);
  r.slots.push_back(nullptr);
  for (int i = 0; i < 300000; ++i) {
    Node* n = test::newNode(h, i, static_cast<Node*>(r.slots[0]));
    if (i % 3 == 0) r.slots[0] = n;  // keep a third
    test::newNode(h, i);             // garbage
  }
  EXPECT_GT(h.numGC(), 3u);
  std::uint64_t count = 0;
  for (auto* n = static_cast<Node*>(r.slots[0]); n != nullptr; n = n->next) {
    ASSERT_EQ(n->value % 3, 0u);
    ++count;
  }
  EXPECT_EQ(count, 100000u);
  h.verify();
}

TEST(GcCollect, VerifyCatchesPointerToFreedObject) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_DEATH(
      {
        Heap h(test::quietConfig());
        Roots r(h);
        Node* holder = test::newNode(h, 1);
        r.slots = {holder};
        Node* victim = test::newNode(h, 2);
        h.collect();            // victim freed
        holder->next = victim;  // a dangling pointer the mutator should never have
        h.verify();
      },
      "fatal error: gc verify: .* points to a free object");
}

TEST(GcCollect, AllocatingWhileMarkingIsFatal) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_DEATH(
      {
        Heap h(test::quietConfig());
        struct Bad : RootSource {
          Heap* h;
          void scanRoots(Marker&) override { h->allocateNoScan(16); }
        } bad;
        bad.h = &h;
        h.addRootSource(&bad);
        h.collect();
      },
      "fatal error: allocation during garbage collection");
}

}  // namespace
}  // namespace gomi::gc
