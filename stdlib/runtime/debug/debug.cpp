// stdlib/runtime/debug/debug.cpp — package runtime/debug: the collector's knobs (GOGC, the soft
// memory limit), its pause history (ReadGCStats, read from runtime.MemStats' rings), goroutine
// stacks and their size limit, and the traceback level.
#include "runtime/runtime.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kDebugPrelude = R"go(package debug

import (
	"runtime"
	"sort"
	"time"
)

func SetGCPercent(percent int) int
func FreeOSMemory()

// SetMemoryLimit sets the soft memory limit (initially GOMEMLIMIT, else math.MaxInt64) and
// returns the previous one; a negative limit only reads it.
func SetMemoryLimit(limit int64) int64

// SetMaxStack sets the largest stack a goroutine may grow to and returns the previous setting
// (initially 1000000000). gomi measures a goroutine's VM stack, 8 bytes a slot.
func SetMaxStack(bytes int) int

// SetTraceback sets how much a fatal panic prints ("none", "single", "all", "system", "crash");
// it cannot go below the GOTRACEBACK environment variable.
func SetTraceback(level string)

type GCStats struct {
	LastGC         time.Time
	NumGC          int64
	PauseTotal     time.Duration
	Pause          []time.Duration
	PauseEnd       []time.Time
	PauseQuantiles []time.Duration
}

// ReadGCStats fills stats from the collector's history: Pause and PauseEnd hold the most recent
// cycles first (up to the 256 MemStats keeps), and PauseQuantiles, when it has room, the
// minimum, evenly spaced quantiles and the maximum of those pauses.
func ReadGCStats(stats *GCStats) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	n := int(m.NumGC)
	if n > len(m.PauseNs) {
		n = len(m.PauseNs)
	}
	stats.LastGC = time.Unix(0, int64(m.LastGC))
	stats.NumGC = int64(m.NumGC)
	stats.PauseTotal = time.Duration(m.PauseTotalNs)
	if cap(stats.Pause) < n {
		stats.Pause = make([]time.Duration, n)
	}
	stats.Pause = stats.Pause[:n]
	if cap(stats.PauseEnd) < n {
		stats.PauseEnd = make([]time.Time, 0, len(m.PauseEnd))
	}
	stats.PauseEnd = stats.PauseEnd[:0]
	for i := 0; i < n; i++ {
		slot := (int(m.NumGC) - 1 - i) % len(m.PauseNs)
		stats.Pause[i] = time.Duration(m.PauseNs[slot])
		stats.PauseEnd = append(stats.PauseEnd, time.Unix(0, int64(m.PauseEnd[slot])))
	}
	q := stats.PauseQuantiles
	if len(q) == 0 {
		return
	}
	if n == 0 {
		for i := range q {
			q[i] = 0
		}
		return
	}
	sorted := append([]time.Duration(nil), stats.Pause...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	last := len(q) - 1
	for i := 0; i < last; i++ {
		q[i] = sorted[n*i/last]
	}
	q[last] = sorted[n-1]
}

// gomi runs goroutines on one OS thread and never takes a memory fault it could turn into a
// panic: these keep the settings Go's programs read back.
var maxThreads = 10000
var panicOnFault = false

func SetMaxThreads(threads int) int {
	old := maxThreads
	maxThreads = threads
	return old
}

func SetPanicOnFault(enabled bool) bool {
	old := panicOnFault
	panicOnFault = enabled
	return old
}

// Stack returns the calling goroutine's traceback, formatted as runtime.Stack formats it.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// PrintStack writes Stack() to standard error.
func PrintStack() {
	print(string(Stack()))
}
)go";

void nSetGCPercent(NativeContext& ctx, const Slot* a, Slot* r) {
  // Go reports any negative setting (GC off) back as -1.
  int old = ctx.runtime().heap().setGCPercent(static_cast<int>(argInt(a)));
  setInt(r, old < 0 ? -1 : old);
}
void nSetMemoryLimit(NativeContext& ctx, const Slot* a, Slot* r) {
  setInt(r, ctx.runtime().heap().setMemoryLimit(argInt(a)));
}
void nSetMaxStack(NativeContext& ctx, const Slot* a, Slot* r) {
  setInt(r, ctx.runtime().setMaxStack(argInt(a)));
}
void nSetTraceback(NativeContext& ctx, const Slot* a, Slot*) {
  ctx.runtime().setTraceback(argStr(a));
}
void nFreeOSMemory(NativeContext& ctx, const Slot*, Slot*) {
  ctx.runtime().heap().freeOSMemory();
  ctx.runtime().stacks().trim(0);
}

}  // namespace

StdPackage debugPackage() {
  return {"runtime/debug",
          "debug",
          kDebugPrelude,
          {{"SetGCPercent", nSetGCPercent},
           {"FreeOSMemory", nFreeOSMemory},
           {"SetMemoryLimit", nSetMemoryLimit},
           {"SetMaxStack", nSetMaxStack},
           {"SetTraceback", nSetTraceback}}};
}

}  // namespace gomi::stdlib
