// tests/unit/map_test.cpp — Go maps (interp/gomap.h) under heavy use, for every key kind.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <set>
#include <string>
#include <vector>

#include "gc/heap.h"
#include "interp/gomap.h"
#include "interp/panic.h"
#include "interp/types.h"

namespace gomi {
namespace {

// The maps under test live in C++ locals, which are not roots: register them.
struct Roots : gc::RootSource {
  std::vector<void**> slots;
  void scanRoots(gc::Marker& m) override {
    for (void** s : slots) m.markPointer(*s);
  }
};

struct MapFixture : ::testing::Test {
  gc::Heap heap{gc::HeapConfig{}};
  TypeTable types;
  MapTypes mapTypes;
  Roots roots;
  MapFixture() { heap.addRootSource(&roots); }
  ~MapFixture() override { heap.removeRootSource(&roots); }

  GoMap* make(const Type* k, const Type* v, GoMap** holder) {
    *holder = mapMake(heap, mapTypes.get(types.mapOf(k, v)), 0);
    roots.slots.push_back(reinterpret_cast<void**>(holder));
    return *holder;
  }
  template <class K>
  void set(GoMap* m, K key, std::int64_t v) {
    *static_cast<std::int64_t*>(mapAssign(heap, m, &key)) = v;
  }
  template <class K>
  bool get(GoMap* m, K key, std::int64_t* v) {
    void* p = mapAccess(m, &key);
    if (p) *v = *static_cast<std::int64_t*>(p);
    return p != nullptr;
  }
};

GoString str(const std::string& s) {
  return GoString{reinterpret_cast<const std::uint8_t*>(s.data()),
                  static_cast<std::int64_t>(s.size())};
}

TEST_F(MapFixture, IntKeysHeavyInsertDelete) {
  GoMap* m;
  make(types.basic(Kind::Int), types.basic(Kind::Int), &m);
  const std::int64_t n = 100000;
  for (std::int64_t i = 0; i < n; i++) set(m, i * 7919, i);
  EXPECT_EQ(mapLen(m), n);
  for (std::int64_t i = 0; i < n; i += 2) {
    std::int64_t k = i * 7919;
    mapDelete(m, &k);
  }
  EXPECT_EQ(mapLen(m), n / 2);
  std::int64_t v;
  for (std::int64_t i = 0; i < n; i++) {
    bool ok = get(m, i * 7919, &v);
    EXPECT_EQ(ok, i % 2 == 1) << i;
    if (ok) {
      EXPECT_EQ(v, i);
    }
  }
  // Churn: repeatedly insert and delete so tombstones accumulate and are cleared.
  for (int round = 0; round < 20; round++) {
    for (std::int64_t i = 0; i < 5000; i++) set(m, -1 - i, round);
    for (std::int64_t i = 0; i < 5000; i++) {
      std::int64_t k = -1 - i;
      mapDelete(m, &k);
    }
  }
  EXPECT_EQ(mapLen(m), n / 2);
  heap.collect();
  EXPECT_TRUE(get(m, std::int64_t{7919}, &v));
  EXPECT_EQ(v, 1);
}

TEST_F(MapFixture, NilMap) {
  std::int64_t k = 1;
  EXPECT_EQ(mapAccess(nullptr, &k), nullptr);
  EXPECT_EQ(mapLen(nullptr), 0);
  mapDelete(nullptr, &k);  // no-op
  MapIter* it = mapIterStart(heap, nullptr);
  const void *kp, *vp;
  EXPECT_FALSE(mapIterNext(it, &kp, &vp));
}

TEST_F(MapFixture, NarrowIntKeys) {
  GoMap* m;
  make(types.basic(Kind::Int8), types.basic(Kind::Int), &m);
  for (int i = -128; i < 128; i++) set(m, static_cast<std::int8_t>(i), i);
  EXPECT_EQ(mapLen(m), 256);
  std::int64_t v;
  ASSERT_TRUE(get(m, static_cast<std::int8_t>(-5), &v));
  EXPECT_EQ(v, -5);
}

TEST_F(MapFixture, StringKeys) {
  GoMap* m;
  make(types.basic(Kind::String), types.basic(Kind::Int), &m);
  std::vector<std::string> keys;
  for (int i = 0; i < 20000; i++) keys.push_back("key" + std::to_string(i));
  for (int i = 0; i < 20000; i++) set(m, str(keys[i]), i);
  std::string probe = "key12345";  // different storage, same bytes
  std::int64_t v;
  ASSERT_TRUE(get(m, str(probe), &v));
  EXPECT_EQ(v, 12345);
  EXPECT_FALSE(get(m, str("nope"), &v));
  std::string empty;
  set(m, str(empty), -1);
  ASSERT_TRUE(get(m, GoString{nullptr, 0}, &v));
  EXPECT_EQ(v, -1);
}

TEST_F(MapFixture, FloatKeys) {
  GoMap* m;
  make(types.basic(Kind::Float64), types.basic(Kind::Int), &m);
  set(m, 0.0, 1);
  set(m, -0.0, 2);  // the same key as +0
  EXPECT_EQ(mapLen(m), 1);
  double nan = std::numeric_limits<double>::quiet_NaN();
  set(m, nan, 3);
  set(m, nan, 4);  // NaN != NaN: two new entries
  EXPECT_EQ(mapLen(m), 3);
  std::int64_t v;
  EXPECT_FALSE(get(m, nan, &v));
  ASSERT_TRUE(get(m, 0.0, &v));
  EXPECT_EQ(v, 2);
  mapDelete(m, &nan);  // deleting NaN removes nothing
  EXPECT_EQ(mapLen(m), 3);
}

TEST_F(MapFixture, BoolPointerStructArrayKeys) {
  GoMap* mb;
  make(types.basic(Kind::Bool), types.basic(Kind::Int), &mb);
  set(mb, true, 1);
  set(mb, false, 2);
  set(mb, true, 3);
  EXPECT_EQ(mapLen(mb), 2);

  GoMap* mp;
  const Type* pint = types.pointerTo(types.basic(Kind::Int));
  make(pint, types.basic(Kind::Int), &mp);
  std::int64_t a = 0, b = 0;
  set(mp, &a, 1);
  set(mp, &b, 2);
  std::int64_t v;
  ASSERT_TRUE(get(mp, &b, &v));
  EXPECT_EQ(v, 2);

  // struct { a int32; s string }: padding between the fields must not matter.
  Field f1, f2;
  f1.name = "a";
  f1.type = types.basic(Kind::Int32);
  f2.name = "s";
  f2.type = types.basic(Kind::String);
  const Type* st = types.structOf({f1, f2});
  ASSERT_EQ(st->size, 24);
  GoMap* ms;
  make(st, types.basic(Kind::Int), &ms);
  struct K {
    std::int32_t a;
    std::int32_t pad;
    GoString s;
  };
  std::string hello = "hello", hello2 = "hello";
  set(ms, K{1, 0, str(hello)}, 10);
  set(ms, K{1, 77, str(hello2)}, 11);  // same key (padding differs, bytes live elsewhere)
  set(ms, K{2, 0, str(hello)}, 12);
  EXPECT_EQ(mapLen(ms), 2);
  ASSERT_TRUE(get(ms, K{1, 5, str(hello2)}, &v));
  EXPECT_EQ(v, 11);

  GoMap* ma;
  make(types.arrayOf(types.basic(Kind::Int), 2), types.basic(Kind::Int), &ma);
  struct A2 {
    std::int64_t x[2];
  };
  set(ma, A2{{1, 2}}, 1);
  set(ma, A2{{2, 1}}, 2);
  EXPECT_EQ(mapLen(ma), 2);
  ASSERT_TRUE(get(ma, A2{{2, 1}}, &v));
  EXPECT_EQ(v, 2);
}

TEST_F(MapFixture, InterfaceKeys) {
  GoMap* m;
  make(types.emptyInterface(), types.basic(Kind::Int), &m);
  static std::int64_t one = 1;
  static std::string s = "one";
  static GoString gs = str(s);
  static std::int64_t one2 = 1;
  set(m, GoIface{types.basic(Kind::Int), &one}, 1);
  set(m, GoIface{types.basic(Kind::String), &gs}, 2);
  set(m, GoIface{types.basic(Kind::Int), &one2}, 3);  // equal to the first key
  set(m, GoIface{nullptr, nullptr}, 4);
  EXPECT_EQ(mapLen(m), 3);
  std::int64_t v;
  ASSERT_TRUE(get(m, GoIface{types.basic(Kind::Int), &one2}, &v));
  EXPECT_EQ(v, 3);
  ASSERT_TRUE(get(m, GoIface{nullptr, nullptr}, &v));
  EXPECT_EQ(v, 4);

  static GoSlice sl{nullptr, 0, 0};
  GoIface bad{types.sliceOf(types.basic(Kind::Int)), &sl};
  try {
    set(m, bad, 5);
    FAIL() << "expected a panic";
  } catch (const RuntimeErrorSignal& e) {
    EXPECT_EQ(e.msg, "hash of unhashable type []int");
  }
  try {
    (void)mapAccess(m, &bad);
    FAIL() << "expected a panic";
  } catch (const RuntimeErrorSignal& e) {
    EXPECT_EQ(e.msg, "hash of unhashable type []int");
  }
}

TEST_F(MapFixture, IterateWithDeletesAndGrowth) {
  GoMap* m;
  make(types.basic(Kind::Int), types.basic(Kind::Int), &m);
  for (std::int64_t i = 0; i < 1000; i++) set(m, i, i * 2);
  MapIter* it = mapIterStart(heap, m);
  roots.slots.push_back(reinterpret_cast<void**>(&it));
  std::set<std::int64_t> seen;
  const void *kp, *vp;
  int steps = 0;
  while (mapIterNext(it, &kp, &vp)) {
    std::int64_t k = *static_cast<const std::int64_t*>(kp);
    EXPECT_EQ(*static_cast<const std::int64_t*>(vp), k * 2);
    EXPECT_TRUE(seen.insert(k).second) << "key produced twice: " << k;
    // Delete a key that may not have been produced yet; it must then never be produced.
    std::int64_t victim = 999 - k;
    if (!seen.count(victim)) mapDelete(m, &victim);
    // Insert a lot so the table is rebuilt mid-iteration.
    if (++steps == 10)
      for (std::int64_t i = 5000; i < 9000; i++) set(m, i, i * 2);
  }
  for (std::int64_t k : seen) EXPECT_TRUE(k >= 5000 || mapAccess(m, &k) != nullptr || k < 1000);
  // Every original key either was produced or was deleted before being reached.
  for (std::int64_t k = 0; k < 1000; k++) {
    bool present = mapAccess(m, &k) != nullptr;
    if (present) {
      EXPECT_TRUE(seen.count(k)) << k;
    }
  }
  roots.slots.pop_back();
}

TEST_F(MapFixture, EqualityHelpers) {
  static std::int64_t x = 3;
  static GoSlice sl{nullptr, 0, 0};
  EXPECT_TRUE(ifaceEqual(GoIface{nullptr, nullptr}, GoIface{nullptr, nullptr}));
  EXPECT_FALSE(ifaceEqual(GoIface{types.basic(Kind::Int), &x}, GoIface{nullptr, nullptr}));
  const Type* slt = types.sliceOf(types.basic(Kind::Int));
  try {
    ifaceEqual(GoIface{slt, &sl}, GoIface{slt, &sl});
    FAIL();
  } catch (const RuntimeErrorSignal& e) {
    EXPECT_EQ(e.msg, "comparing uncomparable type []int");
  }
}

}  // namespace
}  // namespace gomi
