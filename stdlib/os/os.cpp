// stdlib/os/os.cpp — package os: standard streams, arguments, environment and Exit.
//
// *File is a small Go struct around a descriptor number; writes to 1 and 2 go through the
// runtime's buffered stdout / stderr so they interleave correctly with fmt.Print*.
#include <cstdlib>
#include <string>

#include "stdlib/internal/native_util.h"
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package os

import "errors"

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// PathError records an error and the operation and file path that caused it (Go's is
// io/fs.PathError, aliased by os).
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

func writeBytes(fd int, b []byte)
func writeString(fd int, s string)

func (f *File) Write(b []byte) (n int, err error) {
	writeBytes(f.fd, b)
	return len(b), nil
}

func (f *File) WriteString(s string) (n int, err error) {
	writeString(f.fd, s)
	return len(s), nil
}

func (f *File) Name() string { return f.name }

func (f *File) Fd() uintptr { return uintptr(f.fd) }

func argc() int
func argv(i int) string

func runtimeArgs() []string {
	n := argc()
	a := make([]string, n)
	for i := 0; i < n; i++ {
		a[i] = argv(i)
	}
	return a
}

var Args = runtimeArgs()

func Exit(code int)

func Getenv(key string) string

func LookupEnv(key string) (string, bool)
)go";

void emit(NativeContext& ctx, std::int64_t fd, std::string_view s) {
  if (fd == 2)
    ctx.writeStderr(s);
  else if (fd == 1)
    ctx.writeStdout(s);
}

void nWriteBytes(NativeContext& ctx, const Slot* a, Slot*) {
  GoSlice b = argSlice(a + 1);
  emit(ctx, argInt(a),
       std::string_view(static_cast<const char*>(b.ptr), static_cast<std::size_t>(b.len)));
}

void nWriteString(NativeContext& ctx, const Slot* a, Slot*) {
  emit(ctx, argInt(a), argStr(a + 1));
}

void nArgc(NativeContext& ctx, const Slot*, Slot* r) {
  setInt(r, static_cast<std::int64_t>(ctx.args().size()));
}

void nArgv(NativeContext& ctx, const Slot* a, Slot* r) {
  const auto& args = ctx.args();
  std::int64_t i = argInt(a);
  setStr(r, i >= 0 && static_cast<std::size_t>(i) < args.size()
                ? ctx.newString(args[static_cast<std::size_t>(i)])
                : GoString{nullptr, 0});
}

void nExit(NativeContext& ctx, const Slot* a, Slot*) {
  ctx.exit(static_cast<int>(argInt(a)));
}

void nGetenv(NativeContext& ctx, const Slot* a, Slot* r) {
  std::string key(argStr(a));
  const char* v = std::getenv(key.c_str());
  setStr(r, v ? ctx.newString(v) : GoString{nullptr, 0});
}

void nLookupEnv(NativeContext& ctx, const Slot* a, Slot* r) {
  std::string key(argStr(a));
  const char* v = std::getenv(key.c_str());
  setStr(r, v ? ctx.newString(v) : GoString{nullptr, 0});
  setBool(r + 2, v != nullptr);
}

}  // namespace

StdPackage osPackage() {
  return StdPackage{"os",
                    "os",
                    kPrelude,
                    {
                        {"writeBytes", nWriteBytes},
                        {"writeString", nWriteString},
                        {"argc", nArgc},
                        {"argv", nArgv},
                        {"Exit", nExit},
                        {"Getenv", nGetenv},
                        {"LookupEnv", nLookupEnv},
                    }};
}

}  // namespace gomi::stdlib
