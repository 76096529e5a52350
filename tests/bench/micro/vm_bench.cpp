// Micro-benchmarks for the VM: the cost of one loop iteration (dispatch), of one Go function
// call, and of one goroutine switch and channel round trip as a Go program sees them. Each
// benchmark iteration runs a whole gomi program whose loop runs kLoop times (compilation
// included; it is ~0.1 % of the run), and the "ns/op" counter divides by the loop count.
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdint>
#include <string>

#include "interp/interp.h"
#include "stdlib/stdlib.h"

namespace {

constexpr std::int64_t kLoop = 2'000'000;

void runLoop(benchmark::State& state, const std::string& body) {
  gomi::PackageRegistry registry;
  gomi::registerStandardPackages(registry);
  gomi::RunRequest req;
  req.path = "bench.go";
  req.source = body;
  req.args = {"bench"};
  auto start = std::chrono::steady_clock::now();
  for (auto _ : state) {
    if (gomi::runProgram(req, registry) != 0) {
      state.SkipWithError("the benchmark program failed");
      return;
    }
  }
  std::chrono::duration<double, std::nano> elapsed = std::chrono::steady_clock::now() - start;
  state.counters["ns/op"] = elapsed.count() / (static_cast<double>(kLoop) * state.iterations());
}

const std::string kN = std::to_string(kLoop);

// for i := 0; i < n; i++ {}: a compare-and-branch and an increment per iteration.
void BM_VmEmptyLoop(benchmark::State& state) {
  runLoop(state,
          "package main\nfunc main() {\n\tn := " + kN + "\n\tfor i := 0; i < n; i++ {\n\t}\n}\n");
}
BENCHMARK(BM_VmEmptyLoop)->Unit(benchmark::kMillisecond);

// One call and return of a two-argument function per iteration (plus the loop).
void BM_VmFunctionCall(benchmark::State& state) {
  runLoop(state,
          "package main\nfunc add(a, b int) int { return a + b }\nvar sink int\n"
          "func main() {\n\ts := 0\n\tfor i := 0; i < " +
              kN + "; i++ {\n\t\ts = add(s, i)\n\t}\n\tsink = s\n}\n");
}
BENCHMARK(BM_VmFunctionCall)->Unit(benchmark::kMillisecond);

// runtime.Gosched between two goroutines: one iteration is one switch away and one back.
void BM_VmGoroutineSwitch(benchmark::State& state) {
  runLoop(state,
          "package main\nimport \"runtime\"\nfunc main() {\n\tdone := false\n"
          "\tgo func() {\n\t\tfor !done {\n\t\t\truntime.Gosched()\n\t\t}\n\t}()\n"
          "\tfor i := 0; i < " +
              kN + "; i++ {\n\t\truntime.Gosched()\n\t}\n\tdone = true\n}\n");
}
BENCHMARK(BM_VmGoroutineSwitch)->Unit(benchmark::kMillisecond);

// Unbuffered channel ping-pong between two goroutines: one iteration is one round trip.
void BM_VmUnbufferedChanRoundTrip(benchmark::State& state) {
  runLoop(state,
          "package main\nfunc main() {\n\tping, pong := make(chan int), make(chan int)\n"
          "\tgo func() {\n\t\tfor v := range ping {\n\t\t\tpong <- v\n\t\t}\n\t}()\n"
          "\tfor i := 0; i < " +
              kN + "; i++ {\n\t\tping <- i\n\t\t<-pong\n\t}\n\tclose(ping)\n}\n");
}
BENCHMARK(BM_VmUnbufferedChanRoundTrip)->Unit(benchmark::kMillisecond);

}  // namespace
