// tests/unit/vm_test.cpp — the VM on hand-assembled bytecode.
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "interp/bytecode.h"
#include "interp/types.h"
#include "interp/vm.h"
#include "runtime/runtime.h"

namespace gomi {
namespace {

using O = Opcode;

struct VmFixture : ::testing::Test {
  rt::Runtime runtime{gc::HeapConfig{}};
  TypeTable types;
  CompiledProgram prog;

  FuncProto* proto(const std::string& name, int params, int results, int frame) {
    prog.protos.push_back(std::make_unique<FuncProto>());
    FuncProto* p = prog.protos.back().get();
    p->name = name;
    p->file = "/tmp/test.go";
    p->paramSlots = params;
    p->resultSlots = results;
    p->frameSize = frame;
    return p;
  }
  static void ext(FuncProto* p, const void* x) { p->emitExt(x); }
  static std::size_t jump(FuncProto* p, O op, int a, int imm) {  // ABj with imm in b
    return p->emit(op, static_cast<std::uint16_t>(a), static_cast<std::uint16_t>(imm), 0);
  }

  std::vector<Slot> call(const FuncProto* fn, std::vector<Slot> args) {
    vm::Machine m(runtime, types, prog, {"test"});
    return m.callForTest(fn, args);
  }
  int run(const FuncProto* entry, std::string* err = nullptr) {
    prog.entry = entry;
    vm::Machine m(runtime, types, prog, {"test"});
    ::testing::internal::CaptureStderr();
    int rc = m.run();
    std::string e = ::testing::internal::GetCapturedStderr();
    if (err) *err = e;
    return rc;
  }
};

std::int64_t s64(Slot s) {
  return static_cast<std::int64_t>(s);
}
Slot sl(std::int64_t v) {
  return static_cast<Slot>(v);
}

TEST_F(VmFixture, ArithmeticPerWidth) {
  struct Case {
    O op, ext;
    std::int64_t a, b, want;
  } cases[] = {
      {O::ADD_I, O::EXT_I8, 127, 1, -128},
      {O::ADD_I, O::EXT_U8, 255, 1, 0},
      {O::SUB_I, O::EXT_U8, 0, 1, 255},
      {O::MUL_I, O::EXT_I16, 300, 300, static_cast<std::int16_t>(90000)},
      {O::ADD_I, O::EXT_I32, 2147483647, 1, -2147483648LL},
      {O::ADD_I, O::EXT_U32, 4294967295LL, 2, 1},
      {O::MUL_I, O::NOP, INT64_MAX, 2, -2},
      {O::DIV_I, O::EXT_I8, -128, -1, -128},
      {O::DIV_I, O::NOP, INT64_MIN, -1, INT64_MIN},
      {O::REM_I, O::NOP, INT64_MIN, -1, 0},
      {O::REM_I, O::NOP, -7, 2, -1},
      {O::DIV_I, O::NOP, -7, 2, -3},
      {O::DIV_U, O::NOP, -1, 2, INT64_MAX},
      {O::SHL, O::NOP, 1, 64, 0},
      {O::SHL, O::EXT_U8, 1, 8, 0},
      {O::SHR_I, O::NOP, -8, 100, -1},
      {O::SHR_U, O::NOP, -8, 100, 0},
      {O::SHR_U, O::NOP, -8, 60, 15},
      {O::ANDNOT, O::NOP, 0xFF, 0x0F, 0xF0},
  };
  for (const Case& c : cases) {
    prog.protos.clear();
    FuncProto* f = proto("main.arith", 2, 1, 4);
    f->emit(c.op, 2, 0, 1);
    if (c.ext != O::NOP) f->emit(c.ext, 2, 2);
    f->emit(O::RET);  // the result slot is 2 (params are 0 and 1)
    auto r = call(f, {sl(c.a), sl(c.b)});
    EXPECT_EQ(s64(r[0]), c.want) << kOpInfo[static_cast<int>(c.op)].name << " " << c.a << " "
                                 << c.b;
  }
}

TEST_F(VmFixture, FloatOps) {
  FuncProto* f = proto("main.f", 2, 1, 3);
  f->emit(O::DIV_F64, 2, 0, 1);
  f->emit(O::RET);
  auto r = call(f, {std::bit_cast<Slot>(1.0), std::bit_cast<Slot>(4.0)});
  EXPECT_EQ(std::bit_cast<double>(r[0]), 0.25);

  FuncProto* g = proto("main.g", 1, 1, 2);
  g->emit(O::CVT_F64_I, 1, 0);
  g->emit(O::RET);
  EXPECT_EQ(s64(call(g, {std::bit_cast<Slot>(1e300)})[0]), INT64_MIN);
  EXPECT_EQ(s64(call(g, {std::bit_cast<Slot>(-3.9)})[0]), -3);
  EXPECT_EQ(vm::formatPrintFloat(1.5), "+1.500000e+000");
  EXPECT_EQ(vm::formatPrintFloat(-0.001), "-1.000000e-003");
  EXPECT_EQ(vm::formatPrintFloat(0.0), "+0.000000e+000");
  EXPECT_EQ(vm::formatPrintFloat(1e100), "+1.000000e+100");
}

TEST_F(VmFixture, DivideByZeroPanics) {
  FuncProto* f = proto("main.main", 0, 0, 3);
  f->emit(O::LOADI, 0, 7, 0, 3);
  f->emit(O::LOADI, 1, 0, 0, 4);
  f->emit(O::DIV_I, 2, 0, 1, 5);
  f->emit(O::RET, 0, 0, 0, 6);
  std::string err;
  EXPECT_EQ(run(f, &err), 2);
  EXPECT_EQ(err.substr(0, err.find('\n')), "panic: runtime error: integer divide by zero");
  EXPECT_NE(err.find("goroutine 1 [running]:\nmain.main()\n\t/tmp/test.go:5 +0x"),
            std::string::npos)
      << err;
}

TEST_F(VmFixture, IndexOutOfRange) {
  const Type* intT = types.basic(Kind::Int);
  FuncProto* f = proto("main.main", 0, 0, 8);
  f->setPointer(0);
  f->emit(O::LOADI, 3, 3, 0, 2);
  f->emit(O::MAKESLICE, 0, 3, kNoSlot, 2);
  ext(f, intT);
  f->emit(O::LOADI, 4, 5, 0, 3);
  f->emit(O::IDX_64, 5, 0, 4, 3);
  f->emit(O::RET);
  std::string err;
  EXPECT_EQ(run(f, &err), 2);
  EXPECT_EQ(err.substr(0, err.find('\n')),
            "panic: runtime error: index out of range [5] with length 3");
}

// fib(n): slots 0 n, 1 result, 2 saved fib(n-1), 3.. call window
FuncProto* makeFib(VmFixture& fx) {
  FuncProto* fib = fx.proto("main.fib", 1, 1, 5);
  std::size_t j = fib->emit(O::JLTI_I, 0, 2, 0);
  fib->emit(O::ADDI, 3, static_cast<std::uint16_t>(-1), 0);
  fib->emit(O::CALL, 3);
  fib->emitExt(fib);
  fib->emit(O::MOV, 2, 4);
  fib->emit(O::ADDI, 3, static_cast<std::uint16_t>(-2), 0);
  fib->emit(O::CALL, 3);
  fib->emitExt(fib);
  fib->emit(O::ADD_I, 1, 2, 4);
  fib->emit(O::RET);
  std::size_t base = fib->emit(O::MOV, 1, 0);
  fib->emit(O::RET);
  EXPECT_TRUE(fib->patchShortJump(j, base));
  return fib;
}

TEST_F(VmFixture, RecursiveCalls) {
  FuncProto* fib = makeFib(*this);
  EXPECT_EQ(s64(call(fib, {20})[0]), 6765);
}

TEST_F(VmFixture, DeepRecursionGrowsStack) {
  // sum(n) = n == 0 ? 0 : n + sum(n-1), with a large frame so segments overflow quickly.
  FuncProto* sum = proto("main.sum", 1, 1, 40);
  std::size_t j = sum->emit(O::JEQI_I, 0, 0, 0);
  sum->emit(O::ADDI, 38, static_cast<std::uint16_t>(-1), 0);
  sum->emit(O::CALL, 38);
  sum->emitExt(sum);
  sum->emit(O::ADD_I, 1, 0, 39);
  sum->emit(O::RET);
  std::size_t base = sum->emit(O::LOADI, 1, 0, 0);
  sum->emit(O::RET);
  sum->patchShortJump(j, base);
  EXPECT_EQ(s64(call(sum, {100000})[0]), 5000050000LL);
}

TEST_F(VmFixture, Closures) {
  const Type* intT = types.basic(Kind::Int);
  FuncProto* inc = proto("main.makeCounter.func1", 0, 1, 2);
  inc->setPointer(1);
  inc->emit(O::LDCAP, 1, 0);
  inc->emit(O::LDP_64, 0, 1, 0);
  inc->emit(O::ADDI, 0, 1, 0);
  inc->emit(O::STP_64, 1, 0, 0);
  inc->emit(O::RET);
  FuncProto* mk = proto("main.makeCounter", 0, 1, 2);
  mk->setPointer(0);
  mk->setPointer(1);
  mk->emit(O::NEW, 1);
  mk->emitExt(intT);
  mk->emit(O::CLOSURE, 0, 1, 1);
  mk->emitExt(inc);
  mk->emit(O::RET);
  FuncProto* t = proto("main.t", 0, 1, 3);
  t->setPointer(1);
  t->emit(O::CALL, 1);
  t->emitExt(mk);
  for (int k = 0; k < 3; k++) t->emit(O::CALLC, 2, 1);
  t->emit(O::MOV, 0, 2);
  t->emit(O::RET);
  EXPECT_EQ(s64(call(t, {})[0]), 3);
}

TEST_F(VmFixture, DeferRecover) {
  const Type* intT = types.basic(Kind::Int);
  prog.globalSlots = 3;
  prog.setGlobalPointer(1);
  // handler: globals[0..2) = recover(); globals[2] += 1
  FuncProto* handler = proto("main.f.func1", 0, 0, 3);
  handler->setPointer(1);
  handler->emit(O::RECOVER, 0);
  handler->emit(O::GSET, 0, 2);
  handler->emitExt(std::uint64_t{0});
  handler->emit(O::GGET, 2, 1);
  handler->emitExt(std::uint64_t{2});
  handler->emit(O::ADDI, 2, 1, 2);
  handler->emit(O::GSET, 2, 1);
  handler->emitExt(std::uint64_t{2});
  handler->emit(O::RET);
  // f() (r int): r = 5; defer handler(); defer handler(); panic(42)
  FuncProto* f = proto("main.f", 0, 1, 5);
  f->setPointer(3);
  f->emit(O::LOADI, 0, 5, 0);
  f->emit(O::DEFER, 1);
  f->emitExt(handler);
  f->emit(O::DEFER, 1);
  f->emitExt(handler);
  f->emit(O::LOADI, 1, 42, 0);
  f->emit(O::IFACE_BOX, 2, 1);
  f->emitExt(intT);
  f->emit(O::PANIC, 2);
  f->emit(O::RET);
  FuncProto* entry = proto("main.main", 0, 0, 2);
  entry->emit(O::CALL, 0);
  entry->emitExt(f);
  entry->emit(O::GSET, 0, 1);  // after recovery f returned its named result 5
  entry->emitExt(std::uint64_t{0});
  entry->emit(O::RET);
  prog.entry = entry;
  vm::Machine m(runtime, types, prog, {"test"});
  EXPECT_EQ(m.run(), 0);
  // The first handler recovered; the second ran too (recover() then returned nil).
  EXPECT_EQ(s64(m.globals()[2]), 2);
  EXPECT_EQ(s64(m.globals()[0]), 5);
}

TEST_F(VmFixture, RepanicPrintsRecovered) {
  const Type* strT = types.basic(Kind::String);
  // handler: r := recover(); panic("second")
  FuncProto* handler = proto("main.main.func1", 0, 0, 6);
  handler->setPointer(1);
  handler->setPointer(2);
  handler->setPointer(5);
  handler->emit(O::RECOVER, 0);
  handler->emit(O::LOADC, 2, 2);
  handler->emitExt(prog.stringConst("second"));
  handler->emit(O::IFACE_BOX, 4, 2);
  handler->emitExt(strT);
  handler->emit(O::PANIC, 4);
  handler->emit(O::RET);
  FuncProto* mainFn = proto("main.main", 0, 0, 6);
  mainFn->setPointer(0);
  mainFn->setPointer(3);
  mainFn->emit(O::DEFER, 0);
  mainFn->emitExt(handler);
  mainFn->emit(O::LOADC, 0, 2);
  mainFn->emitExt(prog.stringConst("first"));
  mainFn->emit(O::IFACE_BOX, 2, 0);
  mainFn->emitExt(strT);
  mainFn->emit(O::PANIC, 2);
  mainFn->emit(O::RET);
  std::string err;
  EXPECT_EQ(run(mainFn, &err), 2);
  EXPECT_EQ(err.substr(0, err.find("\n\n")), "panic: first [recovered]\n\tpanic: second");
}

TEST_F(VmFixture, MapsThroughOpcodes) {
  const Type* intT = types.basic(Kind::Int);
  const Type* mt = types.mapOf(types.basic(Kind::String), intT);
  // m := map[string]int{}; m["a"] = 1; m["b"] += 2; return m["b"]*10 + len(m)
  FuncProto* f = proto("main.f", 0, 1, 10);
  f->setPointer(1);
  f->setPointer(2);
  f->emit(O::MAKEMAP, 1, kNoSlot);
  f->emitExt(mt);
  f->emit(O::LOADC, 2, 2);
  f->emitExt(prog.stringConst("a"));
  f->emit(O::LOADI, 4, 1, 0);
  f->emit(O::MAPSET, 1, 2, 4);
  f->emitExt(mt);
  f->emit(O::LOADC, 2, 2);
  f->emitExt(prog.stringConst("b"));
  f->emit(O::MAPGET, 4, 1, 2);
  f->emitExt(mt);
  f->emit(O::ADDI, 4, 2, 4);
  f->emit(O::MAPSET, 1, 2, 4);
  f->emitExt(mt);
  f->emit(O::MAPGET, 5, 1, 2);
  f->emitExt(mt);
  f->emit(O::LOADI, 6, 10, 0);
  f->emit(O::MUL_I, 5, 5, 6);
  f->emit(O::MAPLEN, 6, 1);
  f->emit(O::ADD_I, 0, 5, 6);
  f->emit(O::RET);
  EXPECT_EQ(s64(call(f, {})[0]), 22);
}

TEST_F(VmFixture, AppendGrowsLikeGo) {
  EXPECT_EQ(vm::growCap(0, 1, 8), 1);
  EXPECT_EQ(vm::growCap(1, 2, 8), 2);
  EXPECT_EQ(vm::growCap(2, 3, 8), 4);
  EXPECT_EQ(vm::growCap(4, 5, 8), 8);
  EXPECT_EQ(vm::growCap(0, 3, 8), 3);
  EXPECT_EQ(vm::growCap(0, 5, 1), 8);
  EXPECT_EQ(vm::growCap(512, 513, 8), 848);
  EXPECT_EQ(vm::growCap(0, 1, 24), 1);
  EXPECT_EQ(vm::growCap(3, 4, 24), 6);   // 6*24 = 144 is a size class
  EXPECT_EQ(vm::growCap(5, 6, 24), 10);  // 10*24 = 240 is a size class
  EXPECT_EQ(vm::growCap(0, 7, 8), 8);    // 56 -> 64
}

void nativeGc(NativeContext& ctx, const Slot*, Slot*) {
  ctx.heap().collect();
}

TEST_F(VmFixture, GcFindsRootsInFrames) {
  const Type* intT = types.basic(Kind::Int);
  const Type* strT = types.basic(Kind::String);
  FuncProto* gcfn = proto("runtime.GC", 0, 0, 0);
  gcfn->native = nativeGc;
  // keep(): p := new(int); *p = 42; s := "x" + "y" (heap); many allocations; GC; return *p
  FuncProto* f = proto("main.keep", 0, 1, 12);
  f->setPointer(1);
  f->setPointer(2);
  f->setPointer(4);
  f->setPointer(6);
  f->setPointer(8);
  f->emit(O::NEW, 1);
  f->emitExt(intT);
  f->emit(O::LOADI, 3, 42, 0);
  f->emit(O::STP_64, 1, 3, 0);
  f->emit(O::LOADC, 4, 2);
  f->emitExt(prog.stringConst("hello, "));
  f->emit(O::LOADC, 6, 2);
  f->emitExt(prog.stringConst("world"));
  f->emit(O::STRCAT, 6, 4, 6);
  f->emit(O::LOADI, 10, 0, 0);
  std::size_t loop = f->emit(O::NEW, 8);  // garbage
  f->emitExt(strT);
  f->emit(O::ADDI, 10, 1, 10);
  std::size_t j = f->emit(O::JLTI_I, 10, 10000, 0);
  f->patchShortJump(j, loop);
  f->emit(O::CALLN, 11);
  f->emitExt(gcfn);
  f->emit(O::LDP_64, 0, 1, 0);
  f->emit(O::LOADI, 10, 7, 0);
  f->emit(O::IDX_U8, 3, 6, 10);  // "hello, world"[7] == 'w'
  f->emit(O::ADD_I, 0, 0, 3);
  f->emit(O::RET);
  gc::HeapConfig cfg;
  cfg.clobberFree = true;
  cfg.stressEvery = 7;
  rt::Runtime stressed(cfg);
  vm::Machine m(stressed, types, prog, {"test"});
  auto r = m.callForTest(f, {});
  EXPECT_EQ(s64(r[0]), 42 + 'w');
}

void nativeApply(NativeContext& ctx, const Slot* args, Slot* results) {
  // apply(f func(int) int, x int) int: calls back into Go.
  Slot a[1] = {args[1]};
  Slot r[1];
  ctx.call(reinterpret_cast<const Closure*>(args[0]), a, r);
  results[0] = r[0];
}

TEST_F(VmFixture, NativeCallsBackIntoGo) {
  FuncProto* fib = makeFib(*this);
  FuncProto* apply = proto("main.apply", 2, 1, 3);
  apply->native = nativeApply;
  apply->setPointer(0);
  FuncProto* t = proto("main.t", 0, 1, 6);
  t->setPointer(1);
  t->emit(O::LOADK, 1);
  t->emitExt(fib->staticClosure());
  t->emit(O::LOADI, 2, 15, 0);
  t->emit(O::CALLN, 1);
  t->emitExt(apply);
  t->emit(O::MOV, 0, 3);
  t->emit(O::RET);
  EXPECT_EQ(s64(call(t, {})[0]), 610);
}

}  // namespace
}  // namespace gomi
