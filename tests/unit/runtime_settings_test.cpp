// The runtime's settings that runtime/debug exposes: the stack limit (SetMaxStack), the traceback
// level (GOTRACEBACK, SetTraceback) and the memory limit seen through the runtime.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>

#include "runtime/runtime.h"

namespace gomi::rt {
namespace {

TEST(RuntimeSettings, MaxStackReturnsPreviousAndCapsAtTheCeiling) {
  Runtime rt{gc::HeapConfig{}};
  EXPECT_EQ(rt.stackLimit(), 1'000'000'000u);
  EXPECT_EQ(rt.setMaxStack(1 << 20), 1'000'000'000);
  EXPECT_EQ(rt.stackLimit(), 1u << 20);
  EXPECT_EQ(rt.setMaxStack(3'000'000'000), 1 << 20);
  EXPECT_EQ(rt.stackLimit(), Runtime::kMaxStackCeiling);  // Go names the ceiling then
  EXPECT_EQ(rt.setMaxStack(-7), 3'000'000'000);
  EXPECT_EQ(rt.stackLimit(), Runtime::kMaxStackCeiling);  // as uintptr: huge
  EXPECT_EQ(rt.setMaxStack(0), -7);
  EXPECT_EQ(rt.stackLimit(), 0u);
}

struct Level {
  const char* name;
  std::uint32_t level;
  bool all, crash;
};

void expectTraceback(const Runtime& rt, const Level& want) {
  Runtime::Traceback t = rt.traceback();
  EXPECT_EQ(t.level, want.level) << want.name;
  EXPECT_EQ(t.all, want.all) << want.name;
  EXPECT_EQ(t.crash, want.crash) << want.name;
}

TEST(RuntimeSettings, TracebackLevels) {
  unsetenv("GOTRACEBACK");
  Runtime rt{gc::HeapConfig{}};
  expectTraceback(rt, {"default", 1, false, false});
  // Without GOTRACEBACK the floor is the default, "single": none cannot go below it. Go ORs the
  // settings' bits, so system's level 2 with single's 1 is level 3 (both mean: runtime frames too).
  for (const Level& l : {Level{"none", 1, false, false}, Level{"single", 1, false, false},
                         Level{"", 1, false, false}, Level{"all", 1, true, false},
                         Level{"system", 3, true, false}, Level{"crash", 3, true, true},
                         Level{"bogus", 1, true, false}, Level{"3", 3, true, false}}) {
    rt.setTraceback(l.name);
    expectTraceback(rt, l);
  }
}

TEST(RuntimeSettings, GotracebackIsTheFloor) {
  setenv("GOTRACEBACK", "none", 1);
  {
    Runtime rt{gc::HeapConfig{}};
    expectTraceback(rt, {"env none", 0, false, false});
    rt.setTraceback("none");
    expectTraceback(rt, {"none", 0, false, false});
    rt.setTraceback("all");
    expectTraceback(rt, {"all", 1, true, false});
    rt.setTraceback("single");
    expectTraceback(rt, {"back to single", 1, false, false});
  }
  setenv("GOTRACEBACK", "all", 1);
  {
    Runtime rt{gc::HeapConfig{}};
    rt.setTraceback("none");
    expectTraceback(rt, {"none over all", 1, true, false});
  }
  setenv("GOTRACEBACK", "0", 1);  // a number: that level, with all goroutines
  {
    Runtime rt{gc::HeapConfig{}};
    expectTraceback(rt, {"env 0", 0, true, false});
  }
  unsetenv("GOTRACEBACK");
}

TEST(RuntimeSettings, GoroutineStacksCountAgainstTheMemoryLimit) {
  gc::HeapConfig cfg;
  cfg.gcPercent = -1;
  cfg.memoryLimit = 64 << 20;
  Runtime rt{cfg};
  std::uint64_t before = rt.heap().readStats().NextGC;
  rt.setVMStackBytes(4 << 20);
  EXPECT_EQ(rt.heap().readStats().NextGC, before - (4 << 20));
}

}  // namespace
}  // namespace gomi::rt
