// stdlib/log/log.cpp — package log, written in Go: Logger with Go 1.19's flags, header format
// (date, time, microseconds, UTC, short or long file name, message prefix), and the standard
// logger writing to os.Stderr. Fatal* exit with status 1 and Panic* panic with the message, as
// in Go.
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package log

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"
)

const (
	Ldate = 1 << iota
	Ltime
	Lmicroseconds
	Llongfile
	Lshortfile
	LUTC
	Lmsgprefix
	LstdFlags = Ldate | Ltime
)

type Logger struct {
	mu     sync.Mutex
	prefix string
	flag   int
	out    io.Writer
	buf    []byte
}

func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{out: out, prefix: prefix, flag: flag}
}

var std = New(os.Stderr, "", LstdFlags)

func Default() *Logger { return std }

func (l *Logger) SetOutput(w io.Writer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.out = w
}

// appendNum appends n in decimal, left-padded with zeros to at least width digits.
func appendNum(buf []byte, n int, width int) []byte {
	var digits [20]byte
	i := len(digits)
	for n >= 10 || width > 1 {
		i--
		digits[i] = byte('0' + n%10)
		n /= 10
		width--
	}
	i--
	digits[i] = byte('0' + n)
	return append(buf, digits[i:]...)
}

// header is what precedes a message under the logger's flags.
func (l *Logger) header(buf []byte, t time.Time, file string, line int) []byte {
	f := l.flag
	if f&Lmsgprefix == 0 {
		buf = append(buf, l.prefix...)
	}
	if f&LUTC != 0 {
		t = t.UTC()
	}
	if f&Ldate != 0 {
		y, m, d := t.Date()
		buf = appendNum(buf, y, 4)
		buf = appendNum(append(buf, '/'), int(m), 2)
		buf = appendNum(append(buf, '/'), d, 2)
		buf = append(buf, ' ')
	}
	if f&(Ltime|Lmicroseconds) != 0 {
		h, m, sec := t.Clock()
		buf = appendNum(buf, h, 2)
		buf = appendNum(append(buf, ':'), m, 2)
		buf = appendNum(append(buf, ':'), sec, 2)
		if f&Lmicroseconds != 0 {
			buf = appendNum(append(buf, '.'), t.Nanosecond()/1000, 6)
		}
		buf = append(buf, ' ')
	}
	if f&(Lshortfile|Llongfile) != 0 {
		if f&Lshortfile != 0 {
			if slash := lastSlash(file); slash > 0 {
				file = file[slash+1:]
			}
		}
		buf = append(buf, file...)
		buf = appendNum(append(buf, ':'), line, 0)
		buf = append(buf, ": "...)
	}
	if f&Lmsgprefix != 0 {
		buf = append(buf, l.prefix...)
	}
	return buf
}

func lastSlash(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '/' {
			return i
		}
	}
	return -1
}

// Output writes s after the header, adding a newline unless s ends with one. calldepth counts
// frames up from Output's caller to the one whose file and line the header shows (1: the
// caller itself).
func (l *Logger) Output(calldepth int, s string) error {
	now := time.Now()
	file, line := "???", 0
	if l.Flags()&(Lshortfile|Llongfile) != 0 {
		if _, f, n, ok := runtime.Caller(calldepth); ok {
			file, line = f, n
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.buf = append(l.header(l.buf[:0], now, file, line), s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		l.buf = append(l.buf, '\n')
	}
	_, err := l.out.Write(l.buf)
	return err
}

func (l *Logger) Print(v ...any)                 { l.Output(2, fmt.Sprint(v...)) }
func (l *Logger) Printf(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)) }
func (l *Logger) Println(v ...any)               { l.Output(2, fmt.Sprintln(v...)) }

func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Flags() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.flag
}

func (l *Logger) SetFlags(flag int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.flag = flag
}

func (l *Logger) Prefix() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.prefix
}

func (l *Logger) SetPrefix(prefix string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.prefix = prefix
}

func (l *Logger) Writer() io.Writer {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.out
}

func SetOutput(w io.Writer)     { std.SetOutput(w) }
func Flags() int                { return std.Flags() }
func SetFlags(flag int)         { std.SetFlags(flag) }
func Prefix() string            { return std.Prefix() }
func SetPrefix(prefix string)   { std.SetPrefix(prefix) }
func Writer() io.Writer         { return std.Writer() }
func Output(calldepth int, s string) error { return std.Output(calldepth+1, s) }

func Print(v ...any)                 { std.Output(2, fmt.Sprint(v...)) }
func Printf(format string, v ...any) { std.Output(2, fmt.Sprintf(format, v...)) }
func Println(v ...any)               { std.Output(2, fmt.Sprintln(v...)) }

func Fatal(v ...any) {
	std.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

func Fatalf(format string, v ...any) {
	std.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

func Fatalln(v ...any) {
	std.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.Output(2, s)
	panic(s)
}

func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.Output(2, s)
	panic(s)
}

func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.Output(2, s)
	panic(s)
}
)go";

}  // namespace

StdPackage logPackage() {
  return StdPackage{"log", "log", kPrelude, {}};
}

}  // namespace gomi::stdlib
