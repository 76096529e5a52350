// stdlib/time/time.cpp — package time: Duration, Time (wall clock + monotonic reading), Sleep,
// and the timer family (Timer, Ticker, After, Tick, AfterFunc) on the scheduler's timer heap.
//
// A Time is {wall, mono}: Unix nanoseconds and the monotonic clock reading, so Sub/Since are
// immune to wall-clock jumps, as in Go. Timers deliver on buffered channels of capacity 1 from
// the scheduler loop with a non-blocking send, which is Go's sendTime: a slow reader misses
// ticks instead of blocking the runtime.
#include <ctime>

#include "runtime/runtime.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package time

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func utoa(v uint64) string {
	if v == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	return string(b[i:])
}

// fracString prints v / 10^prec with the fraction's trailing zeros removed.
func fracString(v uint64, prec int) string {
	div := uint64(1)
	for i := 0; i < prec; i++ {
		div *= 10
	}
	s := utoa(v / div)
	fp := v % div
	if fp != 0 {
		digits := make([]byte, prec)
		for i := prec - 1; i >= 0; i-- {
			digits[i] = byte('0' + fp%10)
			fp /= 10
		}
		n := prec
		for n > 0 && digits[n-1] == '0' {
			n--
		}
		s += "." + string(digits[:n])
	}
	return s
}

func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	var s string
	if u < uint64(Second) {
		switch {
		case u < uint64(Microsecond):
			s = utoa(u) + "ns"
		case u < uint64(Millisecond):
			s = fracString(u, 3) + "µs"
		default:
			s = fracString(u, 6) + "ms"
		}
	} else {
		secs := u / uint64(Second)
		s = fracString(secs%60*uint64(Second)+u%uint64(Second), 9) + "s"
		if secs >= 60 {
			s = utoa(secs/60%60) + "m" + s
		}
		if secs >= 3600 {
			s = utoa(secs/3600) + "h" + s
		}
	}
	if neg {
		s = "-" + s
	}
	return s
}

func (d Duration) Nanoseconds() int64   { return int64(d) }
func (d Duration) Microseconds() int64  { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64  { return int64(d) / 1e6 }
func (d Duration) Seconds() float64     { return float64(d/Second) + float64(d%Second)/1e9 }
func (d Duration) Minutes() float64     { return float64(d/Minute) + float64(d%Minute)/(60*1e9) }
func (d Duration) Hours() float64       { return float64(d/Hour) + float64(d%Hour)/(60*60*1e9) }

func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

type durationError struct{ s string }

func (e *durationError) Error() string { return e.s }

// quote is Go's time.quote: non-ASCII and control bytes as \xHH.
func quote(s string) string {
	const hex = "0123456789abcdef"
	buf := []byte{'"'}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c < ' ' {
			buf = append(buf, '\\', 'x', hex[c>>4], hex[c&0xF])
			continue
		}
		if c == '"' || c == '\\' {
			buf = append(buf, '\\')
		}
		buf = append(buf, c)
	}
	buf = append(buf, '"')
	return string(buf)
}

func unitOf(u string) (uint64, bool) {
	switch u {
	case "ns":
		return uint64(Nanosecond), true
	case "us", "\u00b5s", "\u03bcs":
		return uint64(Microsecond), true
	case "ms":
		return uint64(Millisecond), true
	case "s":
		return uint64(Second), true
	case "m":
		return uint64(Minute), true
	case "h":
		return uint64(Hour), true
	}
	return 0, false
}

func leadingInt(s string) (x uint64, rem string, ok bool) {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if x > 1<<63/10 {
			return 0, "", false
		}
		x = x*10 + uint64(c) - '0'
		if x > 1<<63 {
			return 0, "", false
		}
	}
	return x, s[i:], true
}

func leadingFraction(s string) (x uint64, scale float64, rem string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			overflow = true
			continue
		}
		y := x*10 + uint64(c) - '0'
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

// ParseDuration parses "300ms", "-1.5h" or "2h45m" (Go's syntax and error messages).
func ParseDuration(s string) (Duration, error) {
	orig := s
	var d uint64
	neg := false
	if s != "" {
		c := s[0]
		if c == '-' || c == '+' {
			neg = c == '-'
			s = s[1:]
		}
	}
	if s == "0" {
		return 0, nil
	}
	invalid := &durationError{"time: invalid duration " + quote(orig)}
	if s == "" {
		return 0, invalid
	}
	for s != "" {
		var v, f uint64
		var scale float64 = 1
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, invalid
		}
		pl := len(s)
		var ok bool
		v, s, ok = leadingInt(s)
		if !ok {
			return 0, invalid
		}
		pre := pl != len(s)
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			pl := len(s)
			f, scale, s = leadingFraction(s)
			post = pl != len(s)
		}
		if !pre && !post {
			return 0, invalid
		}
		i := 0
		for ; i < len(s); i++ {
			c := s[i]
			if c == '.' || '0' <= c && c <= '9' {
				break
			}
		}
		if i == 0 {
			return 0, &durationError{"time: missing unit in duration " + quote(orig)}
		}
		u := s[:i]
		s = s[i:]
		unit, ok := unitOf(u)
		if !ok {
			return 0, &durationError{"time: unknown unit " + quote(u) + " in duration " + quote(orig)}
		}
		if v > 1<<63/unit {
			return 0, invalid
		}
		v *= unit
		if f > 0 {
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, invalid
			}
		}
		d += v
		if d > 1<<63 {
			return 0, invalid
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, invalid
	}
	return Duration(d), nil
}

func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Time is an instant: Unix nanoseconds plus the monotonic clock reading taken with it.
type Time struct {
	wall int64
	mono int64
}

func now() (wall int64, mono int64)

func Now() Time {
	w, m := now()
	return Time{w, m}
}

func Unix(sec int64, nsec int64) Time { return Time{sec*1e9 + nsec, 0} }

func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	return Duration(t.wall - u.wall)
}

func (t Time) Add(d Duration) Time {
	m := t.mono
	if m != 0 {
		m += int64(d)
	}
	return Time{t.wall + int64(d), m}
}

func (t Time) After(u Time) bool  { return t.Sub(u) > 0 }
func (t Time) Before(u Time) bool { return t.Sub(u) < 0 }
func (t Time) Equal(u Time) bool  { return t.Sub(u) == 0 }
func (t Time) IsZero() bool       { return t.wall == 0 && t.mono == 0 }
func (t Time) Unix() int64        { return floorDiv(t.wall, 1e9) }
func (t Time) UnixMilli() int64   { return floorDiv(t.wall, 1e6) }
func (t Time) UnixMicro() int64   { return floorDiv(t.wall, 1e3) }
func (t Time) UnixNano() int64    { return t.wall }
func (t Time) Nanosecond() int    { return int(t.wall - floorDiv(t.wall, 1e9)*1e9) }

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func Since(t Time) Duration { return Now().Sub(t) }
func Until(t Time) Duration { return t.Sub(Now()) }

func Sleep(d Duration)

func startTimer(c chan Time, d Duration, period Duration) int64
func stopTimer(id int64) bool
func startFuncTimer(d Duration, f func()) int64

type Timer struct {
	C  <-chan Time
	c  chan Time
	id int64
	f  func()
}

func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, c: c}
	t.id = startTimer(c, d, 0)
	return t
}

func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{f: f}
	t.id = startFuncTimer(d, f)
	return t
}

func (t *Timer) Stop() bool {
	if t.id == 0 {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.id)
}

func (t *Timer) Reset(d Duration) bool {
	if t.id == 0 {
		panic("time: Reset called on uninitialized Timer")
	}
	active := stopTimer(t.id)
	if t.f != nil {
		t.id = startFuncTimer(d, t.f)
	} else {
		t.id = startTimer(t.c, d, 0)
	}
	return active
}

func After(d Duration) <-chan Time { return NewTimer(d).C }

type Ticker struct {
	C  <-chan Time
	c  chan Time
	id int64
}

func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, c: c}
	t.id = startTimer(c, d, d)
	return t
}

func (t *Ticker) Stop() { stopTimer(t.id) }

func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.id == 0 {
		panic("time: Reset called on uninitialized Ticker")
	}
	stopTimer(t.id)
	t.id = startTimer(t.c, d, d)
}

func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
)go";

struct TimeValue {
  std::int64_t wall;
  std::int64_t mono;
};

TimeValue readClocks() {
  timespec w, m;
  clock_gettime(CLOCK_REALTIME, &w);
  clock_gettime(CLOCK_MONOTONIC, &m);
  // A monotonic reading of exactly 0 means "none" in Time; the clock is never 0 after boot.
  return {std::int64_t{w.tv_sec} * 1'000'000'000 + w.tv_nsec,
          std::int64_t{m.tv_sec} * 1'000'000'000 + m.tv_nsec};
}

// Timer callback: Go's sendTime, a non-blocking send of the current time.
void sendTime(rt::Scheduler&, void* chan, void* chanOps) {
  TimeValue t = readClocks();
  static_cast<rt::ChanOps*>(chanOps)->send(static_cast<rt::HChan*>(chan), &t, false);
}

void nNow(NativeContext&, const Slot*, Slot* r) {
  TimeValue t = readClocks();
  setInt(r, t.wall);
  setInt(r + 1, t.mono);
}

void nSleep(NativeContext& ctx, const Slot* a, Slot*) {
  ctx.runtime().sched().sleep(argInt(a));
}

void nStartTimer(NativeContext& ctx, const Slot* a, Slot* r) {
  auto* c = reinterpret_cast<rt::HChan*>(a[0]);
  std::int64_t d = argInt(a + 1);
  std::int64_t period = argInt(a + 2);
  rt::Runtime& rtm = ctx.runtime();
  std::int64_t when = rt::Scheduler::nanotime() + (d > 0 ? d : 0);
  setInt(r,
         static_cast<std::int64_t>(rtm.sched().addTimer(when, sendTime, c, &rtm.chans(), period)));
}

void nStartFuncTimer(NativeContext& ctx, const Slot* a, Slot* r) {
  std::int64_t d = argInt(a);
  const auto* fn = reinterpret_cast<const Closure*>(a[1]);
  std::int64_t when = rt::Scheduler::nanotime() + (d > 0 ? d : 0);
  setInt(r, static_cast<std::int64_t>(ctx.startFuncTimer(when, fn)));
}

void nStopTimer(NativeContext& ctx, const Slot* a, Slot* r) {
  setBool(r, ctx.runtime().sched().stopTimer(static_cast<std::uint64_t>(argInt(a))));
}

}  // namespace

StdPackage timePackage() {
  return {"time",
          "time",
          kPrelude,
          {{"now", nNow},
           {"Sleep", nSleep},
           {"startTimer", nStartTimer},
           {"startFuncTimer", nStartFuncTimer},
           {"stopTimer", nStopTimer}}};
}

}  // namespace gomi::stdlib
