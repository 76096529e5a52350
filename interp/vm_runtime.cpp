// interp/vm_runtime.cpp — everything around the dispatch loop: machine setup, the VM stack,
// calls from C++ into Go, panics/defer/recover, tracebacks, GC roots and the NativeContext.
//
// Panicking follows Go's runtime.gopanic:
//  1. The panic is pushed on the goroutine's panic list.
//  2. Deferred calls are run newest first, across frames, while the panicking frames stay on the
//     stack (tracebacks see them). A defer already started by an earlier panic is dropped and
//     that panic marked aborted (it was interrupted by this one).
//  3. If a deferred call recovered (RECOVER in a frame the panic itself started), the panic and
//     any aborted panics below it leave the list, and RecoverSignal unwinds the C++ stack to the
//     execute() owning the frame that deferred the call; that frame then returns normally to its
//     caller, running its remaining deferred calls first.
//  4. Otherwise every panic on the list is printed oldest first, then the goroutine's frames,
//     and the program exits with status 2.
#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "interp/vm.h"

namespace gomi::vm {

namespace {

constexpr std::size_t kFirstSegmentSlots = 16 * 1024;
// A new goroutine's first VM stack segment: 1 KiB, so a parked goroutine costs about what Go's
// 2 KiB starting stack costs; deeper calls split into doubling segments.
constexpr std::size_t kGoroutineSegmentSlots = 128;
// A guard for calls from C++ into Go (pushHostFrame), which let the frame vector grow on its own;
// the stack limit proper is debug.SetMaxStack's (checkStackGrowth).
constexpr std::size_t kMaxFrames = 8'000'000;
constexpr std::size_t kNativeStackMargin = 64 * 1024;

std::string hexAddr(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx",
                static_cast<unsigned long long>(reinterpret_cast<std::uintptr_t>(p)));
  return buf;
}

bool directIface(const Type* t) {
  switch (t->kind) {
    case Kind::Pointer:
    case Kind::Map:
    case Kind::Chan:
    case Kind::Func:
    case Kind::UnsafePointer:
      return true;
    default:
      return false;
  }
}

// Error() / RuntimeError() of the runtime's error types: the receiver is the interface data
// word, a pointer to the message string.
void rtErrorError(NativeContext&, const Slot* args, Slot* results) {
  const auto* s = reinterpret_cast<const GoString*>(args[0]);
  results[0] = reinterpret_cast<Slot>(s->ptr);
  results[1] = static_cast<Slot>(s->len);
}
void rtErrorRuntimeError(NativeContext&, const Slot*, Slot*) {}

const std::uint16_t kClassSizes[] = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,  160,   176,
    192,   208,   224,   240,   256,   288,   320,   352,   384,   416,   448,   480,  512,   576,
    640,   704,   768,   896,   1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304, 2688,  3072,
    3200,  3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,  8192,  9472,  9728, 10240, 10880,
    12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

}  // namespace

// ---------------------------------------------------------------------------------------------
// Size classes and append growth
// ---------------------------------------------------------------------------------------------

std::size_t roundupsize(std::size_t size) {
  if (size <= 32768) {
    const std::uint16_t* it =
        std::lower_bound(std::begin(kClassSizes), std::end(kClassSizes), size);
    return *it;
  }
  const std::size_t page = 8192;
  if (size + page < size) return size;
  return (size + page - 1) / page * page;
}

std::int64_t growCap(std::int64_t oldCap, std::int64_t needed, std::int64_t elemSize) {
  if (elemSize == 0) return needed;
  std::int64_t newcap = oldCap;
  std::int64_t doublecap = newcap + newcap;
  if (needed > doublecap) {
    newcap = needed;
  } else if (oldCap < 256) {
    newcap = doublecap;
  } else {
    while (0 < newcap && newcap < needed) newcap += (newcap + 3 * 256) / 4;
    if (newcap <= 0) newcap = needed;
  }
  std::size_t capmem =
      roundupsize(static_cast<std::size_t>(newcap) * static_cast<std::size_t>(elemSize));
  return static_cast<std::int64_t>(capmem / static_cast<std::size_t>(elemSize));
}

Complex128 complexMul(double a, double b, double c, double d) {
  double ac = a * c, bd = b * d, ad = a * d, bc = b * c;
  return {ac - bd, ad + bc};
}

namespace {
double inf2one(double f) {
  return std::copysign(std::isinf(f) ? 1.0 : 0.0, f);
}
}  // namespace

Complex128 complexDiv(double a, double b, double c, double d) {
  double e, f;
  if (std::fabs(c) >= std::fabs(d)) {
    double ratio = d / c;
    double denom = c + ratio * d;
    e = (a + b * ratio) / denom;
    f = (b - a * ratio) / denom;
  } else {
    double ratio = c / d;
    double denom = d + ratio * c;
    e = (a * ratio + b) / denom;
    f = (b * ratio - a) / denom;
  }
  if (std::isnan(e) && std::isnan(f)) {
    const double inf = HUGE_VAL;
    if (c == 0 && d == 0 && (!std::isnan(a) || !std::isnan(b))) {
      e = std::copysign(inf, c) * a;
      f = std::copysign(inf, c) * b;
    } else if ((std::isinf(a) || std::isinf(b)) && std::isfinite(c) && std::isfinite(d)) {
      a = inf2one(a);
      b = inf2one(b);
      e = inf * (a * c + b * d);
      f = inf * (b * c - a * d);
    } else if ((std::isinf(c) || std::isinf(d)) && std::isfinite(a) && std::isfinite(b)) {
      c = inf2one(c);
      d = inf2one(d);
      e = 0 * (a * c + b * d);
      f = 0 * (b * c - a * d);
    }
  }
  return {e, f};
}

std::string formatPrintFloat(double v) {
  if (v != v) return "NaN";
  if (v + v == v && v > 0) return "+Inf";
  if (v + v == v && v < 0) return "-Inf";
  constexpr int n = 7;
  char buf[n + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (std::signbit(v)) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0;
    for (int i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < n; i++) {
    int s = static_cast<int>(v);
    buf[i + 2] = static_cast<char>(s + '0');
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = static_cast<char>(e / 100 + '0');
  buf[n + 5] = static_cast<char>((e / 10) % 10 + '0');
  buf[n + 6] = static_cast<char>(e % 10 + '0');
  return std::string(buf, n + 7);
}

// ---------------------------------------------------------------------------------------------
// Setup
// ---------------------------------------------------------------------------------------------

Goroutine::Goroutine(std::size_t firstSegmentSlots) {
  StackSegment s;
  s.mem = std::make_unique<Slot[]>(firstSegmentSlots);
  s.size = firstSegmentSlots;
  segments.push_back(std::move(s));
  limit = segments[0].mem.get() + firstSegmentSlots;
  totalSlots = firstSegmentSlots;
  frames.reserve(firstSegmentSlots >= kFirstSegmentSlots ? 1024 : 4);
}

namespace {
void normalizeProto(FuncProto& p) {
  p.frameSize = std::max(p.frameSize, p.paramSlots + p.resultSlots);
  p.ptrmask.resize(static_cast<std::size_t>(p.frameSize + 7) / 8 + 1, 0);
}
}  // namespace

Machine::Machine(rt::Runtime& runtime, TypeTable& types, CompiledProgram& program,
                 std::vector<std::string> args)
    : rt_(runtime), types_(types), prog_(program), args_(std::move(args)) {
  std::size_t ng = static_cast<std::size_t>(std::max<std::int64_t>(prog_.globalSlots, 1));
  globals_ = std::make_unique<Slot[]>(ng);  // value-initialised: zero
  globalMask_ = prog_.globalPtrmask;
  globalMask_.resize((ng + 7) / 8 + 1, 0);
  for (auto& p : prog_.protos) normalizeProto(*p);
  main_ = std::make_unique<Goroutine>();
  setupRuntimeTypes();
  rt_.heap().addRootSource(this);
}

Machine::~Machine() {
  rt_.heap().removeRootSource(this);
}

void Machine::setupRuntimeTypes() {
  const Type* str = types_.basic(Kind::String);
  const Type* errSig = types_.funcOf({}, {str}, false);
  const Type* rtSig = types_.funcOf({}, {}, false);
  auto fnError = std::make_unique<FuncProto>();
  fnError->name = "runtime.Error.Error";
  fnError->paramSlots = 1;
  fnError->resultSlots = 2;
  fnError->frameSize = 3;
  fnError->native = rtErrorError;
  fnError->ptrmask = {0x03, 0};  // receiver and result string pointer
  normalizeProto(*fnError);
  auto fnRt = std::make_unique<FuncProto>();
  fnRt->name = "runtime.Error.RuntimeError";
  fnRt->paramSlots = 1;
  fnRt->frameSize = 1;
  fnRt->native = rtErrorRuntimeError;
  fnRt->ptrmask = {0x01, 0};
  normalizeProto(*fnRt);

  const char* names[] = {"errorString", "boundsError", "plainError", "TypeAssertionError"};
  for (int k = 0; k < 4; k++) {
    Type* named = types_.newNamed("runtime", names[k]);
    types_.setUnderlying(named, str);
    named->methods.push_back(Method{"Error", errSig, false, nullptr});
    named->methods.push_back(Method{"RuntimeError", rtSig, false, nullptr});
    const Type* dyn = named;
    if (k == static_cast<int>(RuntimeErrorKind::TypeAssertionError)) dyn = types_.pointerTo(named);
    rtErrTypes_[k] = dyn;
    MethodSet ms;
    ms.methods.push_back({"Error", fnError.get()});
    ms.methods.push_back({"RuntimeError", fnRt.get()});
    prog_.methodSets[dyn] = std::move(ms);
  }
  rtErrorMethod_ = std::move(fnError);
  rtRuntimeErrorMethod_ = std::move(fnRt);
}

bool Machine::isRtErrorType(const Type* t) const {
  for (const Type* r : rtErrTypes_)
    if (r == t) return true;
  return false;
}

const gc::GcType& Machine::closureGcType(std::size_t n) {
  while (closureGc_.size() <= n) {
    std::size_t k = closureGc_.size();
    closureMasks_.emplace_back((k + 1 + 7) / 8 + 1, 0xFF);
    gc::GcType t;
    t.size = 8 * (k + 1);
    t.ptrdata = 8 * (k + 1);
    t.ptrmask = closureMasks_.back().data();
    t.name = "closure";
    closureGc_.push_back(t);
  }
  return closureGc_[n];
}

// ---------------------------------------------------------------------------------------------
// Running
// ---------------------------------------------------------------------------------------------

int Machine::run() {
  rt::Scheduler& sched = rt_.sched();
  rt_.chans().panicPlain = [](const char* msg) { throwPlainError(msg); };
  sched.onDeadlock = [this] { deadlock(); };
  sched.onIdle = [this](std::int64_t budgetNs) {
    if (!finqRunning_ && rt_.heap().readyFinalizerCount() > 0) {
      wakeFinalizers();
      return true;
    }
    // Background sweeping while the program waits for a timer.
    gc::Heap& h = rt_.heap();
    if (h.sweepDone()) return false;
    std::int64_t end = rt::Scheduler::nanotime() + budgetNs;
    bool did = false;
    while (rt::Scheduler::nanotime() < end && h.sweepOne()) did = true;
    return did;
  };
  // Go 1.19 numbers its runtime goroutines 2..4; package os's init sets finalizers, which
  // creates the finalizer goroutine (5), so user goroutines start at 6 when os is linked in.
  for (const auto& p : prog_.protos) {
    if (p->name.rfind("os.", 0) == 0 || p->name.rfind("fmt.", 0) == 0) {
      finqIdTaken_ = true;
      nextGoid_ = 6;
      break;
    }
  }
  int code = 0;
  rt::G* mg = sched.spawn([this, &code] { code = runMain(); });
  mg->user = main_.get();
  main_->rtg = mg;
  main_->id = mg->id;
  vmStackBytes_ += main_->totalSlots * sizeof(Slot);
  reportStackBytes();
  sched.run(mg);
  sched.onDeadlock = nullptr;
  sched.onIdle = nullptr;
  rt_.flush();
  return code;
}

int Machine::runMain() {
  Goroutine& g = *main_;
  bool exited = false;
  int code = 0;
  // Package os's init creates Go's finalizer goroutine, which sits in runnext when main starts
  // and parks when it first runs; it takes its place in Go's run order.
  if (finqIdTaken_) rt_.sched().spawnSystemParked("finalizer wait");
  try {
    if (!prog_.entry) fatal("program has no entry function");
    pushHostFrame(g, prog_.entry, nullptr, nullptr, kEntryFrame);
    execute(g, g.frames.size() - 1);
  } catch (ExitSignal& e) {
    exited = true;
    code = e.code;
  } catch (GoexitSignal&) {
    mainGoexited_ = true;
  }
  flushPrint(g);
  if (mainGoexited_) {
    // The program goes on until the other goroutines finish; then the deadlock handler reports
    // it. Parked outside the catch handler: fibers must not switch inside one.
    g.frames.clear();
    g.defers.clear();
    for (;;) rt_.sched().park("goexit");
  }
  rt_.flush();
  return exited ? code : 0;
}

void Machine::reportStackBytes() {
  rt_.setVMStackBytes(vmStackBytes_);
  rt_.heap().setStackBytes(vmStackBytes_);
}

void Machine::spawnGoroutine(const FuncProto* fn, const Closure* clo, const Slot* args) {
  auto owned = std::make_unique<Goroutine>(kGoroutineSegmentSlots);
  Goroutine* ng = owned.get();
  // The arguments go straight into the new goroutine's first frame, where the collector sees
  // them (every goroutine's frames are roots) until it runs.
  pushHostFrame(*ng, fn, clo, args, kEntryFrame);
  ng->index = goroutines_.size();
  if (rt_.sched().current()) {
    Goroutine& parent = current();
    if (!parent.frames.empty()) {
      const Frame& f = parent.frames.back();
      const FuncProto* pf = f.fn;
      std::size_t idx = 0;
      if (f.pc && f.pc > pf->code.data())
        idx = static_cast<std::size_t>(f.pc - pf->code.data()) - 1;
      int line = idx < pf->lines.size() ? pf->lines[idx] : pf->line;
      char off[32];
      std::snprintf(off, sizeof off, " +0x%zx", idx * 4);
      ng->createdBy =
          "created by " + pf->name + "\n\t" + pf->file + ":" + std::to_string(line) + off + "\n";
    }
  } else {
    ng->createdBy = "created by time.goFunc\n\t/usr/lib/go-1.19/src/time/sleep.go:176 +0x32\n";
  }
  goroutines_.push_back(std::move(owned));
  rt::G* rg = rt_.sched().spawn([this, ng] { goroutineMain(ng); });
  rg->user = ng;
  rg->id = nextGoid_++;
  ng->rtg = rg;
  ng->id = rg->id;
  vmStackBytes_ += ng->totalSlots * sizeof(Slot);
  reportStackBytes();
}

void Machine::goroutineMain(Goroutine* g) {
  int exitCode = -1;
  try {
    const Frame& f = g->frames.back();
    if (f.fn->native) {
      f.fn->native(*this, f.base, f.base + f.fn->paramSlots);
    } else {
      execute(*g, 0);
    }
  } catch (ExitSignal& e) {
    exitCode = e.code;
  } catch (GoexitSignal&) {
  }
  flushPrint(*g);
  if (exitCode >= 0) {
    // An unrecovered panic or os.Exit in a goroutine ends the whole program now.
    rt_.flush();
    std::_Exit(exitCode);
  }
  dropGoroutine(g);  // frees g; this fiber's native stack is the scheduler's
}

void Machine::dropGoroutine(Goroutine* g) {
  vmStackBytes_ -= std::min(vmStackBytes_, g->totalSlots * sizeof(Slot));
  reportStackBytes();
  std::size_t i = g->index;
  if (i + 1 != goroutines_.size()) {
    std::swap(goroutines_[i], goroutines_.back());
    goroutines_[i]->index = i;
  }
  goroutines_.pop_back();
}

void Machine::deadlock() {
  flushPrint(*main_);
  std::vector<Goroutine*> others;
  for (const auto& g : goroutines_)
    if (!g->system) others.push_back(g.get());
  if (mainGoexited_ && others.empty()) {
    rt_.writeStderr("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
    rt_.flush();
    std::_Exit(2);
  }
  std::sort(others.begin(), others.end(),
            [](const Goroutine* a, const Goroutine* b) { return a->id < b->id; });
  std::string out = "fatal error: all goroutines are asleep - deadlock!\n";
  auto reasonOf = [](const Goroutine& g) {
    return g.rtg && g.rtg->waitReason && *g.rtg->waitReason ? g.rtg->waitReason
                                                            : "select (no cases)";
  };
  if (!mainGoexited_) out += "\n" + traceback(*main_, reasonOf(*main_));
  for (Goroutine* g : others) out += "\n" + traceback(*g, reasonOf(*g));
  rt_.writeStderr(out);
  rt_.flush();
  std::_Exit(2);
}

void Machine::goexit() {
  Goroutine& g = current();
  // Go's Goexit runs every deferred call of the goroutine (recover returns nil in them), then
  // ends it; a panic in one of them proceeds as usual.
  while (!g.defers.empty()) {
    Defer& d = g.defers.back();
    if (d.started) {
      if (d.panic) d.panic->aborted = true;
      g.defers.pop_back();
      continue;
    }
    Defer run = std::move(d);
    g.defers.pop_back();
    callDeferred(g, run, 0);
  }
  throw GoexitSignal{};
}

namespace {
void funcTimerFired(rt::Scheduler&, void* arg, void* aux) {
  auto* clo = static_cast<const Closure*>(arg);
  static_cast<Machine*>(aux)->spawnGoroutine(clo->fn, clo, nullptr);
}
}  // namespace

std::uint64_t Machine::startFuncTimer(std::int64_t when, const Closure* f) {
  return rt_.sched().addTimer(when, funcTimerFired, const_cast<Closure*>(f), this);
}

namespace {
// A finalizer record (a heap object, so the collector keeps the func value alive): the closure,
// the object's pointer type, and whether the finalizer takes an interface.
struct FinRecord {
  const Closure* fn;
  const Type* objType;
  std::uint64_t ifaceParam;
};
}  // namespace

void Machine::setFinalizer(GoIface obj, GoIface finalizer) {
  const Type* et = obj.type;
  if (!et) fatal("runtime.SetFinalizer: first argument is nil");
  if (et->u()->kind != Kind::Pointer)
    fatal("runtime.SetFinalizer: first argument is " + et->str() + ", not pointer");
  gc::Heap& heap = rt_.heap();
  if (!obj.data || !heap.contains(obj.data)) {
    // Zero-sized objects and statically allocated ones never get finalized.
    if (obj.data && et->u()->elem && et->u()->elem->size == 0) return;
    if (!obj.data) fatal("runtime.SetFinalizer: pointer not in allocated block");
  }
  if (!finalizer.type) {
    heap.clearFinalizer(obj.data);
    return;
  }
  const Type* ft = finalizer.type;
  std::string cannot =
      "runtime.SetFinalizer: cannot pass " + et->str() + " to finalizer " + ft->str();
  if (ft->u()->kind != Kind::Func)
    fatal("runtime.SetFinalizer: second argument is " + ft->str() + ", not a function");
  const Type* fu = ft->u();
  if (fu->variadic) fatal(cannot + " because dotdotdot");
  if (fu->params.size() != 1) fatal(cannot);
  const Type* fint = fu->params[0];
  bool iface = false;
  if (fint == et) {
  } else if (fint->u()->kind == Kind::Pointer && (!fint->named() || !et->named()) &&
             fint->u()->elem == et->u()->elem) {
  } else if (fint->u()->kind == Kind::Interface && assertImplements(et, fint, nullptr)) {
    iface = true;
  } else {
    fatal(cannot);
  }
  if (!finqIdTaken_) {
    finqIdTaken_ = true;
    nextGoid_++;  // Go creates its finalizer goroutine on the first SetFinalizer
  }
  if (finRecordGc_.size == 0) {
    finRecordGc_.size = sizeof(FinRecord);
    finRecordGc_.ptrdata = 8;
    finRecordGc_.ptrmask = &finRecordMask_;
    finRecordGc_.name = "finalizer";
  }
  auto* rec = static_cast<FinRecord*>(heap.allocate(finRecordGc_));
  rec->fn = static_cast<const Closure*>(finalizer.data);
  rec->objType = et;
  rec->ifaceParam = iface ? 1 : 0;
  switch (heap.setFinalizer(obj.data, rec)) {
    case gc::SetFinalizerResult::kOk:
    case gc::SetFinalizerResult::kNotHeap:  // globals: never finalized, as in Go
      break;
    case gc::SetFinalizerResult::kNotBase:
      fatal("runtime.SetFinalizer: pointer not at beginning of allocated block");
    case gc::SetFinalizerResult::kAlreadySet:
      fatal("runtime.SetFinalizer: finalizer already set");
  }
}

void Machine::wakeFinalizers() {
  if (finqRunning_ || rt_.heap().readyFinalizerCount() == 0) return;
  finqRunning_ = true;
  auto owned = std::make_unique<Goroutine>(kGoroutineSegmentSlots);
  Goroutine* ng = owned.get();
  ng->system = true;
  ng->index = goroutines_.size();
  goroutines_.push_back(std::move(owned));
  rt::G* rg = rt_.sched().spawn([this, ng] { finalizerLoop(ng); });
  rg->user = ng;
  rg->id = 5;
  ng->rtg = rg;
  ng->id = rg->id;
}

void Machine::finalizerLoop(Goroutine* g) {
  int exitCode = -1;
  try {
    for (;;) {
      std::vector<gc::ReadyFinalizer> batch = rt_.heap().takeReadyFinalizers();
      if (batch.empty()) break;
      for (const gc::ReadyFinalizer& r : batch) {
        const auto* rec = static_cast<const FinRecord*>(r.record);
        if (!rec || !rec->fn) continue;
        Slot args[2];
        if (rec->ifaceParam) {
          args[0] = reinterpret_cast<Slot>(rec->objType);
          args[1] = reinterpret_cast<Slot>(r.object);
        } else {
          args[0] = reinterpret_cast<Slot>(r.object);
        }
        std::vector<Slot> results(static_cast<std::size_t>(rec->fn->fn->resultSlots) + 1);
        call(rec->fn, args, results.data());
      }
    }
  } catch (ExitSignal& e) {
    exitCode = e.code;
  } catch (GoexitSignal&) {
  }
  flushPrint(*g);
  if (exitCode >= 0) {
    rt_.flush();
    std::_Exit(exitCode);
  }
  finqRunning_ = false;
  dropGoroutine(g);
}

std::vector<Slot> Machine::callForTest(const FuncProto* fn, const std::vector<Slot>& args) {
  Goroutine& g = *main_;
  std::vector<Slot> padded(args);
  padded.resize(static_cast<std::size_t>(fn->paramSlots), 0);
  std::vector<Slot> results(static_cast<std::size_t>(fn->resultSlots), 0);
  Slot* base = pushHostFrame(g, fn, nullptr, padded.data(), kEntryFrame);
  if (fn->native) {
    fn->native(*this, base, base + fn->paramSlots);
    popFrame(g);
  } else {
    execute(g, g.frames.size() - 1);
  }
  std::memcpy(results.data(), base + fn->paramSlots, results.size() * sizeof(Slot));
  return results;
}

void Machine::execute(Goroutine& g, std::size_t entry) {
  // Goroutine fiber stacks have no guard page: C++ re-entering Go must leave room for the
  // natives it may call (fmt calling String methods, sort calling Less, ...).
  if (const rt::G* cg = rt_.sched().current();
      cg && cg->stack.lo && rt::stackRemaining(cg->stack.lo) < kNativeStackMargin)
    stackOverflow();
  bool resume = false;
  for (;;) {
    std::size_t target = 0;
    int what = 0;  // 1 runtime error, 2 panic value, 3 recovered
    RuntimeErrorSignal rerr;
    GoIface pv{nullptr, nullptr};
    try {
      loop(g, entry, resume);
      return;
    } catch (RuntimeErrorSignal& e) {
      what = 1;
      rerr = std::move(e);
    } catch (PanicSignal& e) {
      what = 2;
      pv = e.value;
    } catch (RecoverSignal& r) {
      if (r.frame < entry) throw;
      what = 3;
      target = r.frame;
    }
    if (what != 3) {
      try {
        if (what == 1) {
          GoIface v = runtimeErrorValue(rerr);
          gopanic(g, v, rerr.sigsegv);
        }
        gopanic(g, pv, false);
      } catch (RecoverSignal& r) {
        if (r.frame < entry) throw;
        target = r.frame;
      }
    }
    // Unwind to the frame whose deferred call recovered; it returns normally.
    while (g.frames.size() - 1 > target) popFrame(g);
    while (!g.defers.empty() && g.defers.back().frame > target) g.defers.pop_back();
    resume = true;
  }
}

void Machine::checkStackGrowth(std::size_t slots, std::size_t frames) {
  // Go's check in newstack: a stack may not grow beyond the limit. A goroutine's stack here is
  // its VM stack: the slot segments (8 bytes a slot) and the frame records (one per call), both
  // of which grow by doubling, as Go's stack does, and are checked when they grow.
  if (slots * sizeof(Slot) + frames * sizeof(Frame) > rt_.stackLimit()) stackOverflow();
}

Slot* Machine::splitStack(Goroutine& g, Slot* window, const FuncProto* fn) {
  std::size_t need = static_cast<std::size_t>(fn->frameSize) + 256;
  std::size_t next = g.seg + 1;
  std::size_t before = g.totalSlots;
  if (next >= g.segments.size() || g.segments[next].size < need) {
    std::size_t size = std::max(need, g.segments[g.seg].size * 2);
    if (next < g.segments.size()) {
      g.totalSlots -= g.segments[next].size;
      g.segments.resize(next);  // later segments are unused (they were above this one)
    }
    g.totalSlots += size;
    checkStackGrowth(g.totalSlots, g.frames.capacity());
    if (g.rtg) {
      vmStackBytes_ = vmStackBytes_ + g.totalSlots * sizeof(Slot) -
                      std::min(vmStackBytes_ + g.totalSlots * sizeof(Slot), before * sizeof(Slot));
      reportStackBytes();
    }
    StackSegment s;
    s.mem = std::make_unique<Slot[]>(size);
    s.size = size;
    g.segments.push_back(std::move(s));
  }
  g.seg = next;
  Slot* base = g.segments[next].mem.get();
  g.limit = base + g.segments[next].size;
  if (window) std::memcpy(base, window, static_cast<std::size_t>(fn->paramSlots) * sizeof(Slot));
  return base;
}

Slot* Machine::pushHostFrame(Goroutine& g, const FuncProto* fn, const Closure* clo,
                             const Slot* args, std::uint32_t flags) {
  Slot* base;
  if (g.frames.empty()) {
    base = g.segments[g.seg].mem.get();
  } else {
    const Frame& top = g.frames.back();
    base = top.base + top.fn->frameSize;
  }
  if (base + fn->frameSize > g.limit) {
    base = splitStack(g, nullptr, fn);
    flags |= kSplitFrame;
  }
  if (g.frames.size() >= kMaxFrames) stackOverflow();
  if (args) std::memcpy(base, args, static_cast<std::size_t>(fn->paramSlots) * sizeof(Slot));
  std::memset(base + fn->paramSlots, 0,
              static_cast<std::size_t>(fn->frameSize - fn->paramSlots) * sizeof(Slot));
  g.frames.push_back(Frame{fn, base, fn->code.data(), clo, nullptr, flags});
  return base;
}

void Machine::popFrame(Goroutine& g) {
  const Frame& f = g.frames.back();
  if (f.flags & kSplitFrame) {
    g.seg--;
    g.limit = g.segments[g.seg].mem.get() + g.segments[g.seg].size;
  }
  g.frames.pop_back();
}

void Machine::runFrameDefers(Goroutine& g) {
  std::size_t idx = g.frames.size() - 1;
  while (!g.defers.empty() && g.defers.back().frame == idx) {
    Defer d = std::move(g.defers.back());
    g.defers.pop_back();
    callDeferred(g, d, 0);
  }
}

void Machine::callDeferred(Goroutine& g, const Defer& d, std::uint32_t flags) {
  if (!d.fn) throwNilDeref();
  const FuncProto* fn = d.fn;
  Slot* base = pushHostFrame(g, fn, d.closure, d.args.data(), flags | kEntryFrame);
  if (fn->native) {
    fn->native(*this, base, base + fn->paramSlots);
    popFrame(g);
    return;
  }
  execute(g, g.frames.size() - 1);
}

GoIface Machine::runtimeErrorValue(const RuntimeErrorSignal& e) {
  std::string msg = e.msg;
  if (e.kind == RuntimeErrorKind::ErrorString || e.kind == RuntimeErrorKind::BoundsError)
    msg = "runtime error: " + msg;
  const Type* str = types_.basic(Kind::String);
  auto* box = static_cast<GoString*>(rt_.heap().allocate(str->gc));
  TempRoot keep(*this, &box, 1);  // the local holding the box, not its contents
  GoString s = newString(msg);
  *box = s;
  return GoIface{rtErrorType(e.kind), box};
}

void Machine::gopanic(Goroutine& g, GoIface v, bool sigsegv) {
  auto owned = std::make_unique<Panic>();
  owned->value = v;
  owned->sigsegv = sigsegv;
  Panic* p = owned.get();
  g.panics.push_back(std::move(owned));
  while (!g.defers.empty()) {
    Defer& d = g.defers.back();
    if (d.started) {
      // Started by an earlier panic (or this one) and interrupted by a new panic.
      if (d.panic) d.panic->aborted = true;
      g.defers.pop_back();
      continue;
    }
    d.started = true;
    d.panic = p;
    std::size_t dframe = d.frame;
    p->deferFrame = g.frames.size();  // the frame the deferred call is about to get
    if (!d.fn) {
      // Calling a nil deferred func panics: a new panic, which aborts this one (d is started).
      gopanic(g,
              runtimeErrorValue(
                  RuntimeErrorSignal{RuntimeErrorKind::ErrorString,
                                     "invalid memory address or nil pointer dereference", true}),
              true);
    }
    callDeferred(g, d, kPanicDefer);
    g.defers.pop_back();  // d returned normally
    if (p->recovered) {
      g.panics.pop_back();
      while (!g.panics.empty() && g.panics.back()->aborted) g.panics.pop_back();
      throw RecoverSignal{dframe};
    }
  }
  // Unrecovered: print the panics oldest first, then the stack.
  flushPrint(g);
  std::string out;
  for (std::size_t i = 0; i < g.panics.size(); i++) {
    if (i > 0) out += "\t";
    out += "panic: " + printPanicValue(g.panics[i]->value);
    if (g.panics[i]->recovered) out += " [recovered]";
    out += "\n";
  }
  if (g.panics.back()->sigsegv)
    out += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n";
  // GOTRACEBACK / debug.SetTraceback: none prints no goroutines, all adds the others.
  rt::Runtime::Traceback tb = rt_.traceback();
  if (tb.level > 0) {
    out += "\n" + traceback(g);
    if (tb.all) out += tracebackOthers(g);
  }
  rt_.writeStderr(out);
  if (tb.crash) crash();
  throw ExitSignal{2};
}

void Machine::crash() {
  // GOTRACEBACK=crash: die of SIGABRT, as Go does, instead of exiting with status 2.
  rt_.flush();
  std::signal(SIGABRT, SIG_DFL);
  std::raise(SIGABRT);
  std::_Exit(2);
}

void Machine::fatal(const std::string& msg) {
  Goroutine& g = current();
  flushPrint(g);
  rt_.writeStderr("fatal error: " + msg + "\n\n" + traceback(g));
  throw ExitSignal{2};
}

void Machine::stackOverflow() {
  Goroutine& g = current();
  flushPrint(g);
  // Go's newstack report: the limit, where the stack pointer and the current stack are (here the
  // top of the VM stack and the current segment), then a runtime throw, which always shows every
  // goroutine whatever GOTRACEBACK says.
  const StackSegment& seg = g.segments[g.seg];
  const Slot* sp = g.frames.empty() ? seg.mem.get() : g.frames.back().base;
  std::string out = "runtime: goroutine stack exceeds " + std::to_string(rt_.stackLimit()) +
                    "-byte limit\nruntime: sp=" + hexAddr(sp) + " stack=[" +
                    hexAddr(seg.mem.get()) + ", " + hexAddr(seg.mem.get() + seg.size) +
                    "]\nfatal error: stack overflow\n\n" + traceback(g) + tracebackOthers(g);
  rt_.writeStderr(out);
  if (rt_.traceback().crash) crash();
  throw ExitSignal{2};
}

std::string Machine::traceback(Goroutine& g, const char* status) {
  return tracebackFrames(g, status) + g.createdBy;
}

std::string Machine::printPanicValue(GoIface v) {
  if (!v.type) return "nil";
  GoString s;
  if (assertImplements(v.type, types_.errorType(), nullptr) && callStringMethod(v, "Error", &s))
    return std::string(s.view());
  if (const FuncProto* m = findMethod(v.type, "String");
      m && m->paramSlots == 1 && m->resultSlots == 2 && callStringMethod(v, "String", &s))
    return std::string(s.view());
  const Type* t = v.type;
  const void* data = directIface(t) ? static_cast<const void*>(&v.data) : v.data;
  std::string val;
  bool simple = true;
  switch (t->u()->kind) {
    case Kind::Bool:
      val = *static_cast<const bool*>(data) ? "true" : "false";
      break;
    case Kind::Int:
    case Kind::Int64:
      val = std::to_string(*static_cast<const std::int64_t*>(data));
      break;
    case Kind::Int8:
      val = std::to_string(*static_cast<const std::int8_t*>(data));
      break;
    case Kind::Int16:
      val = std::to_string(*static_cast<const std::int16_t*>(data));
      break;
    case Kind::Int32:
      val = std::to_string(*static_cast<const std::int32_t*>(data));
      break;
    case Kind::Uint:
    case Kind::Uint64:
    case Kind::Uintptr:
      val = std::to_string(*static_cast<const std::uint64_t*>(data));
      break;
    case Kind::Uint8:
      val = std::to_string(*static_cast<const std::uint8_t*>(data));
      break;
    case Kind::Uint16:
      val = std::to_string(*static_cast<const std::uint16_t*>(data));
      break;
    case Kind::Uint32:
      val = std::to_string(*static_cast<const std::uint32_t*>(data));
      break;
    case Kind::Float32:
      val = formatPrintFloat(*static_cast<const float*>(data));
      break;
    case Kind::Float64:
      val = formatPrintFloat(*static_cast<const double*>(data));
      break;
    case Kind::Complex64: {
      // A named complex type prints as main.C(+1.000000e+000+2.000000e+000i): one pair of
      // parentheses.
      const auto* p = static_cast<const float*>(data);
      val = formatPrintFloat(p[0]) + formatPrintFloat(p[1]) + "i";
      if (t->named() && !t->pkg.empty()) return t->str() + "(" + val + ")";
      return "(" + val + ")";
    }
    case Kind::Complex128: {
      const auto* p = static_cast<const double*>(data);
      val = formatPrintFloat(p[0]) + formatPrintFloat(p[1]) + "i";
      if (t->named() && !t->pkg.empty()) return t->str() + "(" + val + ")";
      return "(" + val + ")";
    }
    case Kind::String: {
      const auto* gs = static_cast<const GoString*>(data);
      val = std::string(gs->view());
      if (t->named() && !t->pkg.empty()) return t->str() + "(\"" + val + "\")";
      return val;
    }
    default:
      simple = false;
  }
  if (simple) {
    if (t->named() && !t->pkg.empty()) return t->str() + "(" + val + ")";
    return val;
  }
  return "(" + t->str() + ") " + hexAddr(v.data);
}

void Machine::flushPrint(Goroutine& g) {
  if (g.printBuf.empty()) return;
  rt_.writeStderr(g.printBuf);
  g.printBuf.clear();
}

const FuncProto* Machine::findMethod(const Type* dyn, const std::string& name) {
  auto it = prog_.methodSets.find(dyn);
  if (it == prog_.methodSets.end()) return nullptr;
  return it->second.find(name);
}

const FuncProto* Machine::ifaceMethod(const Type* dyn, const IfaceCallSite* site) {
  const std::string& name =
      site->iface->u()->imethods[static_cast<std::size_t>(site->methodIndex)].name;
  const FuncProto* fn = findMethod(dyn, name);
  if (!fn) fatal("no method " + name + " recorded for " + dyn->str() + " (compiler method sets)");
  return fn;
}

bool Machine::assertImplements(const Type* dyn, const Type* iface, std::string* missing) {
  auto key = std::make_pair(dyn, iface);
  auto it = implCache_.find(key);
  if (it == implCache_.end()) {
    std::string m;
    bool ok = implements(dyn, iface, &m);
    if (ok)
      m.clear();
    else if (m.empty())
      m = "?";
    it = implCache_.emplace(key, m).first;
  }
  if (missing) *missing = it->second;
  return it->second.empty();
}

// ---------------------------------------------------------------------------------------------
// GC roots
// ---------------------------------------------------------------------------------------------

void Machine::scanRoots(gc::Marker& m) {
  m.markWords(globals_.get(),
              static_cast<std::size_t>(std::max<std::int64_t>(prog_.globalSlots, 0)),
              globalMask_.data());
  scanGoroutine(m, *main_);
  for (const auto& g : goroutines_) scanGoroutine(m, *g);
  for (const TempValue& t : tempRoots) m.markWords(t.p, t.nwords, t.mask);
}

void Machine::scanGoroutine(gc::Marker& m, Goroutine& g) {
  for (std::size_t i = 0; i < g.frames.size(); i++) {
    const Frame& f = g.frames[i];
    std::size_t limit = static_cast<std::size_t>(f.fn->frameSize);
    if (i + 1 < g.frames.size()) {
      // While a call is active the caller is live only below the callee's window.
      const Slot* nb = g.frames[i + 1].base;
      if (nb >= f.base && nb < f.base + limit) limit = static_cast<std::size_t>(nb - f.base);
    }
    m.markWords(f.base, limit, f.fn->ptrmask.data());
    m.markPointer(f.closure);
  }
  for (const Defer& d : g.defers) {
    m.markPointer(d.closure);
    if (d.fn) m.markWords(d.args.data(), d.args.size(), d.fn->ptrmask.data());
  }
  for (const auto& p : g.panics) m.markPointer(p->value.data);
}

// ---------------------------------------------------------------------------------------------
// NativeContext
// ---------------------------------------------------------------------------------------------

GoString Machine::newString(std::string_view s) {
  if (s.empty()) return GoString{nullptr, 0};
  auto* p = static_cast<std::uint8_t*>(rt_.heap().allocateNoScan(s.size()));
  std::memcpy(p, s.data(), s.size());
  return GoString{p, static_cast<std::int64_t>(s.size())};
}

GoSlice Machine::newSlice(const Type* elem, std::int64_t len, std::int64_t cap) {
  void* p = rt_.heap().allocateArray(elem->gc, static_cast<std::size_t>(cap));
  return GoSlice{p, len, cap};
}

GoIface Machine::makeIface(const Type* t, const void* value) {
  if (!t) return GoIface{nullptr, nullptr};
  if (directIface(t)) return GoIface{t, *static_cast<void* const*>(value)};
  TempRoot keep(*this, value, t->gc.ptrdata / 8, t->gc.ptrmask);
  void* p = t->size == 0 ? rt_.heap().allocateArray(t->gc, 0) : rt_.heap().allocate(t->gc);
  std::memcpy(p, value, static_cast<std::size_t>(t->size));
  return GoIface{t, p};
}

void Machine::panicRuntimeError(const std::string& msg) {
  throw RuntimeErrorSignal{RuntimeErrorKind::ErrorString, msg};
}

void Machine::panicValue(GoIface v) {
  throw PanicSignal{v};
}

void Machine::exit(int code) {
  flushPrint(current());
  rt_.flush();
  throw ExitSignal{code};
}

void Machine::call(const Closure* fn, const Slot* args, Slot* results) {
  if (!fn) throwNilDeref();
  Goroutine& g = current();
  const FuncProto* p = fn->fn;
  Slot* base = pushHostFrame(g, p, fn, args, kEntryFrame);
  if (p->native) {
    p->native(*this, base, base + p->paramSlots);
    popFrame(g);
  } else {
    execute(g, g.frames.size() - 1);
  }
  std::memcpy(results, base + p->paramSlots,
              static_cast<std::size_t>(p->resultSlots) * sizeof(Slot));
}

bool Machine::callStringMethod(GoIface v, const char* name, GoString* out) {
  if (!v.type) return false;
  const FuncProto* fn = findMethod(v.type, name);
  if (!fn || fn->paramSlots != 1 || fn->resultSlots != 2) return false;
  Goroutine& g = current();
  Slot arg = reinterpret_cast<Slot>(v.data);
  Slot* base = pushHostFrame(g, fn, nullptr, &arg, kEntryFrame);
  if (fn->native) {
    fn->native(*this, base, base + 1);
    // Read the results before popping: popping may release the frame's stack segment.
    out->ptr = reinterpret_cast<const std::uint8_t*>(base[1]);
    out->len = static_cast<std::int64_t>(base[2]);
    popFrame(g);
    return true;
  }
  execute(g, g.frames.size() - 1);
  out->ptr = reinterpret_cast<const std::uint8_t*>(base[1]);
  out->len = static_cast<std::int64_t>(base[2]);
  return true;
}

std::int64_t Machine::mapLen(const void* map) {
  return gomi::mapLen(static_cast<const GoMap*>(map));
}

void Machine::mapForEach(const void* map, const Type*,
                         const std::function<void(const void* key, const void* value)>& f) {
  gomi::mapForEach(static_cast<const GoMap*>(map), f);
}

}  // namespace gomi::vm
