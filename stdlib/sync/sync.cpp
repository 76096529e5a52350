// stdlib/sync/sync.cpp — package sync: Mutex, RWMutex, WaitGroup, Once, Cond, on the runtime's
// address-keyed semaphores (runtime/sema.h).
//
// Mutex, RWMutex and WaitGroup follow Go 1.19's algorithms state for state, since with one P
// the order in which goroutines get a lock is part of a program's output. gomi runs goroutines
// on one thread and switches only at safe points (calls, loop back edges, blocking operations),
// so the state words need no atomics: code between two safe points runs without interruption.
// Blocking always goes through semacquire, so a goroutine stuck in Lock or Wait shows as
// [semacquire] in a deadlock report, as in Go 1.19.
#include "runtime/runtime.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package sync

func semacquire(addr *uint32)
func semacquireMutex(addr *uint32, lifo bool)
func semrelease(addr *uint32, handoff bool)
func nanotime() int64
func fatal(s string)

type Locker interface {
	Lock()
	Unlock()
}

type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// A Mutex is a mutual exclusion lock. The zero value is unlocked.
//
// The state machine is Go 1.19's (sync/mutex.go), because which goroutine gets a contended
// lock, and when, is visible in a program's output: an unlocking goroutine that locks again
// before the waiter it woke has run gets the lock back (the woken waiter then queues again at
// the head), and a waiter that has waited more than 1 ms switches the mutex to starvation
// mode, where Unlock hands the lock straight to the oldest waiter. A "CAS" below is a compare
// and a store with no safe point (call or loop back edge) in between: goroutines switch only
// at safe points.
type Mutex struct {
	state int32
	sema  uint32
}

const (
	mutexLocked = 1 << iota
	mutexWoken
	mutexStarving
	mutexWaiterShift = iota

	starvationThresholdNs = 1e6
)

func (m *Mutex) Lock() {
	if m.state == 0 {
		m.state = mutexLocked
		return
	}
	m.lockSlow()
}

func (m *Mutex) TryLock() bool {
	old := m.state
	if old&(mutexLocked|mutexStarving) != 0 {
		return false
	}
	m.state = old | mutexLocked
	return true
}

func (m *Mutex) lockSlow() {
	var waitStartTime int64
	starving := false
	awoke := false
	old := m.state
	for {
		// No spinning: Go spins only with more than one P.
		new := old
		if old&mutexStarving == 0 {
			new |= mutexLocked
		}
		if old&(mutexLocked|mutexStarving) != 0 {
			new += 1 << mutexWaiterShift
		}
		if starving && old&mutexLocked != 0 {
			new |= mutexStarving
		}
		if awoke {
			if new&mutexWoken == 0 {
				fatal("sync: inconsistent mutex state")
			}
			new &^= mutexWoken
		}
		if m.state != old {
			old = m.state
			continue
		}
		m.state = new
		if old&(mutexLocked|mutexStarving) == 0 {
			break
		}
		queueLifo := waitStartTime != 0
		if waitStartTime == 0 {
			waitStartTime = nanotime()
		}
		semacquireMutex(&m.sema, queueLifo)
		starving = starving || nanotime()-waitStartTime > starvationThresholdNs
		old = m.state
		if old&mutexStarving != 0 {
			// The lock was handed to us; the state still says "unlocked, one more waiter".
			if old&(mutexLocked|mutexWoken) != 0 || old>>mutexWaiterShift == 0 {
				fatal("sync: inconsistent mutex state")
			}
			delta := int32(mutexLocked - 1<<mutexWaiterShift)
			if !starving || old>>mutexWaiterShift == 1 {
				delta -= mutexStarving
			}
			m.state += delta
			break
		}
		awoke = true
	}
}

func (m *Mutex) Unlock() {
	new := m.state - mutexLocked
	m.state = new
	if new != 0 {
		m.unlockSlow(new)
	}
}

func (m *Mutex) unlockSlow(new int32) {
	if (new+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	if new&mutexStarving != 0 {
		semrelease(&m.sema, true)
		return
	}
	old := new
	for {
		// Nobody to wake, or someone already woken or holding the lock.
		if old>>mutexWaiterShift == 0 || old&(mutexLocked|mutexWoken|mutexStarving) != 0 {
			return
		}
		new = (old - 1<<mutexWaiterShift) | mutexWoken
		if m.state == old {
			m.state = new
			semrelease(&m.sema, false)
			return
		}
		old = m.state
	}
}

// An RWMutex is Go 1.19's: a pending writer makes new readers wait, and the readers it
// waits for wake it when the last of them leaves.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

const rwmutexMaxReaders = 1 << 30

func (rw *RWMutex) RLock() {
	rw.readerCount++
	if rw.readerCount < 0 {
		semacquireMutex(&rw.readerSem, false)
	}
}

func (rw *RWMutex) TryRLock() bool {
	c := rw.readerCount
	if c < 0 {
		return false
	}
	rw.readerCount = c + 1
	return true
}

func (rw *RWMutex) RUnlock() {
	rw.readerCount--
	if r := rw.readerCount; r < 0 {
		rw.rUnlockSlow(r)
	}
}

func (rw *RWMutex) rUnlockSlow(r int32) {
	if r+1 == 0 || r+1 == -rwmutexMaxReaders {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	rw.readerWait--
	if rw.readerWait == 0 {
		semrelease(&rw.writerSem, false)
	}
}

func (rw *RWMutex) Lock() {
	rw.w.Lock()
	rw.readerCount -= rwmutexMaxReaders
	r := rw.readerCount + rwmutexMaxReaders
	if r != 0 {
		rw.readerWait += r
		if rw.readerWait != 0 {
			semacquireMutex(&rw.writerSem, false)
		}
	}
}

func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if rw.readerCount != 0 {
		rw.w.Unlock()
		return false
	}
	rw.readerCount = -rwmutexMaxReaders
	return true
}

func (rw *RWMutex) Unlock() {
	rw.readerCount += rwmutexMaxReaders
	r := rw.readerCount
	if r >= rwmutexMaxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	for i := 0; i < int(r); i++ {
		semrelease(&rw.readerSem, false)
	}
	rw.w.Unlock()
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

// A WaitGroup waits for a collection of goroutines to finish. As in Go 1.19 its state is one
// word: the counter in the high 32 bits, the number of waiters in the low 32; state2 is the
// semaphore.
type WaitGroup struct {
	noCopy noCopy
	state1 uint64
	state2 uint32
}

func (wg *WaitGroup) Add(delta int) {
	wg.state1 += uint64(delta) << 32
	state := wg.state1
	v := int32(state >> 32)
	w := uint32(state)
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if w != 0 && delta > 0 && v == int32(delta) {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if v > 0 || w == 0 {
		return
	}
	wg.state1 = 0
	for ; w != 0; w-- {
		semrelease(&wg.state2, false)
	}
}

func (wg *WaitGroup) Done() { wg.Add(-1) }

func (wg *WaitGroup) Wait() {
	state := wg.state1
	if int32(state>>32) == 0 {
		return
	}
	wg.state1 = state + 1
	semacquire(&wg.state2)
	if wg.state1 != 0 {
		panic("sync: WaitGroup is reused before previous Wait has returned")
	}
}

// Once performs exactly one action; later callers wait until it has finished.
type Once struct {
	done uint32
	m    Mutex
}

func (o *Once) Do(f func()) {
	if o.done == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer o.setDone()
		f()
	}
}

func (o *Once) setDone() { o.done = 1 }

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
void nSemacquireMutex(NativeContext& ctx, const Slot* a, Slot*) {
  ctx.runtime().semas().acquire(argAddr(a), argBool(a + 1));
}
void nSemrelease(NativeContext& ctx, const Slot* a, Slot*) {
  ctx.runtime().semas().release(argAddr(a), argBool(a + 1));
}
void nNanotime(NativeContext&, const Slot*, Slot* r) {
  setInt(r, rt::Scheduler::nanotime());
}
void nFatal(NativeContext& ctx, const Slot* a, Slot*) {
  ctx.fatal(std::string(argStr(a)));
}

}  // namespace

StdPackage syncPackage() {
  return {"sync",
          "sync",
          kPrelude,
          {{"semacquire", nSemacquire},
           {"semacquireMutex", nSemacquireMutex},
           {"semrelease", nSemrelease},
           {"nanotime", nNanotime},
           {"fatal", nFatal},
           {"notifyListWait", nNotifyListWait},
           {"notifyListNotifyOne", nNotifyListNotifyOne},
           {"notifyListNotifyAll", nNotifyListNotifyAll}}};
}

}  // namespace gomi::stdlib
