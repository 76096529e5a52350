// gc/heap.h — the allocation interface the rest of gomi programs against.
//
// gc/ owns every byte a Go program allocates. It knows object layouts (size and which 8-byte
// words hold pointers) but nothing of the interpreter: the runtime tells it where roots are through
// RootSource callbacks, and describes objects with GcType records it builds from its own types.
//
// Contract for callers (interp/, runtime/, stdlib/):
//  * Objects have no header. The heap remembers, per object, only what GcType said at allocation.
//  * Memory comes back zeroed.
//  * A pointer to anywhere inside an object keeps the whole object alive (interior pointers are
//    normal: slices, &x.f, &a[i]).
//  * Pointers to memory the heap did not allocate (static data, string literals, type descriptors)
//    may be stored in pointer words; the collector recognises and ignores them.
//  * A collection may run inside any allocate*() call. Everything the caller still needs must be
//    reachable from a root at that moment (see RootSource); native C++ locals are NOT roots.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

namespace gomi::gc {

// Layout of one object (or of one array element) as the collector sees it.
// ptrmask has one bit per 8-byte word of the first `ptrdata` bytes; bit i set means word i may
// hold a pointer. ptrdata == 0 means the object holds no pointers ("noscan"): it is never scanned.
struct GcType {
  std::size_t size = 0;                   // bytes, multiple of align
  std::size_t ptrdata = 0;                // length of the prefix that can contain pointers, bytes
  const std::uint8_t* ptrmask = nullptr;  // (ptrdata/8 + 7)/8 bytes, little-endian bit order
  const char* name = "";                  // for debugging and heap dumps only
};

// The marker handed to root sources. Both calls accept nil and non-heap addresses.
class Marker {
 public:
  virtual ~Marker() = default;
  // `p` is a pointer value (possibly interior, nil, or outside the heap).
  virtual void markPointer(const void* p) = 0;
  // Scan `nwords` words starting at `words` and treat the words whose bit is set in `mask`
  // (same bit order as GcType::ptrmask) as pointers. mask == nullptr means every word is one.
  virtual void markWords(const void* words, std::size_t nwords, const std::uint8_t* mask) = 0;
};

// Something that owns roots: goroutine stacks, globals, host handles.
class RootSource {
 public:
  virtual ~RootSource() = default;
  virtual void scanRoots(Marker& m) = 0;
};

struct HeapConfig {
  int gcPercent = 100;  // GOGC; negative means off
  // GOMEMLIMIT: the soft memory limit in bytes (INT64_MAX: none).
  std::int64_t memoryLimit = INT64_MAX;
  int stressEvery = 0;       // GODEBUG=gcstress=N: collect before every Nth allocation (0 = off)
  bool verify = false;       // GODEBUG=gccheckmark=1: verify the heap after every mark
  bool clobberFree = false;  // GODEBUG=clobberfree=1: poison freed objects
  // Mark stack size limit; past it the marker falls back to rescanning the heap (tests lower it).
  std::size_t markStackLimitBytes = std::size_t{64} << 20;
};

// What runtime.ReadMemStats needs; field names and meanings follow Go 1.19's runtime.MemStats.
// StackInuse/StackSys/BuckHashSys are 0 here: the runtime adds its own figures.
// NextGC is the heap goal: the smaller of the GOGC goal and the memory-limit goal. With GOGC=off
// and no limit that is what Go 1.19 really prints (the memory-limit goal for MaxInt64, just
// under it), not MaxUint64.
struct MemStats {
  std::uint64_t Alloc = 0, TotalAlloc = 0, Sys = 0, Lookups = 0, Mallocs = 0, Frees = 0;
  std::uint64_t HeapAlloc = 0, HeapSys = 0, HeapIdle = 0, HeapInuse = 0, HeapReleased = 0,
                HeapObjects = 0;
  std::uint64_t StackInuse = 0, StackSys = 0;
  std::uint64_t MSpanInuse = 0, MSpanSys = 0, MCacheInuse = 0, MCacheSys = 0;
  std::uint64_t BuckHashSys = 0, GCSys = 0, OtherSys = 0;
  std::uint64_t NextGC = 0, LastGC = 0, PauseTotalNs = 0;
  std::uint64_t PauseNs[256] = {};
  std::uint64_t PauseEnd[256] = {};
  std::uint32_t NumGC = 0, NumForcedGC = 0;
  double GCCPUFraction = 0;  // gcCpuNs / (uptimeNs * 1 P)
  bool EnableGC = true, DebugGC = false;
  struct SizeClassStats {
    std::uint32_t Size = 0;
    std::uint64_t Mallocs = 0, Frees = 0;
  };
  SizeClassStats BySize[61];
  // Inputs behind GCCPUFraction, for a runtime that knows better (e.g. more Ps).
  std::uint64_t gcCpuNs = 0;   // thread CPU time in collections (mark, and collect()'s sweep);
                               // lazy sweeping during allocation is not timed
  std::uint64_t uptimeNs = 0;  // since the heap was created
};

// A finalizer the collector found ready to run: `object` became unreachable; `record` is what the
// runtime registered with it. Both are kept alive by the heap until the next takeReadyFinalizers().
struct ReadyFinalizer {
  void* object;
  void* record;
};

enum class SetFinalizerResult {
  kOk,
  kNotHeap,     // obj is not in this heap (globals, zerobase, literals)
  kNotBase,     // obj points inside an object, not at its start
  kAlreadySet,  // setFinalizer twice without clearFinalizer
};

// Read HeapConfig from GOGC, GOMEMLIMIT and GODEBUG. A malformed GOMEMLIMIT is fatal, as in Go:
// "GOMEMLIMIT=<value>" and "fatal error: malformed GOMEMLIMIT; ..." on stderr, exit status 2.
HeapConfig configFromEnvironment();

// Go's byte-count syntax (GOMEMLIMIT): decimal digits with an optional B, KiB, MiB, GiB or TiB
// suffix. False for anything else, for negative numbers and for values beyond INT64_MAX.
bool parseByteCount(std::string_view s, std::int64_t* out);

class Heap {
 public:
  explicit Heap(const HeapConfig& cfg = {});
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // One zeroed object laid out as `t`.
  void* allocate(const GcType& t);
  // `n` zeroed elements laid out as `elem`, contiguous (a slice backing array). n may be 0:
  // then a unique non-nil address is returned (Go's zerobase).
  void* allocateArray(const GcType& elem, std::size_t n);
  // `bytes` zeroed bytes that hold no pointers (string data, []byte, numeric arrays).
  void* allocateNoScan(std::size_t bytes);

  void addRootSource(RootSource* r);
  void removeRootSource(RootSource* r);

  // runtime.GC(): a full cycle, and all sweeping finished before it returns.
  void collect();

  // True when p lies inside memory this heap handed out (used by tests and verify mode).
  // (Precisely: inside an object that is allocated and not yet found dead.)
  bool contains(const void* p) const;

  // ---- Additions (the lead may rely on these) ----
  // Not thread-safe: one thread (the scheduler's) calls into a Heap at a time. Allocating from
  // inside a RootSource callback is a fatal error.

  // debug.SetGCPercent: returns the previous value; negative disables automatic collection.
  int setGCPercent(int percent);
  // debug.SetMemoryLimit: returns the previous limit; a negative limit only queries it.
  std::int64_t setMemoryLimit(std::int64_t limit);
  // Bytes the runtime has mapped outside this heap that count against the memory limit
  // (goroutine stacks). The heap calls it whenever it computes the memory-limit goal.
  void setExternalBytesSource(std::function<std::uint64_t()> source);
  // debug.FreeOSMemory: a full collection, then every free page is returned to the OS.
  void freeOSMemory();
  // runtime.ReadMemStats.
  MemStats readStats() const;
  // Bytes of goroutine stacks and globals the roots cover; the pacer adds them to the heap goal.
  void setStackBytes(std::size_t bytes);
  void setGlobalsBytes(std::size_t bytes);

  // Finalizers. `obj` must be the start of an object of this heap. `record` must be nullptr or an
  // object allocated from this heap: it is marked as a root while registered (so it may hold the
  // finalizer func and anything else the runtime needs). When obj is found unreachable, obj and
  // what it reaches survive that cycle and (obj, record) is queued; registration ends. Objects
  // reachable from a finalizable object are finalized only after it (A→B: A first).
  SetFinalizerResult setFinalizer(const void* obj, void* record);
  bool clearFinalizer(const void* obj);  // false if none was set
  // Drain the ready queue. The returned entries stay rooted until the next call, so a runtime
  // loops `while (!(batch = take()).empty()) run(batch);` — the final empty take unroots the last
  // batch. A record that reaches its own object keeps it alive forever (as a Go finalizer closure
  // capturing its argument does).
  std::vector<ReadyFinalizer> takeReadyFinalizers();
  std::size_t readyFinalizerCount() const;

  // Sweep one span if any is unswept (for a scheduler's idle time); false when sweeping is done.
  bool sweepOne();
  // Sweep up to `pages` pages; returns pages swept.
  std::size_t backgroundSweep(std::size_t pages);
  bool sweepDone() const;

  // Check every pointer in every live object (what gccheckmark does after each mark); on a bad
  // pointer prints "fatal error: gc verify: ..." and aborts. Runs a forced collection to do so
  // (counted in NumGC/NumForcedGC).
  void verify();

  std::uint32_t numGC() const;
  const HeapConfig& config() const;

  struct Impl;
  Impl& impl() { return *impl_; }  // gc/ internals, for gc's own tests

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace gomi::gc
