// stdlib/os/os.cpp — package os: standard streams, arguments, environment and Exit.
//
// *File is a small Go struct around a descriptor number; writes to 1 and 2 go through the
// runtime's buffered stdout / stderr so they interleave correctly with fmt.Print*. Reads are
// read(2) on the descriptor (blocking the whole program, goroutines included, while it waits),
// after flushing stdout so a prompt shows before the program waits for its answer, as it would
// with Go's unbuffered stdout.
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/runtime.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package os

import (
	"errors"
	"io"
)

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

// readFd reads into b once; errno is 0 on success.
func readFd(fd int, b []byte) (n int, errno int)

func errnoText(errno int) string

// syscallError stands for Go's syscall.Errno: its text is the C library's, starting lower case
// as Go's table does.
type syscallError struct {
	errno int
}

func (e syscallError) Error() string { return errnoText(e.errno) }

func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, errno := readFd(f.fd, b)
	if errno != 0 {
		return 0, &PathError{"read", f.name, syscallError{errno}}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
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

void nReadFd(NativeContext& ctx, const Slot* a, Slot* r) {
  auto fd = static_cast<int>(argInt(a));
  GoSlice b = argSlice(a + 1);
  ctx.runtime().flush();
  // Like Go, read at most 1 GiB at a time.
  auto want = static_cast<std::size_t>(std::min<std::int64_t>(b.len, std::int64_t{1} << 30));
  ssize_t n;
  while ((n = ::read(fd, b.ptr, want)) < 0) {
    if (errno == EINTR) continue;
    if (errno != EAGAIN && errno != EWOULDBLOCK) break;
    pollfd p{fd, POLLIN, 0};  // a non-blocking descriptor: wait for input
    ::poll(&p, 1, -1);
  }
  int err = n < 0 ? errno : 0;
  setInt(r, n < 0 ? 0 : n);
  setInt(r + 1, err);
}

void nErrnoText(NativeContext& ctx, const Slot* a, Slot* r) {
  std::string text = std::strerror(static_cast<int>(argInt(a)));
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z')
    text[0] = static_cast<char>(text[0] - 'A' + 'a');
  setStr(r, ctx.newString(text));
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
                        {"readFd", nReadFd},
                        {"errnoText", nErrnoText},
                        {"argc", nArgc},
                        {"argv", nArgv},
                        {"Exit", nExit},
                        {"Getenv", nGetenv},
                        {"LookupEnv", nLookupEnv},
                    }};
}

}  // namespace gomi::stdlib
