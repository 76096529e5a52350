// stdlib/runtime/runtime.cpp — package runtime: GC control, goroutine control, MemStats.
//
// MemStats is declared in the prelude with Go 1.19's exact field list and layout, and
// ReadMemStats fills it with one memcpy from a C++ mirror of that layout (GoMemStats below,
// checked with static_asserts), so a script sees every field with Go's meaning.
#include <unistd.h>

#include <cstddef>
#include <cstring>

#include "runtime/runtime.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package runtime

const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gc"

func Version() string { return "go1.19" }

func GC()
func Gosched()
func Goexit()
func NumGoroutine() int
func NumCPU() int
func GOMAXPROCS(n int) int
func KeepAlive(x any)
func SetFinalizer(obj any, finalizer any)
func readMemStats(m *MemStats)

// ReadMemStats populates m with memory allocator statistics (Go 1.19's runtime.MemStats).
func ReadMemStats(m *MemStats) { readMemStats(m) }

type MemStats struct {
	Alloc       uint64
	TotalAlloc  uint64
	Sys         uint64
	Lookups     uint64
	Mallocs     uint64
	Frees       uint64

	HeapAlloc    uint64
	HeapSys      uint64
	HeapIdle     uint64
	HeapInuse    uint64
	HeapReleased uint64
	HeapObjects  uint64

	StackInuse  uint64
	StackSys    uint64
	MSpanInuse  uint64
	MSpanSys    uint64
	MCacheInuse uint64
	MCacheSys   uint64
	BuckHashSys uint64
	GCSys       uint64
	OtherSys    uint64

	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool

	BySize [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// Error is Go's runtime.Error: the interface of run-time panics.
type Error interface {
	error
	RuntimeError()
}
)go";

// The prelude's MemStats, field for field.
struct GoMemStats {
  std::uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees;
  std::uint64_t HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects;
  std::uint64_t StackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys, BuckHashSys,
      GCSys, OtherSys;
  std::uint64_t NextGC, LastGC, PauseTotalNs;
  std::uint64_t PauseNs[256];
  std::uint64_t PauseEnd[256];
  std::uint32_t NumGC, NumForcedGC;
  double GCCPUFraction;
  bool EnableGC, DebugGC;
  struct {
    std::uint32_t Size;
    std::uint64_t Mallocs, Frees;
  } BySize[61];
};
static_assert(offsetof(GoMemStats, PauseNs) == 192);
static_assert(offsetof(GoMemStats, NumGC) == 4288);
static_assert(offsetof(GoMemStats, GCCPUFraction) == 4296);
static_assert(offsetof(GoMemStats, BySize) == 4312);
static_assert(sizeof(GoMemStats) == 5776);

void nGC(NativeContext& ctx, const Slot*, Slot*) {
  ctx.collectGarbage();
}
void nGosched(NativeContext& ctx, const Slot*, Slot*) {
  ctx.runtime().sched().gosched();
}
void nGoexit(NativeContext& ctx, const Slot*, Slot*) {
  ctx.goexit();
}
void nNumGoroutine(NativeContext& ctx, const Slot*, Slot* r) {
  setInt(r, ctx.numGoroutine());
}
void nNumCPU(NativeContext&, const Slot*, Slot* r) {
  setInt(r, sysconf(_SC_NPROCESSORS_ONLN));
}
void nGOMAXPROCS(NativeContext& ctx, const Slot* a, Slot* r) {
  setInt(r, ctx.runtime().setGomaxprocs(static_cast<int>(argInt(a))));
}
// The argument itself, held in the caller's frame for the call, is what keeps x alive.
void nKeepAlive(NativeContext&, const Slot*, Slot*) {}
void nSetFinalizer(NativeContext& ctx, const Slot* a, Slot*) {
  ctx.setFinalizer(argIface(a), argIface(a + 2));
}

void nReadMemStats(NativeContext& ctx, const Slot* a, Slot*) {
  auto* out = reinterpret_cast<GoMemStats*>(a[0]);
  if (!out) ctx.panicRuntimeError("invalid memory address or nil pointer dereference");
  gc::MemStats s = ctx.runtime().readMemStats();
  GoMemStats m{};
  m.Alloc = s.Alloc;
  m.TotalAlloc = s.TotalAlloc;
  m.Sys = s.Sys;
  m.Lookups = s.Lookups;
  m.Mallocs = s.Mallocs;
  m.Frees = s.Frees;
  m.HeapAlloc = s.HeapAlloc;
  m.HeapSys = s.HeapSys;
  m.HeapIdle = s.HeapIdle;
  m.HeapInuse = s.HeapInuse;
  m.HeapReleased = s.HeapReleased;
  m.HeapObjects = s.HeapObjects;
  m.StackInuse = s.StackInuse;
  m.StackSys = s.StackSys;
  m.MSpanInuse = s.MSpanInuse;
  m.MSpanSys = s.MSpanSys;
  m.MCacheInuse = s.MCacheInuse;
  m.MCacheSys = s.MCacheSys;
  m.BuckHashSys = s.BuckHashSys;
  m.GCSys = s.GCSys;
  m.OtherSys = s.OtherSys;
  m.NextGC = s.NextGC;
  m.LastGC = s.LastGC;
  m.PauseTotalNs = s.PauseTotalNs;
  std::memcpy(m.PauseNs, s.PauseNs, sizeof m.PauseNs);
  std::memcpy(m.PauseEnd, s.PauseEnd, sizeof m.PauseEnd);
  m.NumGC = s.NumGC;
  m.NumForcedGC = s.NumForcedGC;
  m.GCCPUFraction = s.GCCPUFraction;
  m.EnableGC = s.EnableGC;
  m.DebugGC = s.DebugGC;
  for (int i = 0; i < 61; ++i) {
    m.BySize[i].Size = s.BySize[i].Size;
    m.BySize[i].Mallocs = s.BySize[i].Mallocs;
    m.BySize[i].Frees = s.BySize[i].Frees;
  }
  std::memcpy(out, &m, sizeof m);
}

}  // namespace

StdPackage runtimePackage() {
  return {"runtime",
          "runtime",
          kPrelude,
          {{"GC", nGC},
           {"Gosched", nGosched},
           {"Goexit", nGoexit},
           {"NumGoroutine", nNumGoroutine},
           {"NumCPU", nNumCPU},
           {"GOMAXPROCS", nGOMAXPROCS},
           {"KeepAlive", nKeepAlive},
           {"SetFinalizer", nSetFinalizer},
           {"readMemStats", nReadMemStats}}};
}

}  // namespace gomi::stdlib
