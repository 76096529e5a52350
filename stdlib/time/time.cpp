// stdlib/time/time.cpp — package time: Duration, Time (wall clock + monotonic reading), Sleep,
// and the timer family (Timer, Ticker, After, Tick, AfterFunc) on the scheduler's timer heap.
//
// A Time is {sec, nsec, mono, loc}: wall time since year 1 (so the zero Time is Go's), the
// monotonic clock reading, so Sub/Since are immune to wall-clock jumps as in Go, and a fixed
// zone. Date, Format and the calendar accessors are Go code. Timers deliver on buffered channels of
// capacity 1 from the scheduler loop with a non-blocking send, which is Go's sendTime: a slow
// reader misses ticks instead of blocking the runtime.
#include <ctime>

#include "runtime/runtime.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package time

import "os"

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

// Time is an instant: seconds since January 1, year 1 UTC (so the zero Time is that instant, as
// in Go), nanoseconds, the monotonic clock reading taken with it (0: none) and the Location it
// is shown in (nil: UTC).
type Time struct {
	sec  int64
	nsec int64
	mono int64
	loc  *Location
}

// Seconds from January 1, year 1 to the Unix epoch.
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400

// A Location is a fixed offset from UTC. Local is taken to be UTC (gomi does not read the
// system's zone database), which is what Go reports on a machine whose zone is UTC.
type Location struct {
	name   string
	zone   string
	offset int
}

var UTC *Location = &utcLoc
var utcLoc = Location{"UTC", "UTC", 0}
var Local *Location = &localLoc
var localLoc = Location{"Local", "UTC", 0}

func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

func (l *Location) String() string { return l.get().name }

func FixedZone(name string, offset int) *Location {
	return &Location{name, name, offset}
}

type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + utoa(uint64(m)) + ")"
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday"}

func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + utoa(uint64(d)) + ")"
}

func itoa(v int64) string {
	if v < 0 {
		return "-" + utoa(uint64(-v))
	}
	return utoa(uint64(v))
}

func now() (wall int64, mono int64)

var startMono int64

func init() {
	_, startMono = now()
	// Go names Local after $TZ when it is set (UTC when empty), "Local" otherwise.
	if tz, ok := os.LookupEnv("TZ"); ok {
		localLoc.name = tz
		if tz == "" {
			localLoc.name = "UTC"
		}
	}
}

func Now() Time {
	w, m := now()
	return Time{floorDiv(w, 1e9) + unixToInternal, w - floorDiv(w, 1e9)*1e9, m, Local}
}

func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := floorDiv(nsec, 1e9)
		sec += n
		nsec -= n * 1e9
	}
	return Time{sec + unixToInternal, nsec, 0, Local}
}

func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// daysFromCivil counts days from 1970-01-01 to the given proleptic Gregorian date.
func daysFromCivil(y int64, m int, d int) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := int64(m) + 9
	if m > 2 {
		mp = int64(m) - 3
	}
	doy := (153*mp+2)/5 + int64(d) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func civilFromDays(z int64) (y int64, m int, d int) {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = int(doy - (153*mp+2)/5 + 1)
	if mp < 10 {
		m = int(mp + 3)
	} else {
		m = int(mp - 9)
	}
	if m <= 2 {
		y++
	}
	return
}

func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int64(month) - 1
	y := int64(year) + floorDiv(m, 12)
	m -= floorDiv(m, 12) * 12
	days := daysFromCivil(y, int(m)+1, 1) + int64(day) - 1
	ns := int64(nsec)
	s := days*86400 + int64(hour)*3600 + int64(min)*60 + int64(sec) + floorDiv(ns, 1e9)
	ns -= floorDiv(ns, 1e9) * 1e9
	s -= int64(loc.offset)
	t := Time{s + unixToInternal, ns, 0, loc}
	if loc == &utcLoc {
		t.loc = nil
	}
	return t
}

// local returns seconds since the Unix epoch on t's wall clock.
func (t Time) local() int64 { return t.sec - unixToInternal + int64(t.loc.get().offset) }

func (t Time) Date() (year int, month Month, day int) {
	y, m, d := civilFromDays(floorDiv(t.local(), 86400))
	return int(y), Month(m), d
}

func (t Time) Year() int       { y, _, _ := t.Date(); return y }
func (t Time) Month() Month    { _, m, _ := t.Date(); return m }
func (t Time) Day() int        { _, _, d := t.Date(); return d }
func (t Time) Nanosecond() int { return int(t.nsec) }

func (t Time) Clock() (hour, min, sec int) {
	s := t.local()
	s -= floorDiv(s, 86400) * 86400
	return int(s / 3600), int(s % 3600 / 60), int(s % 60)
}

func (t Time) Hour() int   { h, _, _ := t.Clock(); return h }
func (t Time) Minute() int { _, m, _ := t.Clock(); return m }
func (t Time) Second() int { _, _, s := t.Clock(); return s }

func (t Time) Weekday() Weekday {
	days := floorDiv(t.local(), 86400)
	w := (days + 4) % 7
	if w < 0 {
		w += 7
	}
	return Weekday(w)
}

func (t Time) YearDay() int {
	days := floorDiv(t.local(), 86400)
	y, _, _ := civilFromDays(days)
	return int(days-daysFromCivil(y, 1, 1)) + 1
}

func (t Time) ISOWeek() (year, week int) {
	days := floorDiv(t.local(), 86400)
	wd := int64(t.Weekday()+6) % 7 // Monday = 0
	thursday := days + 3 - wd
	y, _, _ := civilFromDays(thursday)
	return int(y), int(thursday-daysFromCivil(y, 1, 1))/7 + 1
}

func (t Time) Location() *Location { return t.loc.get() }

func (t Time) Zone() (name string, offset int) {
	l := t.loc.get()
	return l.zone, l.offset
}

func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	if loc == &utcLoc {
		loc = nil
	}
	return Time{t.sec, t.nsec, 0, loc}
}

func (t Time) UTC() Time   { return Time{t.sec, t.nsec, 0, nil} }
func (t Time) Local() Time { return Time{t.sec, t.nsec, 0, Local} }

func (t Time) Unix() int64      { return t.sec - unixToInternal }
func (t Time) UnixMilli() int64 { return (t.sec-unixToInternal)*1e3 + t.nsec/1e6 }
func (t Time) UnixMicro() int64 { return (t.sec-unixToInternal)*1e6 + t.nsec/1e3 }
func (t Time) UnixNano() int64  { return (t.sec-unixToInternal)*1e9 + t.nsec }
func (t Time) IsZero() bool     { return t.sec == 0 && t.nsec == 0 }

func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	m := t.mono
	if m != 0 {
		m += int64(d)
	}
	return Time{t.sec + dsec, nsec, m, t.loc}
}

func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	}
	return maxDuration
}

func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// rem returns the time since the zero Time modulo d (d > 0), in 128-bit arithmetic.
func (t Time) rem(d Duration) Duration {
	if d < Second && Second%(d+d) == 0 {
		return Duration(t.nsec % int64(d))
	}
	if d%Second == 0 {
		d1 := int64(d / Second)
		return Duration(t.sec%d1)*Second + Duration(t.nsec)
	}
	// (sec*1e9 + nsec) mod d, bit by bit.
	hi, lo := mul64(uint64(t.sec), 1e9)
	lo2 := lo + uint64(t.nsec)
	if lo2 < lo {
		hi++
	}
	lo = lo2
	var r uint64
	for i := 127; i >= 0; i-- {
		var bit uint64
		if i >= 64 {
			bit = hi >> uint(i-64) & 1
		} else {
			bit = lo >> uint(i) & 1
		}
		r = r<<1 | bit
		if r >= uint64(d) {
			r -= uint64(d)
		}
	}
	return Duration(r)
}

func mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0 := x & mask32
	x1 := x >> 32
	y0 := y & mask32
	y1 := y >> 32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1 := t & mask32
	w2 := t >> 32
	w1 += x0 * y1
	hi = x1*y1 + w2 + w1>>32
	lo = x * y
	return
}

func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	return t.Add(-t.rem(d))
}

func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := t.rem(d)
	if uint64(r)+uint64(r) < uint64(d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
)

// appendInt appends v zero-padded to width digits (a minus sign first when negative).
func appendInt(b []byte, v int, width int) []byte {
	u := uint(v)
	if v < 0 {
		b = append(b, '-')
		u = uint(-v)
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	buf[i] = byte('0' + u)
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

func isDigitAt(s string, i int) bool { return i < len(s) && '0' <= s[i] && s[i] <= '9' }

func (t Time) appendZone(b []byte, offset int, z bool, colon bool, seconds bool, short bool) []byte {
	if z && offset == 0 {
		return append(b, 'Z')
	}
	zone := offset / 60
	abs := offset
	if zone < 0 {
		b = append(b, '-')
		zone = -zone
		abs = -abs
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, zone/60, 2)
	if short {
		return b
	}
	if colon {
		b = append(b, ':')
	}
	b = appendInt(b, zone%60, 2)
	if seconds {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, abs%60, 2)
	}
	return b
}

func (t Time) AppendFormat(b []byte, layout string) []byte {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	zoneName, offset := t.Zone()
	for i := 0; i < len(layout); {
		rest := layout[i:]
		c := layout[i]
		n := 0 // length of the std chunk at i; 0: literal byte
		switch c {
		case 'J':
			if hasPrefix(rest, "January") {
				b, n = append(b, month.String()...), 7
			} else if hasPrefix(rest, "Jan") {
				b, n = append(b, month.String()[:3]...), 3
			}
		case 'M':
			if hasPrefix(rest, "Monday") {
				b, n = append(b, t.Weekday().String()...), 6
			} else if hasPrefix(rest, "Mon") {
				b, n = append(b, t.Weekday().String()[:3]...), 3
			} else if hasPrefix(rest, "MST") {
				if zoneName != "" {
					b = append(b, zoneName...)
				} else {
					b = t.appendZone(b, offset, false, false, false, false)
				}
				n = 3
			}
		case '0':
			if len(rest) >= 2 && '1' <= rest[1] && rest[1] <= '6' {
				n = 2
				switch rest[1] {
				case '1':
					b = appendInt(b, int(month), 2)
				case '2':
					b = appendInt(b, day, 2)
				case '3':
					h := hour % 12
					if h == 0 {
						h = 12
					}
					b = appendInt(b, h, 2)
				case '4':
					b = appendInt(b, min, 2)
				case '5':
					b = appendInt(b, sec, 2)
				case '6':
					y := year % 100
					if y < 0 {
						y = -y
					}
					b = appendInt(b, y, 2)
				}
			} else if hasPrefix(rest, "002") {
				b, n = appendInt(b, t.YearDay(), 3), 3
			}
		case '1':
			if hasPrefix(rest, "15") {
				b, n = appendInt(b, hour, 2), 2
			} else {
				b, n = appendInt(b, int(month), 0), 1
			}
		case '2':
			if hasPrefix(rest, "2006") {
				b, n = appendInt(b, year, 4), 4
			} else {
				b, n = appendInt(b, day, 0), 1
			}
		case '_':
			if hasPrefix(rest, "_2") {
				if hasPrefix(rest, "_2006") {
					b = append(b, '_')
					b, n = appendInt(b, year, 4), 5
				} else {
					if day < 10 {
						b = append(b, ' ')
					}
					b, n = appendInt(b, day, 0), 2
				}
			} else if hasPrefix(rest, "__2") {
				yd := t.YearDay()
				if yd < 100 {
					b = append(b, ' ')
					if yd < 10 {
						b = append(b, ' ')
					}
				}
				b, n = appendInt(b, yd, 0), 3
			}
		case '3', '4', '5':
			v := min
			if c == '3' {
				v = hour % 12
				if v == 0 {
					v = 12
				}
			} else if c == '5' {
				v = sec
			}
			b, n = appendInt(b, v, 0), 1
		case 'P', 'p':
			if hasPrefix(rest, "PM") || hasPrefix(rest, "pm") {
				pm := "AM"
				if hour >= 12 {
					pm = "PM"
				}
				if c == 'p' {
					pm = "am"
					if hour >= 12 {
						pm = "pm"
					}
				}
				b, n = append(b, pm...), 2
			}
		case '-', 'Z':
			z := c == 'Z'
			switch {
			case hasPrefix(rest[1:], "070000"):
				b, n = t.appendZone(b, offset, z, false, true, false), 7
			case hasPrefix(rest[1:], "07:00:00"):
				b, n = t.appendZone(b, offset, z, true, true, false), 9
			case hasPrefix(rest[1:], "0700"):
				b, n = t.appendZone(b, offset, z, false, false, false), 5
			case hasPrefix(rest[1:], "07:00"):
				b, n = t.appendZone(b, offset, z, true, false, false), 6
			case hasPrefix(rest[1:], "07"):
				b, n = t.appendZone(b, offset, z, false, false, true), 3
			}
		case '.', ',':
			if len(rest) >= 2 && (rest[1] == '0' || rest[1] == '9') {
				j := 1
				for j < len(rest) && rest[j] == rest[1] {
					j++
				}
				if !isDigitAt(rest, j) {
					digits := j - 1
					if digits > 9 {
						digits = 9
					}
					var buf [9]byte
					u := t.nsec
					for k := 8; k >= 0; k-- {
						buf[k] = byte('0' + u%10)
						u /= 10
					}
					if rest[1] == '9' {
						for digits > 0 && buf[digits-1] == '0' {
							digits--
						}
					}
					if digits > 0 {
						b = append(b, c)
						b = append(b, buf[:digits]...)
					}
					n = j
				}
			}
		}
		if n == 0 {
			b = append(b, c)
			n = 1
		}
		i += n
	}
	return b
}

func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, 64), layout))
}

func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m := t.mono - startMono
		sign := byte('+')
		if m < 0 {
			sign = '-'
			m = -m
		}
		s += " m=" + string(sign) + itoa(m/1e9) + "." + string(appendInt(nil, int(m%1e9), 9))
	}
	return s
}

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
// ---- parsing ----

// Layout elements Parse recognises (Format reads layouts on its own, inline).
const (
	elemNone = iota
	elemLongMonth
	elemMonth
	elemNumMonth
	elemZeroMonth
	elemLongWeekDay
	elemWeekDay
	elemDay
	elemUnderDay
	elemZeroDay
	elemUnderYearDay
	elemZeroYearDay
	elemHour
	elemHour12
	elemZeroHour12
	elemMinute
	elemZeroMinute
	elemSecond
	elemZeroSecond
	elemLongYear
	elemYear
	elemPM
	elempm
	elemTZ
	elemISO8601TZ
	elemISO8601SecondsTZ
	elemISO8601ShortTZ
	elemISO8601ColonTZ
	elemISO8601ColonSecondsTZ
	elemNumTZ
	elemNumSecondsTz
	elemNumShortTZ
	elemNumColonTZ
	elemNumColonSecondsTZ
	elemFracSecond0
	elemFracSecond9
)

func lowerStart(s string) bool { return len(s) > 0 && 'a' <= s[0] && s[0] <= 'z' }

// layoutElem finds the first layout element of layout: the literal text before it, the
// element, the element's own text, and the layout after it (elemNone: no element left).
func layoutElem(layout string) (lit string, elem int, text string, rest string) {
	for i := 0; i < len(layout); i++ {
		r := layout[i:]
		e, n := elemNone, 0
		switch layout[i] {
		case 'J':
			if hasPrefix(r, "January") {
				e, n = elemLongMonth, 7
			} else if hasPrefix(r, "Jan") && !lowerStart(r[3:]) {
				e, n = elemMonth, 3
			}
		case 'M':
			if hasPrefix(r, "Monday") {
				e, n = elemLongWeekDay, 6
			} else if hasPrefix(r, "Mon") && !lowerStart(r[3:]) {
				e, n = elemWeekDay, 3
			} else if hasPrefix(r, "MST") {
				e, n = elemTZ, 3
			}
		case '0':
			if len(r) >= 2 && '1' <= r[1] && r[1] <= '6' {
				e, n = [...]int{elemZeroMonth, elemZeroDay, elemZeroHour12, elemZeroMinute, elemZeroSecond, elemYear}[r[1]-'1'], 2
			} else if hasPrefix(r, "002") {
				e, n = elemZeroYearDay, 3
			}
		case '1':
			if hasPrefix(r, "15") {
				e, n = elemHour, 2
			} else {
				e, n = elemNumMonth, 1
			}
		case '2':
			if hasPrefix(r, "2006") {
				e, n = elemLongYear, 4
			} else {
				e, n = elemDay, 1
			}
		case '_':
			if hasPrefix(r, "_2006") {
				// A literal underscore, then the year.
				return layout[:i+1], elemLongYear, "2006", layout[i+5:]
			} else if hasPrefix(r, "_2") {
				e, n = elemUnderDay, 2
			} else if hasPrefix(r, "__2") {
				e, n = elemUnderYearDay, 3
			}
		case '3':
			e, n = elemHour12, 1
		case '4':
			e, n = elemMinute, 1
		case '5':
			e, n = elemSecond, 1
		case 'P':
			if hasPrefix(r, "PM") {
				e, n = elemPM, 2
			}
		case 'p':
			if hasPrefix(r, "pm") {
				e, n = elempm, 2
			}
		case '-':
			switch {
			case hasPrefix(r, "-070000"):
				e, n = elemNumSecondsTz, 7
			case hasPrefix(r, "-07:00:00"):
				e, n = elemNumColonSecondsTZ, 9
			case hasPrefix(r, "-0700"):
				e, n = elemNumTZ, 5
			case hasPrefix(r, "-07:00"):
				e, n = elemNumColonTZ, 6
			case hasPrefix(r, "-07"):
				e, n = elemNumShortTZ, 3
			}
		case 'Z':
			switch {
			case hasPrefix(r, "Z070000"):
				e, n = elemISO8601SecondsTZ, 7
			case hasPrefix(r, "Z07:00:00"):
				e, n = elemISO8601ColonSecondsTZ, 9
			case hasPrefix(r, "Z0700"):
				e, n = elemISO8601TZ, 5
			case hasPrefix(r, "Z07:00"):
				e, n = elemISO8601ColonTZ, 6
			case hasPrefix(r, "Z07"):
				e, n = elemISO8601ShortTZ, 3
			}
		case '.', ',':
			if len(r) >= 2 && (r[1] == '0' || r[1] == '9') {
				j := 1
				for j < len(r) && r[j] == r[1] {
					j++
				}
				if !isDigitAt(r, j) {
					e, n = elemFracSecond0, j
					if r[1] == '9' {
						e = elemFracSecond9
					}
				}
			}
		}
		if e != elemNone {
			return layout[:i], e, r[:n], r[n:]
		}
	}
	return layout, elemNone, "", ""
}

type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

var errParse = &durationError{"bad value for field"}

// literalPrefix consumes lit from the front of value; a run of spaces in lit matches a run of
// spaces (or none, at the end of value) in value.
func literalPrefix(value, lit string) (string, bool) {
	for len(lit) > 0 {
		if lit[0] == ' ' {
			if len(value) > 0 && value[0] != ' ' {
				return value, false
			}
			lit = trimSpaces(lit)
			value = trimSpaces(value)
			continue
		}
		if len(value) == 0 || value[0] != lit[0] {
			return value, false
		}
		lit, value = lit[1:], value[1:]
	}
	return value, true
}

func trimSpaces(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// number reads one or two digits (exactly two when fixed).
func number(s string, fixed bool) (int, string, bool) {
	if !isDigitAt(s, 0) {
		return 0, s, false
	}
	if !isDigitAt(s, 1) {
		if fixed {
			return 0, s, false
		}
		return int(s[0] - '0'), s[1:], true
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], true
}

// number3 reads one to three digits (exactly three when fixed).
func number3(s string, fixed bool) (int, string, bool) {
	n, i := 0, 0
	for ; i < 3 && isDigitAt(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, false
	}
	return n, s[i:], true
}

// signedInt parses an optionally signed decimal number that is all of s.
func signedInt(s string) (int, bool) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigitAt(s, i) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
		if n > 1<<40 {
			return 0, false
		}
	}
	if neg {
		n = -n
	}
	return n, true
}

func foldEqual(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// nameIndex matches the front of value against names (ignoring ASCII case).
func nameIndex(names []string, short bool, value string) (int, string, bool) {
	for i, name := range names {
		if short {
			name = name[:3]
		}
		if len(value) >= len(name) && foldEqual(value[:len(name)], name) {
			return i, value[len(name):], true
		}
	}
	return -1, value, false
}

// fraction reads a separator and the n-1 characters after it (an optionally signed decimal
// number) as nanoseconds; a negative fraction is out of range.
func fraction(value string, n int) (ns int, ok bool, outOfRange string) {
	if value[0] != '.' && value[0] != ',' {
		return 0, false, ""
	}
	if n > 10 {
		value, n = value[:10], 10
	}
	if ns, ok = signedInt(value[1:n]); !ok {
		return 0, false, ""
	}
	if ns < 0 {
		return 0, true, "fractional second"
	}
	for i := n; i < 10; i++ {
		ns *= 10
	}
	return ns, true, ""
}

// zoneAbbrevLen is the length of a time-zone abbreviation at the front of value (0: none):
// three upper-case letters, four or five ending in T (and WITA), ChST, MeST, GMT with an
// optional offset, or a bare signed hour offset.
func zoneAbbrevLen(value string) int {
	if len(value) < 3 {
		return 0
	}
	if hasPrefix(value, "ChST") || hasPrefix(value, "MeST") {
		return 4
	}
	if value[:3] == "GMT" {
		return 3 + signedOffsetLen(value[3:])
	}
	if value[0] == '+' || value[0] == '-' {
		return signedOffsetLen(value)
	}
	upper := 0
	for upper < len(value) && upper < 6 && 'A' <= value[upper] && value[upper] <= 'Z' {
		upper++
	}
	switch upper {
	case 3:
		return 3
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4
		}
	case 5:
		if value[4] == 'T' {
			return 5
		}
	}
	return 0
}

// signedOffsetLen: the length of "+h"/"-hh" (hours within ±23) at the front of value, else 0.
func signedOffsetLen(value string) int {
	if len(value) < 2 || value[0] != '+' && value[0] != '-' {
		return 0
	}
	i := 1
	for i < len(value) && isDigitAt(value, i) {
		i++
	}
	h, ok := signedInt(value[1:i])
	if !ok || h > 23 {
		return 0
	}
	return i
}

func daysInMonth(m int, year int) int {
	if m == 2 {
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	}
	return 31 - (m-1)%7%2
}

func Parse(layout, value string) (Time, error) {
	return parseTime(layout, value, UTC, Local)
}

func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parseTime(layout, value, loc, loc)
}

func parseTime(layout, value string, defaultLoc, local *Location) (Time, error) {
	origLayout, origValue := layout, value
	year, month, day, yday := 0, -1, -1, -1
	hour, min, sec, nsec := 0, 0, 0, 0
	pm, am := false, false
	var zone *Location
	zoneOffset, zoneName := -1, ""
	for {
		lit, elem, text, rest := layoutElem(layout)
		var ok bool
		value, ok = literalPrefix(value, lit)
		if !ok {
			return Time{}, &ParseError{origLayout, origValue, lit, value, ""}
		}
		if elem == elemNone {
			if len(value) != 0 {
				return Time{}, &ParseError{origLayout, origValue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		layout = rest
		outOfRange := ""
		ok = true
		switch elem {
		case elemYear:
			if len(value) < 2 {
				ok = false
				break
			}
			if year, ok = signedInt(value[:2]); !ok {
				break
			}
			value = value[2:]
			if year >= 69 {
				year += 1900
			} else {
				year += 2000
			}
		case elemLongYear:
			if len(value) < 4 || !isDigitAt(value, 0) {
				ok = false
				break
			}
			year, ok = signedInt(value[:4])
			value = value[4:]
		case elemMonth, elemLongMonth:
			month, value, ok = nameIndex(longMonthNames, elem == elemMonth, value)
			month++
		case elemNumMonth, elemZeroMonth:
			month, value, ok = number(value, elem == elemZeroMonth)
			if ok && (month <= 0 || month > 12) {
				outOfRange = "month"
			}
		case elemWeekDay, elemLongWeekDay:
			_, value, ok = nameIndex(longDayNames, elem == elemWeekDay, value)
		case elemDay, elemUnderDay, elemZeroDay:
			if elem == elemUnderDay && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			day, value, ok = number(value, elem == elemZeroDay)
			if ok && day > 31 {
				outOfRange = "day"
			}
		case elemUnderYearDay, elemZeroYearDay:
			for i := 0; i < 2 && elem == elemUnderYearDay && len(value) > 0 && value[0] == ' '; i++ {
				value = value[1:]
			}
			yday, value, ok = number3(value, elem == elemZeroYearDay)
			if ok && (yday < 1 || yday > 366) {
				outOfRange = "day-of-year"
			}
		case elemHour:
			hour, value, ok = number(value, false)
			if hour < 0 || hour >= 24 {
				outOfRange = "hour"
			}
		case elemHour12, elemZeroHour12:
			hour, value, ok = number(value, elem == elemZeroHour12)
			if hour < 0 || hour > 12 {
				outOfRange = "hour"
			}
		case elemMinute, elemZeroMinute:
			min, value, ok = number(value, elem == elemZeroMinute)
			if min < 0 || min >= 60 {
				outOfRange = "minute"
			}
		case elemSecond, elemZeroSecond:
			sec, value, ok = number(value, elem == elemZeroSecond)
			if !ok {
				break
			}
			if sec < 0 || sec >= 60 {
				outOfRange = "second"
				break
			}
			// A fraction in the value that the layout does not ask for is read anyway.
			if len(value) >= 2 && (value[0] == '.' || value[0] == ',') && isDigitAt(value, 1) {
				if _, next, _, _ := layoutElem(layout); next == elemFracSecond0 || next == elemFracSecond9 {
					break
				}
				n := 2
				for isDigitAt(value, n) {
					n++
				}
				nsec, ok, outOfRange = fraction(value, n)
				value = value[n:]
			}
		case elemPM, elempm:
			if len(value) < 2 {
				ok = false
				break
			}
			switch v := value[:2]; {
			case elem == elemPM && v == "PM" || elem == elempm && v == "pm":
				pm = true
			case elem == elemPM && v == "AM" || elem == elempm && v == "am":
				am = true
			default:
				ok = false
			}
			value = value[2:]
		case elemISO8601TZ, elemISO8601SecondsTZ, elemISO8601ShortTZ, elemISO8601ColonTZ,
			elemISO8601ColonSecondsTZ, elemNumTZ, elemNumSecondsTz, elemNumShortTZ, elemNumColonTZ,
			elemNumColonSecondsTZ:
			if (elem == elemISO8601TZ || elem == elemISO8601ShortTZ || elem == elemISO8601ColonTZ) &&
				len(value) > 0 && value[0] == 'Z' {
				value = value[1:]
				zone = UTC
				break
			}
			var hh, mm, ss string
			switch elem {
			case elemISO8601ColonTZ, elemNumColonTZ:
				if len(value) < 6 || value[3] != ':' {
					ok = false
					break
				}
				hh, mm, ss, value = value[1:3], value[4:6], "00", value[:1]+value[6:]
			case elemNumShortTZ, elemISO8601ShortTZ:
				if len(value) < 3 {
					ok = false
					break
				}
				hh, mm, ss, value = value[1:3], "00", "00", value[:1]+value[3:]
			case elemISO8601ColonSecondsTZ, elemNumColonSecondsTZ:
				if len(value) < 9 || value[3] != ':' || value[6] != ':' {
					ok = false
					break
				}
				hh, mm, ss, value = value[1:3], value[4:6], value[7:9], value[:1]+value[9:]
			case elemISO8601SecondsTZ, elemNumSecondsTz:
				if len(value) < 7 {
					ok = false
					break
				}
				hh, mm, ss, value = value[1:3], value[3:5], value[5:7], value[:1]+value[7:]
			default:
				if len(value) < 5 {
					ok = false
					break
				}
				hh, mm, ss, value = value[1:3], value[3:5], "00", value[:1]+value[5:]
			}
			if !ok {
				break
			}
			sign := value[0]
			value = value[1:]
			h, _, ok1 := number(hh, true)
			m, _, ok2 := number(mm, true)
			s, _, ok3 := number(ss, true)
			zoneOffset = (h*60+m)*60 + s
			switch {
			case !ok1 || !ok2 || !ok3:
				ok = false
			case sign == '-':
				zoneOffset = -zoneOffset
			case sign != '+':
				ok = false
			}
		case elemTZ:
			if hasPrefix(value, "UTC") {
				zone = UTC
				value = value[3:]
				break
			}
			n := zoneAbbrevLen(value)
			if n == 0 {
				ok = false
				break
			}
			zoneName, value = value[:n], value[n:]
		case elemFracSecond0:
			n := len(text)
			if len(value) < n {
				ok = false
				break
			}
			nsec, ok, outOfRange = fraction(value, n)
			value = value[n:]
		case elemFracSecond9:
			if len(value) < 2 || value[0] != '.' && value[0] != ',' || !isDigitAt(value, 1) {
				break // the fraction is optional
			}
			n := 1
			for n < 10 && isDigitAt(value, n) {
				n++
			}
			nsec, ok, outOfRange = fraction(value, n)
			value = value[n:]
		}
		if outOfRange != "" {
			return Time{}, &ParseError{origLayout, origValue, text, value, ": " + outOfRange + " out of range"}
		}
		if !ok {
			return Time{}, &ParseError{origLayout, origValue, text, value, ""}
		}
	}
	if pm && hour < 12 {
		hour += 12
	} else if am && hour == 12 {
		hour = 0
	}
	if yday >= 0 {
		leap := daysInMonth(2, year) == 29
		if yday > 365 && !leap {
			return Time{}, &ParseError{origLayout, origValue, "", value, ": day-of-year out of range"}
		}
		d, m := yday, 1
		for m < 12 && d > daysInMonth(m, year) {
			d -= daysInMonth(m, year)
			m++
		}
		if month >= 0 && month != m || day >= 0 && day != d {
			return Time{}, &ParseError{origLayout, origValue, "", value, ": day-of-year does not match " +
				map[bool]string{true: "month", false: "day"}[month >= 0 && month != m]}
		}
		month, day = m, d
	} else {
		if month < 0 {
			month = 1
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysInMonth(month, year) {
		return Time{}, &ParseError{origLayout, origValue, "", value, ": day out of range"}
	}
	if zone != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, zone), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.sec -= int64(zoneOffset)
		// The local zone, when it has this offset (and name, if one was given).
		if l := local.get(); l.offset == zoneOffset && (zoneName == "" || l.zone == zoneName) {
			t.loc = local
			return t, nil
		}
		t.loc = FixedZone(zoneName, zoneOffset)
		return t, nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		if l := local.get(); l.zone == zoneName {
			t.sec -= int64(l.offset)
			t.loc = local
			return t, nil
		}
		offset := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			offset, _ = signedInt(zoneName[3:])
			offset *= 3600
		}
		t.loc = FixedZone(zoneName, offset)
		return t, nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLoc), nil
}
)go";

struct Clocks {
  std::int64_t wall;
  std::int64_t mono;
};

Clocks readClocks() {
  timespec w, m;
  clock_gettime(CLOCK_REALTIME, &w);
  clock_gettime(CLOCK_MONOTONIC, &m);
  // A monotonic reading of exactly 0 means "none" in Time; the clock is never 0 after boot.
  return {std::int64_t{w.tv_sec} * 1'000'000'000 + w.tv_nsec,
          std::int64_t{m.tv_sec} * 1'000'000'000 + m.tv_nsec};
}

// A time.Time as the prelude lays it out.
struct TimeValue {
  std::int64_t sec;  // since January 1, year 1 UTC
  std::int64_t nsec;
  std::int64_t mono;
  const void* loc;  // nil: UTC
};

constexpr std::int64_t kUnixToInternal =
    (1969LL * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400;

// Timer callback: Go's sendTime, a non-blocking send of the current time.
void sendTime(rt::Scheduler&, void* chan, void* chanOps) {
  Clocks c = readClocks();
  TimeValue t{c.wall / 1'000'000'000 + kUnixToInternal, c.wall % 1'000'000'000, c.mono, nullptr};
  static_cast<rt::ChanOps*>(chanOps)->send(static_cast<rt::HChan*>(chan), &t, false);
}

void nNow(NativeContext&, const Slot*, Slot* r) {
  Clocks t = readClocks();
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
