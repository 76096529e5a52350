// stdlib/fmt/fmt.cpp — package fmt: the Go prelude and the natives around format.cpp.
//
// Printing to standard output goes straight to the runtime's buffered stdout; the Fprint*
// family is Go code over io.Writer (with a shortcut for *os.File) so any Writer works. The
// scanning family lives in scan.cpp and is appended to this prelude for programs that use it.
#include <string>

#include "stdlib/fmt/format.h"
#include "stdlib/fmt/scan.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPackageClause = "package fmt\n";
// The scanning family's imports, in a second import declaration placed before the base one.
constexpr std::string_view kScanImports = R"go(
import (
	"math"
	"strconv"
	"unicode/utf8"
)
)go";

constexpr std::string_view kPrelude = R"go(package fmt

import (
	"errors"
	"io"
	"os"
)

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

// callMethod runs v's Error (which 0), String (1) or GoString (2) method for the natives,
// recovering a panic as Go's fmt does (the natives print it as %!v(PANIC=...)).
func callMethod(v any, which int) (s string, panicked bool, pv any) {
	defer func() {
		if r := recover(); r != nil {
			panicked = true
			pv = r
		}
	}()
	switch which {
	case 0:
		return v.(error).Error(), false, nil
	case 1:
		return v.(Stringer).String(), false, nil
	}
	return v.(GoStringer).GoString(), false, nil
}

// The package variable keeps the func value reachable for the collector while natives use it.
var methodCaller = callMethod

func setMethodCaller(f func(v any, which int) (string, bool, any))

func init() { setMethodCaller(methodCaller) }

func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string

// errorf formats like Sprintf with %w enabled and reports which operand %w wrapped (-1: none).
func errorf(format string, a []any) (string, int)

func Errorf(format string, a ...any) error {
	s, w := errorf(format, a)
	if w < 0 {
		return errors.New(s)
	}
	return &wrapError{s, a[w].(error)}
}

func write(w io.Writer, s string) (n int, err error) {
	if f, ok := w.(*os.File); ok {
		return f.WriteString(s)
	}
	return w.Write([]byte(s))
}

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return write(w, Sprint(a...))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return write(w, Sprintln(a...))
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return write(w, Sprintf(format, a...))
}

func Append(b []byte, a ...any) []byte {
	return append(b, []byte(Sprint(a...))...)
}

func Appendln(b []byte, a ...any) []byte {
	return append(b, []byte(Sprintln(a...))...)
}

func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, []byte(Sprintf(format, a...))...)
}
)go";

const GoIface* ifaces(const GoSlice& s) {
  return static_cast<const GoIface*>(s.ptr);
}
std::size_t count(const GoSlice& s) {
  return static_cast<std::size_t>(s.len);
}

void writeResult(NativeContext& ctx, const std::string& s, Slot* r) {
  ctx.writeStdout(s);
  setInt(r, static_cast<std::int64_t>(s.size()));
  setNilIface(r + 1);
}

void nPrint(NativeContext& ctx, const Slot* a, Slot* r) {
  GoSlice s = argSlice(a);
  std::string out;
  sprint(out, ifaces(s), count(s), &ctx);
  writeResult(ctx, out, r);
}

void nPrintln(NativeContext& ctx, const Slot* a, Slot* r) {
  GoSlice s = argSlice(a);
  std::string out;
  sprintln(out, ifaces(s), count(s), &ctx);
  writeResult(ctx, out, r);
}

void nPrintf(NativeContext& ctx, const Slot* a, Slot* r) {
  GoSlice s = argSlice(a + 2);
  std::string out;
  sprintf(out, argStr(a), ifaces(s), count(s), &ctx);
  writeResult(ctx, out, r);
}

void nSprint(NativeContext& ctx, const Slot* a, Slot* r) {
  GoSlice s = argSlice(a);
  std::string out;
  sprint(out, ifaces(s), count(s), &ctx);
  setStr(r, ctx.newString(out));
}

void nSprintln(NativeContext& ctx, const Slot* a, Slot* r) {
  GoSlice s = argSlice(a);
  std::string out;
  sprintln(out, ifaces(s), count(s), &ctx);
  setStr(r, ctx.newString(out));
}

void nSprintf(NativeContext& ctx, const Slot* a, Slot* r) {
  GoSlice s = argSlice(a + 2);
  std::string out;
  sprintf(out, argStr(a), ifaces(s), count(s), &ctx);
  setStr(r, ctx.newString(out));
}

void nSetMethodCaller(NativeContext& ctx, const Slot* a, Slot*) {
  setMethodCaller(&ctx.heap(), load<const Closure*>(a));
}

void nErrorf(NativeContext& ctx, const Slot* a, Slot* r) {
  GoSlice s = argSlice(a + 2);
  std::string out;
  int wrapped = -1;
  sprintf(out, argStr(a), ifaces(s), count(s), &ctx, &wrapped);
  setStr(r, ctx.newString(out));
  setInt(r + 2, wrapped);
}

}  // namespace

StdPackage fmtPackage() {
  // The scanning family is compiled only for programs that contain "can": every name that
  // reaches it does (Scan, Sscanf, Fscanln, Scanner, ScanState...). Other words with it (a
  // comment's "can't") only cost the extra compile time.
  static const std::string withScan = std::string(kPackageClause) + std::string(kScanImports) +
                                      std::string(kPrelude.substr(kPackageClause.size())) +
                                      std::string(scanPrelude());
  StdPackage p{"fmt",
               "fmt",
               kPrelude,
               {
                   {"Print", nPrint},
                   {"Println", nPrintln},
                   {"Printf", nPrintf},
                   {"Sprint", nSprint},
                   {"Sprintln", nSprintln},
                   {"Sprintf", nSprintf},
                   {"errorf", nErrorf},
                   {"setMethodCaller", nSetMethodCaller},
               }};
  addScanNatives(p.natives);
  p.fullSource = withScan;
  p.fullTrigger = "can";
  return p;
}

}  // namespace gomi::stdlib
