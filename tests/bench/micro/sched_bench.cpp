// Micro-benchmarks for runtime/: goroutine switch, unbuffered channel round trip, and spawning
// a goroutine that runs to completion. Goroutines are C++ lambdas on the real scheduler and
// fiber stacks, so these are the runtime's costs without the interpreter's.
#include <benchmark/benchmark.h>

#include <cstdint>

#include "runtime/runtime.h"

namespace {

using gomi::rt::HChan;
using gomi::rt::Runtime;

const gomi::gc::GcType kInt64{8, 0, nullptr, "int64"};

// One iteration = two Gosched calls that hand the P back and forth between two goroutines:
// two switches through the scheduler.
void BM_GoroutineSwitch(benchmark::State& state) {
  Runtime rt{gomi::gc::HeapConfig{}};
  auto& s = rt.sched();
  bool done = false;
  s.run(s.spawn([&] {
    s.spawn([&] {
      while (!done) s.gosched();
    });
    for (auto _ : state) s.gosched();
    done = true;
    s.gosched();
  }));
}
BENCHMARK(BM_GoroutineSwitch);

// One iteration = send on one unbuffered channel and receive the reply on another: the ping
// hands off directly to the parked receiver, which wakes the sender with its pong.
void BM_UnbufferedChanRoundTrip(benchmark::State& state) {
  Runtime rt{gomi::gc::HeapConfig{}};
  auto& s = rt.sched();
  auto& ch = rt.chans();
  HChan* ping = ch.make(kInt64, nullptr, 0);
  HChan* pong = ch.make(kInt64, nullptr, 0);
  s.run(s.spawn([&] {
    s.spawn([&] {
      std::int64_t v = 0;
      while (ch.recv(ping, &v, true, nullptr) && v >= 0) ch.send(pong, &v, true);
    });
    std::int64_t i = 0, r = 0;
    for (auto _ : state) {
      ch.send(ping, &i, true);
      ch.recv(pong, &r, true, nullptr);
      ++i;
    }
    std::int64_t stop = -1;
    ch.send(ping, &stop, true);
  }));
}
BENCHMARK(BM_UnbufferedChanRoundTrip);

// One iteration = create a goroutine, run it to its end, and return its stack to the pool.
void BM_GoroutineSpawnAndExit(benchmark::State& state) {
  Runtime rt{gomi::gc::HeapConfig{}};
  auto& s = rt.sched();
  std::int64_t ran = 0;
  s.run(s.spawn([&] {
    for (auto _ : state) {
      s.spawn([&] { ++ran; });
      s.gosched();
    }
  }));
  benchmark::DoNotOptimize(ran);
}
BENCHMARK(BM_GoroutineSpawnAndExit);

}  // namespace
