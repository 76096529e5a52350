// Micro-benchmarks for gc/: allocation by object kind and stop-the-world mark time.
// (malloc baselines are in alloc_bench.cpp.)
#include <benchmark/benchmark.h>

#include <vector>

#include "gc/heap.h"

namespace {

using gomi::gc::GcType;
using gomi::gc::Heap;
using gomi::gc::HeapConfig;

struct Cell {
  Cell* next;
  std::uint64_t v;
};
constexpr std::uint8_t kCellMask[] = {1};
const GcType kCell{sizeof(Cell), 8, kCellMask, "cell"};

class Roots : public gomi::gc::RootSource {
 public:
  void scanRoots(gomi::gc::Marker& m) override { m.markWords(slots.data(), slots.size(), nullptr); }
  std::vector<void*> slots;
};

// Allocation of garbage with the default pacer: includes amortised collection and sweeping.
void BM_GcFastPathNoScan(benchmark::State& state) {
  Heap h;
  auto n = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(h.allocateNoScan(n));
  state.counters["gcs"] = h.numGC();
}
BENCHMARK(BM_GcFastPathNoScan)->Arg(16)->Arg(64)->Arg(1024);

// Pointer-holding objects also write their pointer bitmap.
void BM_GcFastPathScan(benchmark::State& state) {
  Heap h;
  auto n = static_cast<std::size_t>(state.range(0));
  std::vector<std::uint8_t> mask((n / 8 + 7) / 8, 0x55);
  GcType t{n, n, mask.data(), "T"};
  for (auto _ : state) benchmark::DoNotOptimize(h.allocate(t));
}
BENCHMARK(BM_GcFastPathScan)->Arg(16)->Arg(64)->Arg(1024);

// Stop-the-world collection of a live linked list of `range(0)` MiB (16-byte cells).
void BM_GcMarkLinkedList(benchmark::State& state) {
  HeapConfig cfg;
  cfg.gcPercent = -1;
  Heap h(cfg);
  Roots r;
  h.addRootSource(&r);
  r.slots.push_back(nullptr);
  std::size_t cells = static_cast<std::size_t>(state.range(0)) * (1 << 20) / sizeof(Cell);
  for (std::size_t i = 0; i < cells; ++i) {
    auto* c = static_cast<Cell*>(h.allocate(kCell));
    c->next = static_cast<Cell*>(r.slots[0]);
    r.slots[0] = c;
  }
  for (auto _ : state) h.collect();
  state.counters["MiB/s"] = benchmark::Counter(
      static_cast<double>(state.range(0)) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
  h.removeRootSource(&r);
}
BENCHMARK(BM_GcMarkLinkedList)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond);

}  // namespace
