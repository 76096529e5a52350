// Allocation micro-benchmarks: gomi::gc::Heap against the C allocator.
//
// Every object is garbage as soon as it is allocated (no RootSource is registered), so the heap
// figures include the amortised cost of the collections that allocation triggers — the steady
// state of a program that allocates short-lived objects, which is what binarytrees stresses.
// The malloc figures are the floor a bump/size-class allocator is measured against: malloc+free
// in a tight loop (LIFO, best case), calloc+free (zeroed, as the heap returns), and a batch of
// live objects freed together (closer to the heap's lifetime pattern).
//
// Built by CMake into gomi_micro_bench (linked with benchmark::benchmark_main) when Google
// Benchmark is found; run by `tests/bench/run --micro` or directly.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "gc/heap.h"

namespace {

constexpr std::int64_t kSizes[] = {16, 64, 1024};

// One bit per word, all set: enough for the largest size (1024 bytes = 128 words = 16 bytes).
constexpr std::uint8_t kAllPointers[16] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                                           0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};

void sizeArgs(benchmark::internal::Benchmark* b) {
  for (std::int64_t s : kSizes) b->Arg(s);
}

void finish(benchmark::State& state) {
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(state.iterations() * state.range(0));
}

// Objects without pointers described by a GcType (ptrdata == 0: never scanned).
void BM_HeapAllocate(benchmark::State& state) {
  gomi::gc::Heap heap;
  gomi::gc::GcType t;
  t.size = static_cast<std::size_t>(state.range(0));
  t.name = "bench.noscan";
  for (auto _ : state) {
    void* p = heap.allocate(t);
    benchmark::DoNotOptimize(p);
  }
  finish(state);
}
BENCHMARK(BM_HeapAllocate)->Apply(sizeArgs);

// Objects whose every word may hold a pointer (e.g. a struct of pointers, a []*T element run).
void BM_HeapAllocatePointers(benchmark::State& state) {
  gomi::gc::Heap heap;
  gomi::gc::GcType t;
  t.size = static_cast<std::size_t>(state.range(0));
  t.ptrdata = t.size;
  t.ptrmask = kAllPointers;
  t.name = "bench.pointers";
  for (auto _ : state) {
    void* p = heap.allocate(t);
    benchmark::DoNotOptimize(p);
  }
  finish(state);
}
BENCHMARK(BM_HeapAllocatePointers)->Apply(sizeArgs);

// Raw pointer-free bytes (string data, []byte).
void BM_HeapAllocateNoScan(benchmark::State& state) {
  gomi::gc::Heap heap;
  const auto n = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    void* p = heap.allocateNoScan(n);
    benchmark::DoNotOptimize(p);
  }
  finish(state);
}
BENCHMARK(BM_HeapAllocateNoScan)->Apply(sizeArgs);

void BM_MallocFree(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    void* p = std::malloc(n);
    benchmark::DoNotOptimize(p);
    std::free(p);
  }
  finish(state);
}
BENCHMARK(BM_MallocFree)->Apply(sizeArgs);

void BM_CallocFree(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    void* p = std::calloc(1, n);
    benchmark::DoNotOptimize(p);
    std::free(p);
  }
  finish(state);
}
BENCHMARK(BM_CallocFree)->Apply(sizeArgs);

// 1024 zeroed objects live at once, then all freed: per-object cost of allocate + free.
void BM_MallocBatch(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  constexpr std::size_t kBatch = 1024;
  std::vector<void*> live(kBatch);
  for (auto _ : state) {
    for (auto& p : live) {
      p = std::malloc(n);
      std::memset(p, 0, n);
      benchmark::DoNotOptimize(p);
    }
    for (void* p : live) std::free(p);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kBatch));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(kBatch) * state.range(0));
}
BENCHMARK(BM_MallocBatch)->Apply(sizeArgs);

}  // namespace
