#include <gtest/gtest.h>

#include <random>

#include "gc/heap.h"
#include "gc/heap_impl.h"
#include "gc_test_support.h"

namespace gomi::gc {
namespace {

using test::Node;
using test::Roots;

// A random graph mutated under gcstress (a collection before every Nth allocation) and
// gccheckmark (every mark verified): any object freed while reachable, or any pointer bitmap
// written wrong, shows up as a verify failure or a corrupted value.
void churn(const HeapConfig& cfg, int steps) {
  Heap h(cfg);
  Roots r(h);
  r.slots.assign(64, nullptr);
  std::mt19937 rng(42);
  for (int step = 0; step < steps; ++step) {
    std::size_t slot = rng() % r.slots.size();
    switch (rng() % 5) {
      case 0:
      case 1: {
        Node* n = test::newNode(h, step, static_cast<Node*>(r.slots[slot]));
        n->pad = static_cast<std::uint64_t>(step) * 3;
        r.slots[slot] = n;
        break;
      }
      case 2: {
        // Root the holder before the next allocation: native locals are not roots.
        Node* holder = test::newNode(h, step, static_cast<Node*>(r.slots[slot]));
        holder->pad = static_cast<std::uint64_t>(step) * 3;
        r.slots[slot] = holder;
        auto** arr = static_cast<Node**>(h.allocateArray(test::kPtrType, 1 + rng() % 50));
        arr[0] = holder->next;
        holder->other = reinterpret_cast<Node*>(arr);
        break;
      }
      case 3:
        h.allocateNoScan(rng() % 40000);
        break;
      case 4:
        if (rng() % 8 == 0) r.slots[slot] = nullptr;
        break;
    }
  }
  // Every reachable node still holds consistent data.
  std::size_t seen = 0;
  for (void* s : r.slots) {
    for (auto* n = static_cast<Node*>(s); n != nullptr; n = n->next) {
      ASSERT_EQ(n->pad, n->value * 3);
      if (n->other != nullptr) {
        auto** arr = reinterpret_cast<Node**>(n->other);
        ASSERT_TRUE(h.contains(arr));
        for (Node* m = arr[0]; m != nullptr; m = m->next) ASSERT_EQ(m->pad, m->value * 3);
      }
      ++seen;
    }
  }
  EXPECT_GT(seen, 0u);
  h.verify();
}

TEST(GcStress, CollectBeforeEveryAllocation) {
  HeapConfig cfg;
  cfg.stressEvery = 1;
  cfg.verify = true;
  churn(cfg, 3000);
}

TEST(GcStress, EverySeventhAllocationWithClobber) {
  HeapConfig cfg;
  cfg.stressEvery = 7;
  cfg.verify = true;
  cfg.clobberFree = true;
  churn(cfg, 30000);
}

TEST(GcStress, AutomaticCyclesWithVerify) {
  HeapConfig cfg;
  cfg.gcPercent = 25;
  cfg.verify = true;
  cfg.clobberFree = true;
  churn(cfg, 100000);
}

}  // namespace
}  // namespace gomi::gc
