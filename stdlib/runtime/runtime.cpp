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

// MemProfileRate is stored only: gomi keeps no allocation profile. Go sets it to 0 at start-up
// in every program that does not link runtime.MemProfile (none of gomi's can), so 0 is what a Go
// program reads.
var MemProfileRate int = 0

// gomi runs every goroutine on one OS thread, so each goroutine is already locked to it:
// LockOSThread and UnlockOSThread do nothing.
func LockOSThread()   {}
func UnlockOSThread() {}

// NumCgoCall is 0: gomi makes no cgo calls (nor does a Go 1.19 program built without cgo).
func NumCgoCall() int64 { return 0 }

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

// ---- stack introspection: the VM makes the pcs and maps them back ----

func callers(skip int, pc []uintptr) int
func funcInfo(pc uintptr) (name string, file string, line int, entry uintptr, ok bool)
func stack(skip int, all bool) string

func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	rpc := make([]uintptr, 1)
	if callers(skip+1, rpc) < 1 {
		return
	}
	frame, _ := CallersFrames(rpc).Next()
	return frame.PC, frame.File, frame.Line, frame.PC != 0
}

func Callers(skip int, pc []uintptr) int {
	if len(pc) == 0 {
		return 0
	}
	return callers(skip, pc)
}

func Stack(buf []byte, all bool) int {
	return copy(buf, stack(1, all))
}

type Func struct {
	name  string
	entry uintptr
}

func FuncForPC(pc uintptr) *Func {
	name, _, _, entry, ok := funcInfo(pc)
	if !ok {
		return nil
	}
	return &Func{name: name, entry: entry}
}

func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

func (f *Func) Entry() uintptr { return f.entry }

func (f *Func) FileLine(pc uintptr) (file string, line int) {
	_, file, line, _, ok := funcInfo(pc)
	if !ok {
		return "?", 0
	}
	return file, line
}

type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

type Frames struct {
	callers []uintptr
}

func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		name, _, _, entry, ok := funcInfo(pc)
		if !ok {
			continue
		}
		if pc > entry {
			pc--
		}
		_, file, line, _, _ := funcInfo(pc)
		frame = Frame{PC: pc, Func: &Func{name: name, entry: entry}, Function: name, File: file, Line: line, Entry: entry}
		for len(ci.callers) > 0 {
			if _, _, _, _, ok := funcInfo(ci.callers[0]); ok {
				break
			}
			ci.callers = ci.callers[1:]
		}
		return frame, len(ci.callers) > 0
	}
	return
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

void nCallers(NativeContext& ctx, const Slot* a, Slot* r) {
  GoSlice pcs = argSlice(a + 1);
  setInt(r, ctx.callers(argInt(a), static_cast<std::uint64_t*>(pcs.ptr), pcs.len));
}
// funcInfo(pc) (name, file string, line int, entry uintptr, ok bool)
void nFuncInfo(NativeContext& ctx, const Slot* a, Slot* r) {
  NativeContext::PcInfo info;
  if (!ctx.pcInfo(static_cast<std::uint64_t>(a[0]), &info)) {
    for (int i = 0; i < 7; i++) r[i] = 0;
    return;
  }
  setStr(r + 2, ctx.newString(info.file));
  setStr(r, ctx.newString(info.name));
  setInt(r + 4, info.line);
  r[5] = info.entry;
  r[6] = 1;
}
void nStack(NativeContext& ctx, const Slot* a, Slot* r) {
  setStr(r, ctx.newString(ctx.stackTrace(argInt(a), argBool(a + 1))));
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
           {"readMemStats", nReadMemStats},
           {"callers", nCallers},
           {"funcInfo", nFuncInfo},
           {"stack", nStack}}};
}

}  // namespace gomi::stdlib
