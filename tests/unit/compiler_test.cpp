// tests/unit/compiler_test.cpp — end-to-end checks of the compiler: small Go programs are
// parsed, checked, compiled and run, and their output compared with what Go 1.19 prints.
#include <gtest/gtest.h>

#include <string>

#include "interp/bytecode.h"
#include "interp/checker.h"
#include "interp/compiler.h"
#include "interp/interp.h"
#include "stdlib/stdlib.h"

namespace gomi {
namespace {

struct Result {
  int status;
  std::string out;
  std::string err;
};

Result run(const std::string& src) {
  PackageRegistry reg;
  registerStandardPackages(reg);
  RunRequest req;
  req.path = "prog.go";
  req.source = src;
  req.args = {"prog"};
  testing::internal::CaptureStdout();
  testing::internal::CaptureStderr();
  int status = runProgram(req, reg);
  Result r{status, testing::internal::GetCapturedStdout(), testing::internal::GetCapturedStderr()};
  return r;
}

// Compiles only; returns the disassembly of function `fn` (empty when absent).
std::string disasm(const std::string& src, const std::string& fn) {
  PackageRegistry reg;
  registerStandardPackages(reg);
  Program prog;
  Diagnostics diags;
  if (!loadProgram(prog, "prog.go", src, reg, diags)) return "load error: " + diags.format();
  auto code = compileProgram(prog, reg, diags);
  if (!code) return "compile error: " + diags.format();
  for (const auto& p : code->protos)
    if (p->name == fn) return disassemble(*p);
  return "";
}

TEST(Compiler, Fib) {
  auto r = run(R"(package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() { fmt.Println(fib(25)) }
)");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "75025\n");
}

TEST(Compiler, FibUsesFusedBranchAndImmediates) {
  std::string d = disasm(R"(package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() { println(fib(3)) }
)",
                         "main.fib");
  EXPECT_NE(d.find("JGEI_I"), std::string::npos) << d;
  EXPECT_NE(d.find("ADDI"), std::string::npos) << d;
  EXPECT_EQ(d.find("LOADI"), std::string::npos) << d;
}

TEST(Compiler, IntegerWidthsWrap) {
  auto r = run(R"(package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	var b uint8 = 200
	b += 100
	var c int16 = -32768
	c--
	var d uint32 = 1 << 31
	d *= 2
	var e int32 = -7
	fmt.Println(a, b, c, d, e/2, e%2, uint8(e), -7>>1, uint64(1)<<63>>62)
	x := 5
	fmt.Println(x&^3, x^2, ^x)
}
)");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "-128 44 32767 0 -3 -1 249 -4 2\n4 7 -6\n");
}

TEST(Compiler, StructsMethodsInterfaces) {
  auto r = run(R"(package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int      { return p.X + p.Y }
func (p *Point) Move(dx int) { p.X += dx }

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
type Sq struct{ S float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (s *Sq) Area() float64  { return s.S * s.S }

type Named struct {
	Point
	Name string
}

func main() {
	p := Point{1, 2}
	p.Move(5)
	fmt.Println(p.Sum(), p)
	n := Named{Point{3, 4}, "n"}
	n.Move(1)
	fmt.Println(n.Sum(), n.X, n.Name)
	for _, s := range []Shape{Rect{2, 3}, &Sq{2}} {
		fmt.Println(s.Area())
	}
	f := p.Sum
	p.X = 100
	fmt.Println(f(), p == Point{100, 2})
}
)");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "8 {6 2}\n8 4 n\n6\n4\n8 true\n");
}

TEST(Compiler, SlicesMapsStrings) {
  auto r = run(R"(package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i)
	}
	fmt.Println(len(s), cap(s), s[2:5], s[7:])
	m := map[string]int{"a": 1}
	m["b"] += 2
	v, ok := m["z"]
	delete(m, "a")
	fmt.Println(len(m), m["b"], v, ok)
	str := "héllo"
	for i, c := range str {
		fmt.Print(i, ":", string(c), " ")
	}
	fmt.Println(len(str), str[1:3] == "é", []byte("ab"), string([]rune{72, 105}))
	arr := [3]int{1, 2, 3}
	b := arr
	b[0] = 9
	fmt.Println(arr, b, arr == [3]int{1, 2, 3})
}
)");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out,
            "10 16 [2 3 4] [7 8 9]\n1 2 0 false\n0:h 1:é 3:l 4:l 5:o 6 true [97 98] Hi\n"
            "[1 2 3] [9 2 3] true\n");
}

TEST(Compiler, ClosuresAndDefer) {
  auto r = run(R"(package main

import "fmt"

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func main() {
	f := counter()
	f()
	fmt.Println(f(), f())
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	fmt.Println(fs[0](), fs[2]())
	for i := 0; i < 2; i++ {
		defer fmt.Println("defer", i)
	}
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
}
)");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out,
            "2 3\n3 3\n3 <nil>\n0 recovered: runtime error: integer divide by zero\n"
            "defer 1\ndefer 0\n");
}

TEST(Compiler, SwitchesAndLabels) {
  auto r = run(R"(package main

import "fmt"

func kind(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int8:
		return fmt.Sprint("int ", x)
	case string:
		return "string " + x
	case error:
		return "error"
	default:
		return "other"
	}
}

func main() {
	fmt.Println(kind(nil), kind(3), kind("s"), kind(fmt.Errorf("e")), kind(2.5))
	n := 0
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			n++
		}
	}
	switch n {
	case 1, 2:
		fmt.Println("small")
	case 9:
		fmt.Println("nine")
		fallthrough
	case 10:
		fmt.Println("ten")
	}
}
)");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "nil int 3 string s error other\nnine\nten\n");
}

TEST(Compiler, RuntimePanicExitStatus) {
  auto r = run(R"(package main

func main() {
	var s []int
	_ = s[3]
}
)");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("index out of range [3] with length 0"), std::string::npos) << r.err;
}

// A parameter or result too big for a frame is refused at once (it used to build a bit per
// slot first: 25 s for a 1.5 GB array), as Go refuses frames over 1 GB.
TEST(Compiler, HugeParameterRefusedQuickly) {
  auto r = run(R"(package main

type large struct{ b [1500000000]byte }

func f2(x large) int { return 5 }

func main() {}
)");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err,
            "prog.go:5:1: gomi: values of more than 512 KiB in one function's frame are not "
            "supported\n");
}

// Standard functions gomi does not provide are compile errors, never a wrong answer: Go accepts
// this program, gomi names each missing function as Go names an undefined one.
TEST(Compiler, MissingStandardFunctionsAreUndefined) {
  auto r = run(R"(package main

import (
	"bytes"
	"encoding/binary"
	"path/filepath"
)

func main() {
	var b bytes.Buffer
	_ = binary.Write(&b, binary.LittleEndian, int32(1))
	_ = binary.Read(&b, binary.LittleEndian, new(int32))
	_ = binary.Size(int32(1))
	_, _ = filepath.Abs(".")
	_, _ = filepath.Glob("*")
	_ = filepath.Walk(".", nil)
	_ = filepath.SkipDir
}
)");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err,
            "prog.go:11:13: undefined: binary.Write\n"
            "prog.go:12:13: undefined: binary.Read\n"
            "prog.go:13:13: undefined: binary.Size\n"
            "prog.go:14:18: undefined: filepath.Abs\n"
            "prog.go:15:18: undefined: filepath.Glob\n"
            "prog.go:16:15: undefined: filepath.Walk\n"
            "prog.go:17:15: undefined: filepath.SkipDir\n");
}

}  // namespace
}  // namespace gomi
