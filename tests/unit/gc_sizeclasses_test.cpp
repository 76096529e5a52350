#include <gtest/gtest.h>

#include <set>

#include "gc/heap.h"
#include "gc/heap_impl.h"
#include "gc/sizeclasses.h"
#include "gc_test_support.h"

namespace gomi::gc {
namespace {

// objects per span, from Go 1.19's sizeclasses.go table comment.
constexpr std::uint32_t kGoObjects[68] = {
    0,  1024, 512, 341, 256, 170, 128, 102, 85, 73, 64, 56, 51, 46, 42, 39, 36,
    34, 32,   28,  25,  23,  21,  19,  18,  17, 16, 14, 12, 11, 10, 9,  8,  7,
    6,  11,   5,   9,   4,   7,   3,   8,   5,  7,  2,  5,  3,  4,  5,  6,  7,
    1,  6,    5,   4,   3,   2,   3,   4,   1,  4,  3,  2,  3,  1,  3,  2,  1};

TEST(GcSizeClasses, TableMatchesGo) {
  EXPECT_EQ(kNumSizeClasses, 68u);
  EXPECT_EQ(classSize(1), 8u);
  EXPECT_EQ(classSize(67), 32768u);
  for (std::size_t c = 1; c < kNumSizeClasses; ++c) {
    EXPECT_EQ(classObjects(c), kGoObjects[c]) << "class " << c;
    EXPECT_GT(classSize(c), classSize(c - 1));
    EXPECT_EQ(classSize(c) % 8, 0u);
  }
}

TEST(GcSizeClasses, EverySizeRoundsToSmallestFittingClass) {
  std::size_t c = 1;
  for (std::size_t n = 1; n <= kMaxSmallSize; ++n) {
    while (classSize(c) < n) ++c;
    ASSERT_EQ(sizeToClass(n), c) << "size " << n;
  }
}

TEST(GcSizeClasses, DivMagicIsExactDivision) {
  for (std::size_t c = 1; c < kNumSizeClasses; ++c) {
    std::uint64_t spanBytes = classPages(c) * kPageSize;
    for (std::uint64_t off = 0; off < spanBytes; ++off)
      ASSERT_EQ((off * classDivMagic(c)) >> 32, off / classSize(c)) << "class " << c;
  }
}

TEST(GcSizeClasses, AllocationsFillSpansOfTheirClass) {
  Heap h(test::quietConfig());
  auto& impl = h.impl();
  for (std::size_t c = 1; c < kNumSizeClasses; ++c) {
    std::size_t size = classSize(c) - (classSize(c) > 8 ? 7 : 0);  // rounds up into class c
    std::set<std::uintptr_t> spans;
    std::uintptr_t prev = 0;
    for (std::uint32_t i = 0; i < classObjects(c); ++i) {
      auto p = reinterpret_cast<std::uintptr_t>(h.allocateNoScan(size));
      MSpan* s = impl.mheap.spanOfInUse(p);
      ASSERT_NE(s, nullptr);
      EXPECT_EQ(s->sizeclass(), c);
      EXPECT_EQ(s->npages, classPages(c));
      EXPECT_EQ(s->nelems, classObjects(c));
      EXPECT_EQ((p - s->base) % classSize(c), 0u);
      if (prev != 0) {
        EXPECT_EQ(p, prev + classSize(c));  // a fresh span fills in order
      }
      prev = p;
      spans.insert(s->base);
    }
    EXPECT_EQ(spans.size(), 1u) << "class " << c << " objects should share one span";
    auto extra = reinterpret_cast<std::uintptr_t>(h.allocateNoScan(size));
    EXPECT_NE(impl.mheap.spanOfInUse(extra)->base, *spans.begin()) << "span " << c << " was full";
  }
  MemStats st = h.readStats();
  for (std::size_t c = 1; c < 61; ++c) {
    EXPECT_EQ(st.BySize[c].Size, classSize(c));
    EXPECT_EQ(st.BySize[c].Mallocs, classObjects(c) + 1u);
  }
  EXPECT_EQ(st.BySize[0].Size, 0u);
}

TEST(GcSizeClasses, ScanAndNoscanUseSeparateSpans) {
  Heap h(test::quietConfig());
  void* a = h.allocate(test::kNodeType);
  void* b = h.allocateNoScan(32);
  auto& mh = h.impl().mheap;
  MSpan* sa = mh.spanOfInUse(reinterpret_cast<std::uintptr_t>(a));
  MSpan* sb = mh.spanOfInUse(reinterpret_cast<std::uintptr_t>(b));
  EXPECT_NE(sa, sb);
  EXPECT_FALSE(sa->noscan());
  EXPECT_TRUE(sb->noscan());
  EXPECT_EQ(sa->sizeclass(), sb->sizeclass());
}

}  // namespace
}  // namespace gomi::gc
