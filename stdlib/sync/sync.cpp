// stdlib/sync/sync.cpp — package sync: Mutex, RWMutex, WaitGroup, Once, on the runtime's
// address-keyed semaphores (runtime/sema.h).
//
// gomi runs goroutines on one thread and switches only at safe points (calls, loop back edges,
// blocking operations), so the state words below need no atomics: a method body between two
// safe points runs without interruption. Blocking always goes through semacquire, so a
// goroutine stuck in Lock or Wait shows as [semacquire] in a deadlock report, as in Go 1.19.
#include "runtime/runtime.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package sync

func semacquire(addr *uint32)
func semrelease(addr *uint32)
func throw(s string)

type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is unlocked.
type Mutex struct {
	locked  bool
	waiters int32
	sema    uint32
}

func (m *Mutex) Lock() {
	for m.locked {
		m.waiters++
		semacquire(&m.sema)
		m.waiters--
	}
	m.locked = true
}

func (m *Mutex) TryLock() bool {
	if m.locked {
		return false
	}
	m.locked = true
	return true
}

func (m *Mutex) Unlock() {
	if !m.locked {
		throw("sync: unlock of unlocked mutex")
	}
	m.locked = false
	if m.waiters > 0 {
		semrelease(&m.sema)
	}
}

// An RWMutex admits many readers or one writer; a waiting writer blocks new readers so that
// writers are not starved.
type RWMutex struct {
	readers        int32
	writer         bool
	readersWaiting int32
	writersWaiting int32
	readerSem      uint32
	writerSem      uint32
}

func (rw *RWMutex) RLock() {
	for rw.writer || rw.writersWaiting > 0 {
		rw.readersWaiting++
		semacquire(&rw.readerSem)
	}
	rw.readers++
}

func (rw *RWMutex) TryRLock() bool {
	if rw.writer || rw.writersWaiting > 0 {
		return false
	}
	rw.readers++
	return true
}

func (rw *RWMutex) RUnlock() {
	if rw.readers <= 0 {
		throw("sync: RUnlock of unlocked RWMutex")
	}
	rw.readers--
	if rw.readers == 0 && rw.writersWaiting > 0 {
		semrelease(&rw.writerSem)
	}
}

func (rw *RWMutex) Lock() {
	for rw.writer || rw.readers > 0 {
		rw.writersWaiting++
		semacquire(&rw.writerSem)
		rw.writersWaiting--
	}
	rw.writer = true
}

func (rw *RWMutex) TryLock() bool {
	if rw.writer || rw.readers > 0 {
		return false
	}
	rw.writer = true
	return true
}

func (rw *RWMutex) Unlock() {
	if !rw.writer {
		throw("sync: Unlock of unlocked RWMutex")
	}
	rw.writer = false
	if rw.readersWaiting > 0 {
		n := rw.readersWaiting
		rw.readersWaiting = 0
		for ; n > 0; n-- {
			semrelease(&rw.readerSem)
		}
	} else if rw.writersWaiting > 0 {
		semrelease(&rw.writerSem)
	}
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	counter int64
	waiters uint32
	sema    uint32
}

func (wg *WaitGroup) Add(delta int) {
	wg.counter += int64(delta)
	if wg.counter < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if wg.counter == 0 {
		for wg.waiters > 0 {
			wg.waiters--
			semrelease(&wg.sema)
		}
	}
}

func (wg *WaitGroup) Done() { wg.Add(-1) }

func (wg *WaitGroup) Wait() {
	if wg.counter == 0 {
		return
	}
	wg.waiters++
	semacquire(&wg.sema)
}

// Once performs exactly one action; later callers wait until it has finished.
type Once struct {
	done bool
	m    Mutex
}

func (o *Once) Do(f func()) {
	if o.done {
		return
	}
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		defer o.setDone()
		f()
	}
}

func (o *Once) setDone() { o.done = true }

func notifyListWait(l *uint32, t uint32)
func notifyListNotifyOne(l *uint32)
func notifyListNotifyAll(l *uint32)

// Cond is a condition variable. Waiters take a ticket before unlocking L, so a Signal that
// comes between the Unlock and the wait is not lost (Go's notifyList).
type Cond struct {
	L      Locker
	wait   uint32
	notify uint32
	head   uintptr
	tail   uintptr
}

func NewCond(l Locker) *Cond { return &Cond{L: l} }

func (c *Cond) Wait() {
	t := c.wait
	c.wait++
	c.L.Unlock()
	notifyListWait(&c.wait, t)
	c.L.Lock()
}

func (c *Cond) Signal()    { notifyListNotifyOne(&c.wait) }
func (c *Cond) Broadcast() { notifyListNotifyAll(&c.wait) }

// Map is a mutex around a Go map. Range walks a snapshot of the keys and skips the ones
// deleted meanwhile, as Go's Range over its read-only copy does.
type Map struct {
	mu Mutex
	m  map[any]any
}

func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.m[key]
	m.mu.Unlock()
	return
}

func (m *Map) Store(key, value any) {
	m.mu.Lock()
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	m.mu.Unlock()
}

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return value, false
}

func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	value, loaded = m.m[key]
	delete(m.m, key)
	m.mu.Unlock()
	return
}

func (m *Map) Delete(key any) {
	m.mu.Lock()
	delete(m.m, key)
	m.mu.Unlock()
}

func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	for k := range m.m {
		keys = append(keys, k)
	}
	m.mu.Unlock()
	for _, k := range keys {
		v, ok := m.Load(k)
		if !ok {
			continue
		}
		if !f(k, v) {
			break
		}
	}
}

// Pool keeps the order Go's has on one P: the first value Put waits in the private slot and is
// returned first; the others come back most recent first.
type Pool struct {
	New     func() any
	mu      Mutex
	private any
	shared  []any
}

func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	if p.private == nil {
		p.private = x
	} else {
		p.shared = append(p.shared, x)
	}
	p.mu.Unlock()
}

func (p *Pool) Get() any {
	p.mu.Lock()
	x := p.private
	p.private = nil
	if x == nil && len(p.shared) > 0 {
		x = p.shared[len(p.shared)-1]
		p.shared[len(p.shared)-1] = nil
		p.shared = p.shared[:len(p.shared)-1]
	}
	p.mu.Unlock()
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}
)go";

// The tail of Cond from `wait` on, as laid out by the prelude. Waiters are nodes on their own
// native stacks, which stay put while they are parked.
struct NotifyNode {
  rt::G* g;
  std::uint32_t ticket;
  NotifyNode* next;
};
struct NotifyList {
  std::uint32_t wait;
  std::uint32_t notify;
  NotifyNode* head;
  NotifyNode* tail;
};

NotifyList* argList(const Slot* a) {
  return reinterpret_cast<NotifyList*>(a[0]);
}

// Ticket order modulo 2^32, as Go's less().
bool ticketLess(std::uint32_t a, std::uint32_t b) {
  return static_cast<std::int32_t>(a - b) < 0;
}

void nNotifyListWait(NativeContext& ctx, const Slot* a, Slot*) {
  NotifyList* l = argList(a);
  auto t = static_cast<std::uint32_t>(argInt(a + 1));
  if (ticketLess(t, l->notify)) return;  // already signalled
  rt::Scheduler& sched = ctx.runtime().sched();
  NotifyNode n{sched.current(), t, nullptr};
  if (l->tail)
    l->tail->next = &n;
  else
    l->head = &n;
  l->tail = &n;
  sched.park("sync.Cond.Wait");
}

void nNotifyListNotifyOne(NativeContext& ctx, const Slot* a, Slot*) {
  NotifyList* l = argList(a);
  if (l->wait == l->notify) return;
  std::uint32_t t = l->notify++;
  NotifyNode* prev = nullptr;
  for (NotifyNode* n = l->head; n; prev = n, n = n->next) {
    if (n->ticket != t) continue;
    if (prev)
      prev->next = n->next;
    else
      l->head = n->next;
    if (l->tail == n) l->tail = prev;
    ctx.runtime().sched().ready(n->g);
    return;
  }
}

void nNotifyListNotifyAll(NativeContext& ctx, const Slot* a, Slot*) {
  NotifyList* l = argList(a);
  if (l->wait == l->notify) return;
  NotifyNode* n = l->head;
  l->head = l->tail = nullptr;
  l->notify = l->wait;
  while (n) {
    NotifyNode* next = n->next;  // n lives on a stack that may be reused once its G runs
    ctx.runtime().sched().ready(n->g);
    n = next;
  }
}

std::uint32_t* argAddr(const Slot* a) {
  return reinterpret_cast<std::uint32_t*>(a[0]);
}

void nSemacquire(NativeContext& ctx, const Slot* a, Slot*) {
  ctx.runtime().semas().acquire(argAddr(a));
}
void nSemrelease(NativeContext& ctx, const Slot* a, Slot*) {
  ctx.runtime().semas().release(argAddr(a));
}
void nThrow(NativeContext& ctx, const Slot* a, Slot*) {
  ctx.fatal(std::string(argStr(a)));
}

}  // namespace

StdPackage syncPackage() {
  return {"sync",
          "sync",
          kPrelude,
          {{"semacquire", nSemacquire},
           {"semrelease", nSemrelease},
           {"throw", nThrow},
           {"notifyListWait", nNotifyListWait},
           {"notifyListNotifyOne", nNotifyListNotifyOne},
           {"notifyListNotifyAll", nNotifyListNotifyAll}}};
}

}  // namespace gomi::stdlib
