// gc/heap.cpp — the Heap facade: allocation entry points, the collection cycle, statistics.
//
// Design: Heap::allocate is the one hot path in gc/. For a small object it is: size → class by
// table lookup, one ctz in the cached span's allocCache, a memset only when the slot may be dirty,
// and (for pointer-holding objects) a few bits in the arena's pointer bitmap. Everything else —
// refilling the cache, sweeping, starting a collection — happens behind the rare "span is full"
// branch, which is also the only place the pacer's trigger is checked (as in Go's mallocgc).
#include "gc/heap.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>

#include "gc/heap_impl.h"
#include "gc/sweep.h"
#include "gc/sys.h"

namespace gomi::gc {

namespace {

// Go's zerobase: every zero-sized allocation returns this address.
alignas(8) std::uint64_t zerobase = 0;

void clearBitRange(std::uint64_t* bm, std::size_t first, std::size_t n) {
  std::size_t i = first, end = first + n;
  while (i < end && i % 64 != 0) {
    bm[i / 64] &= ~(std::uint64_t{1} << (i % 64));
    ++i;
  }
  for (; i + 64 <= end; i += 64) bm[i / 64] = 0;
  for (; i < end; ++i) bm[i / 64] &= ~(std::uint64_t{1} << (i % 64));
}

void setBitRange(std::uint64_t* bm, std::size_t first, std::size_t n) {
  std::size_t i = first, end = first + n;
  while (i < end && i % 64 != 0) {
    bm[i / 64] |= std::uint64_t{1} << (i % 64);
    ++i;
  }
  for (; i + 64 <= end; i += 64) bm[i / 64] = ~std::uint64_t{0};
  for (; i < end; ++i) bm[i / 64] |= std::uint64_t{1} << (i % 64);
}

// Byte `byte` of the type's pointer mask (no mask: every word of ptrdata is a pointer).
inline std::uint8_t maskByte(const GcType& t, std::size_t byte) {
  return t.ptrmask == nullptr ? 0xff : t.ptrmask[byte];
}

// Bits [first, first+len) of the type's pointer mask; first is a multiple of 64, len <= 64.
inline std::uint64_t maskBits(const GcType& t, std::size_t first, std::size_t len) {
  std::uint64_t v = 0;
  for (std::size_t k = 0; k * 8 < len; ++k)
    v |= std::uint64_t{maskByte(t, first / 8 + k)} << (8 * k);
  return len < 64 ? v & ((std::uint64_t{1} << len) - 1) : v;
}

}  // namespace

Heap::Impl::Impl(const HeapConfig& c)
    : cfg(c), pacer(c.gcPercent, c.memoryLimit), markStack(c.markStackLimitBytes) {
  for (std::size_t i = 0; i < kNumSpanClasses; ++i)
    central[i].spanclass = static_cast<SpanClass>(i);
  cache = cachealloc.alloc();
  startNanotime = nanotime();
  mheap.afterGrow = [this] { scavengeForLimit(false); };
}

Heap::Impl::~Impl() {
  cachealloc.free(cache);
}

void Heap::Impl::heapBitsSetType(std::uintptr_t p, std::size_t slot, const GcType& typ,
                                 std::size_t n) {
  HeapArena* a = mheap.arenaOf(p);
  std::uint64_t* bm = a->ptrBits;
  std::size_t w0 = a->wordIndex(p);
  std::size_t nwords = slot / 8;
  std::size_t pwords = (typ.ptrdata + 7) / 8;
  if (n == 1 && nwords <= 64) {
    // One small object: assemble its bits in a register and store them with two masked writes.
    std::uint64_t v = 0;
    for (std::size_t b = 0; b * 8 < pwords; ++b) v |= std::uint64_t{maskByte(typ, b)} << (b * 8);
    if (pwords < 64) v &= (std::uint64_t{1} << pwords) - 1;
    std::uint64_t keep = nwords == 64 ? 0 : ~std::uint64_t{0} << nwords;
    std::size_t sh = w0 % 64;
    std::uint64_t& lo = bm[w0 / 64];
    lo = (lo & ~(~keep << sh)) | (v << sh);
    if (sh != 0 && sh + nwords > 64) {
      std::uint64_t& hi = bm[w0 / 64 + 1];
      std::uint64_t himask = (~keep) >> (64 - sh);
      hi = (hi & ~himask) | (v >> (64 - sh));
    }
    return;
  }
  clearBitRange(bm, w0, nwords);
  std::size_t ewords = typ.size / 8;
  if (ewords == 1 && pwords == 1) {  // []*T, []map, []chan: every word is a pointer
    setBitRange(bm, w0, n);
    return;
  }
  if (pwords <= 64) {
    const std::uint64_t v = maskBits(typ, 0, pwords);
    if (v == 0) return;
    if (64 % ewords == 0) {
      // Elements tile every bitmap word identically: build that word once and store it across
      // the array (a 2-million-element []string is 62 500 stores, not 2 million).
      std::uint64_t pat = 0;
      for (std::size_t k = 0; k < 64; k += ewords) pat |= v << k;
      pat = std::rotl(pat, static_cast<int>(w0 % 64));
      const std::size_t end = w0 + n * ewords;
      for (std::size_t i = w0; i < end;) {
        std::size_t lo = i % 64;
        std::size_t hi = std::min<std::size_t>(64, lo + (end - i));
        std::uint64_t m = (hi == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << hi) - 1) &
                          (~std::uint64_t{0} << lo);
        bm[i / 64] |= pat & m;
        i += hi - lo;
      }
      return;
    }
    for (std::size_t e = 0; e < n; ++e) {
      std::size_t d = w0 + e * ewords;
      std::size_t sh = d % 64;
      bm[d / 64] |= v << sh;
      if (sh != 0 && (v >> (64 - sh)) != 0) bm[d / 64 + 1] |= v >> (64 - sh);
    }
    return;
  }
  for (std::size_t e = 0; e < n; ++e) {
    std::size_t d = w0 + e * ewords;
    for (std::size_t b = 0; b < pwords; b += 64) {
      std::uint64_t v = maskBits(typ, b, std::min<std::size_t>(64, pwords - b));
      if (v == 0) continue;
      std::size_t sh = (d + b) % 64;
      bm[(d + b) / 64] |= v << sh;
      if (sh != 0) bm[(d + b) / 64 + 1] |= v >> (64 - sh);
    }
  }
}

void* Heap::Impl::nextFreeSlow(SpanClass spc, MSpan*& span) {
  // The cache is empty during a collection, so every allocation made then lands here.
  if (inGC) fatal("allocation during garbage collection (from a RootSource or the collector)");
  MSpan* s = cache->alloc[spc];
  std::uint32_t idx = s->nextFreeIndex();
  if (idx == s->nelems) {
    if (shouldCollect()) gcCycle(false);
    cache->refill(*this, spc);
    s = cache->alloc[spc];
    idx = s->nextFreeIndex();
    if (idx == s->nelems) fatal("mcache: refill returned a full span");
  }
  ++s->allocCount;
  span = s;
  return reinterpret_cast<void*>(s->base + idx * s->elemsize);
}

void* Heap::Impl::largeAlloc(std::size_t size, bool noscan, MSpan*& span) {
  if (size > (std::size_t{1} << 46))
    fatal("runtime: out of memory: cannot allocate %zu-byte block", size);
  if (inGC) fatal("allocation during garbage collection (from a RootSource or the collector)");
  std::size_t npages = (size + kPageSize - 1) / kPageSize;
  if (shouldCollect()) gcCycle(false);
  deductSweepCredit(*this, npages * kPageSize);
  SpanClass spc = makeSpanClass(0, noscan);
  MSpan* s = mheap.allocSpan(npages);
  s->init(spc);
  s->sweepgen = sweepgen;
  s->freeindex = 1;
  s->allocCount = 1;
  s->allocCache = 0;
  central[spc].fullSwept(sweepgen).push(s);
  heapLive += s->elemsize;
  ++largeAllocCount;
  largeAllocBytes += s->elemsize;
  if (s->needzero) std::memset(reinterpret_cast<void*>(s->base), 0, size);
  span = s;
  return reinterpret_cast<void*>(s->base);
}

std::uint64_t Heap::Impl::mappedReady() const {
  std::uint64_t sys = mheap.heapSys() + mheap.spanSysBytes() + cachealloc.sysBytes() +
                      mheap.metaSysBytes() + markStack.sysBytes();
  std::uint64_t external = externalBytes ? externalBytes() : 0;
  return sys - mheap.heapReleased() + external;
}

std::uint64_t Heap::Impl::heapAllocBytes() const {
  std::uint64_t total = largeAllocBytes, freed = largeFreeBytes;
  for (std::size_t c = 0; c < kNumSizeClasses; ++c) {
    total += cache->smallAllocCount[c] * classSize(c);
    freed += smallFreeCount[c] * classSize(c);
  }
  return total - freed;
}

void Heap::Impl::scavengeForLimit(bool afterCycle) {
  if (!pacer.limited()) return;
  auto limit = static_cast<std::uint64_t>(pacer.memoryLimit());
  std::uint64_t target = afterCycle ? limit / 100 * 95 : limit;
  std::uint64_t ready = mappedReady();
  if (ready > target) mheap.scavenge(ready - target);
}

LimitInputs Heap::Impl::limitInputs() const {
  LimitInputs in;
  in.mappedReady = mappedReady();
  in.heapFree = mheap.heapIdle() - mheap.heapReleased();
  in.heapAlloc = heapAllocBytes();
  return in;
}

bool Heap::Impl::shouldCollect() {
  if (pacer.shouldTrigger(heapLive)) return true;
  if (!pacer.limited() || heapLive < pacer.memoryLimitGoal(limitInputs())) return false;
  // The memory limit asks for a cycle; the CPU limiter lets it start once the program has run
  // for as long as the last cycle stopped it.
  return nanotime() - lastGCEndNanotime >= lastPauseNs;
}

void* Heap::Impl::mallocgc(std::size_t size, const GcType* typ, std::size_t n, bool noscan) {
  if (size == 0) return &zerobase;
  if (cfg.stressEvery > 0 && ++stressCount >= cfg.stressEvery) {
    stressCount = 0;
    gcCycle(false);
  }
  MSpan* span;
  void* p;
  if (size <= kMaxSmallSize) {
    std::uint8_t sc = sizeToClass(size);
    SpanClass spc = makeSpanClass(sc, noscan);
    span = cache->alloc[spc];
    p = reinterpret_cast<void*>(span->nextFreeFast());
    if (p == nullptr) p = nextFreeSlow(spc, span);
    ++cache->smallAllocCount[sc];
    if (span->needzero) std::memset(p, 0, span->elemsize);
  } else {
    p = largeAlloc(size, noscan, span);
  }
  if (!noscan) heapBitsSetType(reinterpret_cast<std::uintptr_t>(p), span->elemsize, *typ, n);
  return p;
}

void Heap::Impl::gcCycle(bool forced) {
  if (inGC) return;
  inGC = true;
  std::uint64_t cpu0 = threadCpuNanos();
  std::uint64_t t0 = nanotime();
  // Sweep termination: the previous cycle's sweep must be complete before marks are reused.
  finishSweep(*this);
  cache->releaseAll(*this);
  gcMark(*this);
  if (cfg.verify) gcVerifyMarked(*this);
  // Mark termination: every span becomes unswept at once.
  sweepgen += 2;
  heapLive = heapMarked;
  pacer.commit(heapMarked, stackBytes, globalsBytes);
  startSweep(*this);
  std::uint64_t pause = nanotime() - t0;
  std::uint64_t now = unixNanos();
  pauseNs[numGC % 256] = pause;
  pauseEnd[numGC % 256] = now;
  pauseTotalNs += pause;
  lastPauseNs = pause;
  lastGC = now;
  ++numGC;
  if (forced) {
    ++numForcedGC;
    finishSweep(*this);
  }
  // Scavenge: keep at most ~10% over the heap goal of free memory resident (Go's retained goal).
  if (pacer.enabled() || pacer.limited()) {
    std::uint64_t heapGoal = pacer.heapGoal(limitInputs());
    std::uint64_t retained = mheap.heapSys() - mheap.heapReleased();
    std::uint64_t goal = heapGoal + heapGoal / 10;
    if (retained > goal) mheap.scavenge(retained - goal);
  }
  scavengeForLimit(true);
  gcCpuNs += threadCpuNanos() - cpu0;
  lastGCEndNanotime = nanotime();
  inGC = false;
}

MSpan* Heap::Impl::findObject(std::uintptr_t p, std::uintptr_t& base, std::size_t& index) const {
  MSpan* s = mheap.spanOfInUse(p);
  if (s == nullptr) return nullptr;
  std::size_t i = s->objIndex(p);
  // In an unswept span the mark bits say what is still alive.
  bool live = s->sweepgen == sweepgen - 2 ? s->isMarked(i) : s->isAllocated(i);
  if (!live) return nullptr;
  base = s->objBase(i);
  index = i;
  return s;
}

bool parseByteCount(std::string_view s, std::int64_t* out) {
  std::uint64_t unit = 1;
  if (!s.empty() && s.back() == 'B') {
    s.remove_suffix(1);
    if (s.size() >= 2 && s.back() == 'i') {
      constexpr std::string_view kPrefixes = "KMGT";
      std::size_t power = kPrefixes.find(s[s.size() - 2]);
      if (power == std::string_view::npos) return false;
      for (std::size_t i = 0; i <= power; ++i) unit *= 1024;
      s.remove_suffix(2);
    }
  }
  if (s.empty()) return false;
  constexpr auto kMax = static_cast<std::uint64_t>(INT64_MAX);
  std::uint64_t n = 0;
  for (char ch : s) {
    if (ch < '0' || ch > '9') return false;  // also rejects signs: negative counts are invalid
    auto d = static_cast<std::uint64_t>(ch - '0');
    if (n > (kMax - d) / 10) return false;
    n = n * 10 + d;
  }
  if (n > kMax / unit) return false;
  *out = static_cast<std::int64_t>(n * unit);
  return true;
}

HeapConfig configFromEnvironment() {
  HeapConfig c;
  if (const char* l = std::getenv("GOMEMLIMIT")) {
    std::string_view v(l);
    if (!v.empty() && v != "off" && !parseByteCount(v, &c.memoryLimit)) {
      std::fflush(stdout);
      std::fprintf(stderr,
                   "GOMEMLIMIT=%s\nfatal error: malformed GOMEMLIMIT; see `go doc "
                   "runtime/debug.SetMemoryLimit`\n",
                   l);
      std::exit(2);
    }
  }
  if (const char* g = std::getenv("GOGC")) {
    std::string_view v(g);
    if (v == "off") {
      c.gcPercent = -1;
    } else if (!v.empty()) {
      char* end = nullptr;
      long n = std::strtol(g, &end, 10);
      if (end != nullptr && *end == '\0') c.gcPercent = n < 0 ? -1 : static_cast<int>(n);
    }
  }
  if (const char* d = std::getenv("GODEBUG")) {
    std::string_view s(d);
    while (!s.empty()) {
      std::size_t comma = s.find(',');
      std::string_view kv = s.substr(0, comma);
      s = comma == std::string_view::npos ? std::string_view{} : s.substr(comma + 1);
      std::size_t eq = kv.find('=');
      if (eq == std::string_view::npos) continue;
      std::string_view key = kv.substr(0, eq);
      int val = std::atoi(std::string(kv.substr(eq + 1)).c_str());
      if (key == "gcstress")
        c.stressEvery = val;
      else if (key == "gccheckmark")
        c.verify = val != 0;
      else if (key == "clobberfree")
        c.clobberFree = val != 0;
    }
  }
  return c;
}

Heap::Heap(const HeapConfig& cfg) : impl_(std::make_unique<Impl>(cfg)) {}
Heap::~Heap() = default;

void* Heap::allocate(const GcType& t) {
  return impl_->mallocgc(t.size, &t, 1, t.ptrdata == 0);
}

void* Heap::allocateArray(const GcType& elem, std::size_t n) {
  if (n != 0 && elem.size > SIZE_MAX / n)
    fatal("runtime: allocation size overflow (%zu × %zu)", n, elem.size);
  return impl_->mallocgc(elem.size * n, &elem, n, elem.ptrdata == 0);
}

void* Heap::allocateNoScan(std::size_t bytes) {
  return impl_->mallocgc(bytes, nullptr, 1, true);
}

void Heap::addRootSource(RootSource* r) {
  impl_->roots.push_back(r);
}
void Heap::removeRootSource(RootSource* r) {
  std::erase(impl_->roots, r);
}

void Heap::collect() {
  impl_->gcCycle(true);
}

bool Heap::contains(const void* p) const {
  std::uintptr_t base;
  std::size_t i;
  return impl_->findObject(reinterpret_cast<std::uintptr_t>(p), base, i) != nullptr;
}

int Heap::setGCPercent(int percent) {
  return impl_->pacer.setGCPercent(percent);
}

std::int64_t Heap::setMemoryLimit(std::int64_t limit) {
  return impl_->pacer.setMemoryLimit(limit);
}

void Heap::setExternalBytesSource(std::function<std::uint64_t()> source) {
  impl_->externalBytes = std::move(source);
}

void Heap::freeOSMemory() {
  impl_->gcCycle(true);
  impl_->mheap.scavenge(SIZE_MAX);
}

MemStats Heap::readStats() const {
  const Impl& h = *impl_;
  MemStats m;
  std::uint64_t mallocs = h.largeAllocCount, frees = h.largeFreeCount;
  std::uint64_t total = h.largeAllocBytes, freed = h.largeFreeBytes;
  for (std::size_t c = 0; c < kNumSizeClasses; ++c) {
    std::uint64_t a = h.cache->smallAllocCount[c], f = h.smallFreeCount[c];
    mallocs += a;
    frees += f;
    total += a * classSize(c);
    freed += f * classSize(c);
    if (c < 61) m.BySize[c] = {classSize(c), a, f};
  }
  m.Mallocs = mallocs;
  m.Frees = frees;
  m.TotalAlloc = total;
  m.HeapAlloc = m.Alloc = total - freed;
  m.HeapObjects = mallocs - frees;
  m.HeapSys = h.mheap.heapSys();
  m.HeapIdle = h.mheap.heapIdle();
  m.HeapInuse = h.mheap.heapInuse();
  m.HeapReleased = h.mheap.heapReleased();
  m.MSpanInuse = h.mheap.spanInuseBytes();
  m.MSpanSys = h.mheap.spanSysBytes();
  m.MCacheInuse = h.cachealloc.inuseBytes();
  m.MCacheSys = h.cachealloc.sysBytes();
  m.GCSys = h.mheap.metaSysBytes() + h.markStack.sysBytes();
  m.OtherSys = 0;
  m.Sys = m.HeapSys + m.MSpanSys + m.MCacheSys + m.GCSys + m.OtherSys;
  // The smaller of the GOGC goal and the memory-limit goal. With GOGC=off and no limit, Go 1.19
  // reports the memory-limit goal for MaxInt64: MaxInt64 less the mapped memory that is not heap
  // objects or free heap, less 1 MiB of headroom.
  m.NextGC = h.pacer.heapGoal(h.limitInputs());
  m.LastGC = h.lastGC;
  m.PauseTotalNs = h.pauseTotalNs;
  for (std::size_t i = 0; i < 256; ++i) {
    m.PauseNs[i] = h.pauseNs[i];
    m.PauseEnd[i] = h.pauseEnd[i];
  }
  m.NumGC = h.numGC;
  m.NumForcedGC = h.numForcedGC;
  m.gcCpuNs = h.gcCpuNs;
  m.uptimeNs = nanotime() - h.startNanotime;
  m.GCCPUFraction =
      m.uptimeNs == 0 ? 0 : static_cast<double>(m.gcCpuNs) / static_cast<double>(m.uptimeNs);
  m.EnableGC = true;
  m.DebugGC = false;
  return m;
}

void Heap::setStackBytes(std::size_t bytes) {
  impl_->stackBytes = bytes;
}
void Heap::setGlobalsBytes(std::size_t bytes) {
  impl_->globalsBytes = bytes;
}

SetFinalizerResult Heap::setFinalizer(const void* obj, void* record) {
  std::uintptr_t p = reinterpret_cast<std::uintptr_t>(obj), base;
  std::size_t i;
  if (impl_->findObject(p, base, i) == nullptr) return SetFinalizerResult::kNotHeap;
  if (base != p) return SetFinalizerResult::kNotBase;
  auto [it, inserted] = impl_->finalizers.try_emplace(p, record);
  return inserted ? SetFinalizerResult::kOk : SetFinalizerResult::kAlreadySet;
}

bool Heap::clearFinalizer(const void* obj) {
  return impl_->finalizers.erase(reinterpret_cast<std::uintptr_t>(obj)) != 0;
}

std::vector<ReadyFinalizer> Heap::takeReadyFinalizers() {
  impl_->takenFinalizers = std::move(impl_->readyFinalizers);
  impl_->readyFinalizers.clear();
  return impl_->takenFinalizers;
}

std::size_t Heap::readyFinalizerCount() const {
  return impl_->readyFinalizers.size();
}

bool Heap::sweepOne() {
  return gc::sweepOne(*impl_) != 0;
}

std::size_t Heap::backgroundSweep(std::size_t pages) {
  std::size_t done = 0;
  while (done < pages) {
    std::size_t n = gc::sweepOne(*impl_);
    if (n == 0) break;
    done += n;
  }
  return done;
}

bool Heap::sweepDone() const {
  return impl_->sweepIsDone;
}

void Heap::verify() {
  bool old = impl_->cfg.verify;
  impl_->cfg.verify = true;
  impl_->gcCycle(true);
  impl_->cfg.verify = old;
}

std::uint32_t Heap::numGC() const {
  return impl_->numGC;
}
const HeapConfig& Heap::config() const {
  return impl_->cfg;
}

}  // namespace gomi::gc
