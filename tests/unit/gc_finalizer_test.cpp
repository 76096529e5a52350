#include <gtest/gtest.h>

#include "gc/heap.h"
#include "gc/heap_impl.h"
#include "gc_test_support.h"

namespace gomi::gc {
namespace {

using test::Node;
using test::Roots;

// The runtime's record: here a Node whose `value` names the finalizer and whose `next` holds a
// heap pointer the finalizer needs (standing in for the func value).
Node* newRecord(Heap& h, std::uint64_t id) {
  Node* rec = test::newNode(h, id);
  rec->next = test::newNode(h, id * 1000);  // something only the record reaches
  return rec;
}

// Runs ready finalizers the way the runtime would — take batches until one comes back empty,
// which also unroots the last batch — and returns the record ids in order.
std::vector<std::uint64_t> runFinalizers(Heap& h) {
  std::vector<std::uint64_t> ids;
  for (auto batch = h.takeReadyFinalizers(); !batch.empty(); batch = h.takeReadyFinalizers()) {
    for (const ReadyFinalizer& f : batch) {
      auto* rec = static_cast<Node*>(f.record);
      EXPECT_EQ(rec->next->value, rec->value * 1000) << "record contents survived";
      ids.push_back(rec->value);
    }
  }
  return ids;
}

TEST(GcFinalizer, RunsOnceThenObjectIsFreed) {
  Heap h(test::quietConfig());
  Node* obj = test::newNode(h, 5);
  ASSERT_EQ(h.setFinalizer(obj, newRecord(h, 1)), SetFinalizerResult::kOk);
  h.collect();
  EXPECT_EQ(h.readyFinalizerCount(), 1u);
  EXPECT_TRUE(h.contains(obj)) << "kept alive for its finalizer";
  auto ready = h.takeReadyFinalizers();
  ASSERT_EQ(ready.size(), 1u);
  EXPECT_EQ(ready[0].object, obj);
  EXPECT_EQ(static_cast<Node*>(ready[0].object)->value, 5u);
  h.collect();  // still rooted: taken entries live until the next take
  EXPECT_TRUE(h.contains(obj));
  EXPECT_TRUE(h.takeReadyFinalizers().empty());
  h.collect();
  EXPECT_FALSE(h.contains(obj));
  EXPECT_EQ(h.readStats().HeapObjects, 0u);
}

TEST(GcFinalizer, ReachableObjectsAreNotFinalized) {
  Heap h(test::quietConfig());
  Roots r(h);
  Node* obj = test::newNode(h, 5);
  r.slots = {obj};
  h.setFinalizer(obj, newRecord(h, 1));
  for (int i = 0; i < 3; ++i) h.collect();
  EXPECT_EQ(h.readyFinalizerCount(), 0u);
  EXPECT_EQ(h.readStats().HeapObjects, 3u) << "object, record and what the record holds";
  r.slots.clear();
  h.collect();
  EXPECT_EQ(runFinalizers(h), std::vector<std::uint64_t>{1});
}

TEST(GcFinalizer, ResurrectionKeepsTheObject) {
  Heap h(test::quietConfig());
  Roots r(h);
  Node* obj = test::newNode(h, 5);
  obj->next = test::newNode(h, 6);
  h.setFinalizer(obj, newRecord(h, 1));
  h.collect();
  auto ready = h.takeReadyFinalizers();
  ASSERT_EQ(ready.size(), 1u);
  r.slots = {ready[0].object};  // the finalizer stores its argument in a global
  h.takeReadyFinalizers();
  for (int i = 0; i < 3; ++i) h.collect();
  EXPECT_TRUE(h.contains(obj));
  EXPECT_EQ(obj->next->value, 6u);
  EXPECT_EQ(h.readyFinalizerCount(), 0u) << "a finalizer runs once";
  r.slots.clear();
  h.collect();
  EXPECT_FALSE(h.contains(obj));
}

TEST(GcFinalizer, ClearFinalizer) {
  Heap h(test::quietConfig());
  Node* obj = test::newNode(h, 5);
  h.setFinalizer(obj, newRecord(h, 1));
  EXPECT_TRUE(h.clearFinalizer(obj));
  EXPECT_FALSE(h.clearFinalizer(obj));
  h.collect();
  EXPECT_EQ(h.readyFinalizerCount(), 0u);
  EXPECT_FALSE(h.contains(obj));
  EXPECT_EQ(h.readStats().HeapObjects, 0u) << "the record is no longer rooted";
}

TEST(GcFinalizer, ChainFinalizesInOrder) {
  Heap h(test::quietConfig());
  Node* b = test::newNode(h, 2);
  Node* a = test::newNode(h, 1, b);  // A → B
  h.setFinalizer(a, newRecord(h, 1));
  h.setFinalizer(b, newRecord(h, 2));
  h.collect();
  EXPECT_EQ(runFinalizers(h), std::vector<std::uint64_t>{1}) << "A first";
  EXPECT_TRUE(h.contains(b));
  h.collect();
  EXPECT_EQ(runFinalizers(h), std::vector<std::uint64_t>{2}) << "then B, a cycle later";
  h.collect();
  h.collect();
  EXPECT_FALSE(h.contains(a));
  EXPECT_FALSE(h.contains(b));
  EXPECT_EQ(h.readStats().HeapObjects, 0u);
}

TEST(GcFinalizer, CyclesWithFinalizersAreNeverFinalized) {
  Heap h(test::quietConfig());
  Node* a = test::newNode(h, 1);
  Node* b = test::newNode(h, 2, a);
  a->next = b;
  h.setFinalizer(a, newRecord(h, 1));
  h.setFinalizer(b, newRecord(h, 2));
  h.collect();
  h.collect();
  EXPECT_EQ(h.readyFinalizerCount(), 0u);  // as in Go
  EXPECT_TRUE(h.contains(a));
}

TEST(GcFinalizer, SetFinalizerValidatesItsArgument) {
  Heap h(test::quietConfig());
  Node* obj = test::newNode(h, 5);
  static int global;
  EXPECT_EQ(h.setFinalizer(&global, nullptr), SetFinalizerResult::kNotHeap);
  EXPECT_EQ(h.setFinalizer(h.allocateNoScan(0), nullptr), SetFinalizerResult::kNotHeap);
  EXPECT_EQ(h.setFinalizer(&obj->value, nullptr), SetFinalizerResult::kNotBase);
  EXPECT_EQ(h.setFinalizer(obj, nullptr), SetFinalizerResult::kOk);
  EXPECT_EQ(h.setFinalizer(obj, nullptr), SetFinalizerResult::kAlreadySet);
  h.collect();
  auto ready = h.takeReadyFinalizers();
  ASSERT_EQ(ready.size(), 1u);
  EXPECT_EQ(ready[0].record, nullptr);
}

TEST(GcFinalizer, ManyFinalizersUnderAutomaticCycles) {
  HeapConfig cfg;
  cfg.gcPercent = 50;
  Heap h(cfg);
  std::size_t ran = 0;
  for (int i = 0; i < 200000; ++i) {
    Node* n = test::newNode(h, i);
    if (i % 10 == 0) h.setFinalizer(n, nullptr);
    ran += h.takeReadyFinalizers().size();
  }
  h.collect();
  ran += h.takeReadyFinalizers().size();
  EXPECT_EQ(ran, 20000u);
}

}  // namespace
}  // namespace gomi::gc
