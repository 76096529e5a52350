// tests/unit/fmt_test.cpp — fmt's engine (stdlib/fmt/format.h) against Go 1.19.
//
// Values are built by hand in Go's memory layout with a TypeTable; the expected strings were
// printed by Go 1.19 for the same values (main.T, main.S ... mirror the types declared here).
// A fake NativeContext stands in for the VM: it calls the two String/Error methods by type and
// iterates a toy map representation.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "interp/native.h"
#include "interp/types.h"
#include "stdlib/fmt/format.h"
#include "stdlib/stdlib.h"

using namespace gomi;
using namespace gomi::stdlib;

namespace {

struct FakeMap {
  std::vector<std::pair<std::vector<char>, std::vector<char>>> entries;
};

class FmtTest : public ::testing::Test, public NativeContext {
 protected:
  TypeTable tt;
  const Type* tString = tt.basic(Kind::String);
  const Type* tInt = tt.basic(Kind::Int);
  Type* T = nullptr;
  Type* P = nullptr;
  Type* S = nullptr;
  Type* T2 = nullptr;
  Type* E = nullptr;
  const Type* ptrT = nullptr;
  const Type* ptrE = nullptr;
  std::deque<std::vector<std::uint64_t>> arena;
  std::deque<FakeMap> maps;
  std::deque<std::string> strings;

  void SetUp() override {
    auto field = [](std::string name, const Type* t) {
      Field f;
      f.name = std::move(name);
      f.type = t;
      f.pkg = "main";
      return f;
    };
    T = tt.newNamed("main", "T");
    tt.setUnderlying(T, tt.structOf({field("A", tInt), field("B", tString)}));
    P = tt.newNamed("main", "P");
    tt.setUnderlying(P, tt.structOf({field("X", tInt), field("y", tInt)}));
    S = tt.newNamed("main", "S");
    tt.setUnderlying(S, tInt);
    const Type* stringer = tt.funcOf({}, {tString}, false);
    Method m;
    m.name = "String";
    m.sig = stringer;
    S->methods.push_back(m);
    T2 = tt.newNamed("main", "T2");
    tt.setUnderlying(T2, tt.structOf({field("S", S), field("s", S)}));
    E = tt.newNamed("main", "E");
    tt.setUnderlying(E, tt.structOf({field("msg", tString)}));
    Method em;
    em.name = "Error";
    em.sig = stringer;
    em.pointerReceiver = true;
    E->methods.push_back(em);
    ptrT = tt.pointerTo(T);
    ptrE = tt.pointerTo(E);
  }

  // --- NativeContext ---
  gc::Heap& heap() override { std::abort(); }
  TypeTable& types() override { return tt; }
  GoString newString(std::string_view s) override { return str(s); }
  GoSlice newSlice(const Type* elem, std::int64_t len, std::int64_t cap) override {
    return GoSlice{alloc(static_cast<std::size_t>(elem->size * cap)), len, cap};
  }
  GoIface makeIface(const Type* t, const void* v) override { return box(t, v); }
  [[noreturn]] void panicRuntimeError(const std::string&) override { std::abort(); }
  [[noreturn]] void panicValue(GoIface) override { std::abort(); }
  [[noreturn]] void exit(int) override { std::abort(); }
  void call(const Closure*, const Slot*, Slot*) override { std::abort(); }
  bool callStringMethod(GoIface v, const char* name, GoString* out) override {
    if (v.type == S && std::string(name) == "String") {
      std::int64_t n;
      std::memcpy(&n, v.data, 8);
      *out = str("S<" + std::to_string(n) + ">");
      return true;
    }
    if (v.type == ptrE && std::string(name) == "Error") {
      std::memcpy(out, v.data, sizeof(GoString));
      return true;
    }
    return false;
  }
  std::int64_t mapLen(const void* m) override {
    return static_cast<std::int64_t>(static_cast<const FakeMap*>(m)->entries.size());
  }
  void mapForEach(const void* m, const Type*,
                  const std::function<void(const void*, const void*)>& f) override {
    for (const auto& e : static_cast<const FakeMap*>(m)->entries)
      f(e.first.data(), e.second.data());
  }
  void writeStdout(std::string_view) override {}
  void writeStderr(std::string_view) override {}
  const std::vector<std::string>& args() override { std::abort(); }
  rt::Runtime& runtime() override { std::abort(); }
  [[noreturn]] void fatal(const std::string&) override { std::abort(); }
  void goexit() override { std::abort(); }
  std::uint64_t startFuncTimer(std::int64_t, const Closure*) override { std::abort(); }
  void setFinalizer(GoIface, GoIface) override { std::abort(); }

  // --- values ---
  void* alloc(std::size_t size) {
    arena.emplace_back((size + 7) / 8 + 1, 0);
    return arena.back().data();
  }
  GoString str(std::string_view s) {
    strings.emplace_back(s);
    return GoString{reinterpret_cast<const std::uint8_t*>(strings.back().data()),
                    static_cast<std::int64_t>(s.size())};
  }
  GoIface box(const Type* t, const void* v) {
    if (t->kind == Kind::Pointer || t->kind == Kind::Map) {
      void* p;
      std::memcpy(&p, v, 8);
      return GoIface{t, p};
    }
    void* p = alloc(static_cast<std::size_t>(t->size));
    std::memcpy(p, v, static_cast<std::size_t>(t->size));
    return GoIface{t, p};
  }
  GoIface Nil() { return GoIface{nullptr, nullptr}; }
  GoIface Num(const Type* t, std::uint64_t bits) { return box(t, &bits); }
  GoIface Bool(bool b) {
    std::uint64_t v = b;
    return box(tt.basic(Kind::Bool), &v);
  }
  GoIface Str(std::string_view s) {
    GoString g = str(s);
    return box(tString, &g);
  }
  template <class E>
  GoSlice sliceOf(const std::vector<E>& v) {
    E* p = static_cast<E*>(alloc(sizeof(E) * v.size()));
    for (std::size_t i = 0; i < v.size(); i++) p[i] = v[i];
    return GoSlice{p, static_cast<std::int64_t>(v.size()), static_cast<std::int64_t>(v.size())};
  }
  GoIface SliceInt(std::vector<std::int64_t> v) {
    GoSlice s = sliceOf(v);
    return box(tt.sliceOf(tInt), &s);
  }
  GoIface NilSliceInt() {
    GoSlice s{nullptr, 0, 0};
    return box(tt.sliceOf(tInt), &s);
  }
  GoIface SliceS(std::vector<std::int64_t> v) {
    GoSlice s = sliceOf(v);
    return box(tt.sliceOf(S), &s);
  }
  GoIface Bytes(std::string_view b) {
    GoSlice s = sliceOf(std::vector<char>(b.begin(), b.end()));
    return box(tt.sliceOf(tt.basic(Kind::Uint8)), &s);
  }
  GoIface SliceStr(std::vector<std::string> v) {
    std::vector<GoString> g;
    for (auto& s : v) g.push_back(str(s));
    GoSlice s = sliceOf(g);
    return box(tt.sliceOf(tString), &s);
  }
  GoIface SliceAny(std::vector<GoIface> v) {
    GoSlice s = sliceOf(v);
    return box(tt.sliceOf(tt.emptyInterface()), &s);
  }
  GoIface Arr3(std::vector<std::int64_t> v) { return box(tt.arrayOf(tInt, 3), v.data()); }
  template <class K, class V>
  GoIface makeMap(const Type* mt, const std::vector<std::pair<K, V>>& kv) {
    maps.emplace_back();
    for (const auto& [k, v] : kv) {
      std::vector<char> kb(sizeof(K)), vb(sizeof(V));
      std::memcpy(kb.data(), &k, sizeof(K));
      std::memcpy(vb.data(), &v, sizeof(V));
      maps.back().entries.emplace_back(kb, vb);
    }
    return GoIface{mt, &maps.back()};
  }
  GoIface MapSI(std::vector<std::pair<std::string, std::int64_t>> kv) {
    std::vector<std::pair<GoString, std::int64_t>> g;
    for (auto& [k, v] : kv) g.emplace_back(str(k), v);
    return makeMap(tt.mapOf(tString, tInt), g);
  }
  GoIface NilMapSI() { return GoIface{tt.mapOf(tString, tInt), nullptr}; }
  GoIface MapIS(std::vector<std::pair<std::int64_t, std::string>> kv) {
    std::vector<std::pair<std::int64_t, GoString>> g;
    for (auto& [k, v] : kv) g.emplace_back(k, str(v));
    return makeMap(tt.mapOf(tInt, tString), g);
  }
  struct TVal {
    std::int64_t a;
    GoString b;
  };
  GoIface MakeT(std::int64_t a, std::string_view b) {
    TVal v{a, str(b)};
    return box(T, &v);
  }
  GoIface PtrT(std::int64_t a, std::string_view b) {
    auto* v = static_cast<TVal*>(alloc(sizeof(TVal)));
    *v = TVal{a, str(b)};
    return GoIface{ptrT, v};
  }
  GoIface MakeP(std::int64_t x, std::int64_t y) {
    std::int64_t v[2] = {x, y};
    return box(P, v);
  }
  GoIface MakeS(std::int64_t n) { return box(S, &n); }
  GoIface MakeT2(std::int64_t a, std::int64_t b) {
    std::int64_t v[2] = {a, b};
    return box(T2, v);
  }
  GoIface PtrE(std::string_view msg) {
    auto* v = static_cast<GoString*>(alloc(sizeof(GoString)));
    *v = str(msg);
    return GoIface{ptrE, v};
  }

  // Calling natives of the registered packages directly, as the VM would.
  enum ResKind { rString, rStrings, rInt, rBool, rFloat };
  std::vector<Slot> ArgS(std::string_view v) {
    GoString g = str(v);
    Slot w[2];
    std::memcpy(w, &g, 16);
    return {w[0], w[1]};
  }
  std::vector<Slot> ArgI(std::int64_t v) { return {static_cast<Slot>(v)}; }
  std::vector<Slot> ArgF(double v) {
    Slot w;
    std::memcpy(&w, &v, 8);
    return {w};
  }
  std::vector<Slot> ArgSS(std::vector<std::string> v) {
    std::vector<GoString> g;
    for (auto& x : v) g.push_back(str(x));
    GoSlice sl = sliceOf(g);
    Slot w[3];
    std::memcpy(w, &sl, 24);
    return {w[0], w[1], w[2]};
  }
  void checkNative(std::string_view pkg, std::string_view name, std::vector<std::vector<Slot>> args,
                   ResKind kind, std::string_view want) {
    PackageRegistry reg;
    registerStandardPackages(reg);
    const StdPackage* p = reg.find(pkg);
    ASSERT_NE(p, nullptr) << pkg;
    NativeFn fn = nullptr;
    for (const auto& n : p->natives)
      if (n.name == name) fn = n.fn;
    ASSERT_NE(fn, nullptr) << name;
    std::vector<Slot> flat;
    for (auto& a : args) flat.insert(flat.end(), a.begin(), a.end());
    flat.resize(flat.size() + 1);
    Slot res[8] = {};
    fn(*this, flat.data(), res);
    const Type* t = kind == rString    ? tString
                    : kind == rStrings ? tt.sliceOf(tString)
                    : kind == rInt     ? tInt
                    : kind == rFloat   ? tt.basic(Kind::Float64)
                                       : tt.basic(Kind::Bool);
    std::vector<GoIface> a = {box(t, res)};
    std::string out;
    sprintf(out, "%q", a.data(), 1, this);
    EXPECT_EQ(out, want) << pkg << "." << name;
  }

  void check(std::string_view format, std::vector<GoIface> args, std::string_view want) {
    std::string out;
    sprintf(out, format, args.data(), args.size(), this);
    EXPECT_EQ(out, want) << "format " << format;
  }
  void checkPrint(std::vector<GoIface> args, std::string_view wantPrint,
                  std::string_view wantPrintln) {
    std::string out;
    sprint(out, args.data(), args.size(), this);
    EXPECT_EQ(out, wantPrint);
    out.clear();
    sprintln(out, args.data(), args.size(), this);
    EXPECT_EQ(out, wantPrintln);
  }
};

TEST_F(FmtTest, MatchesGo) {
  check("%d|%5d|%-5d|%05d|%+d|% d",
        {Num(tt.basic(Kind::Int), 42), Num(tt.basic(Kind::Int), 42), Num(tt.basic(Kind::Int), 42),
         Num(tt.basic(Kind::Int), 42), Num(tt.basic(Kind::Int), 42), Num(tt.basic(Kind::Int), 42)},
        "42|   42|42   |00042|+42| 42");
  check("%x %X %#x %o %#o %O %b %#b",
        {Num(tt.basic(Kind::Int), 255), Num(tt.basic(Kind::Int), 255),
         Num(tt.basic(Kind::Int), 255), Num(tt.basic(Kind::Int), 8), Num(tt.basic(Kind::Int), 8),
         Num(tt.basic(Kind::Int), 8), Num(tt.basic(Kind::Int), 5), Num(tt.basic(Kind::Int), 5)},
        "ff FF 0xff 10 010 0o10 101 0b101");
  check("%c %q %U %#U %c",
        {Num(tt.basic(Kind::Int32), 65), Num(tt.basic(Kind::Int32), 65),
         Num(tt.basic(Kind::Int), 128512), Num(tt.basic(Kind::Int32), 120),
         Num(tt.basic(Kind::Int32), 233)},
        "A 'A' U+1F600 U+0078 'x' é");
  check("%08.3d|%.0d|%.0d|%5.0d|",
        {Num(tt.basic(Kind::Int), 7), Num(tt.basic(Kind::Int), 0), Num(tt.basic(Kind::Int), 3),
         Num(tt.basic(Kind::Int), 0)},
        "     007||3|     |");
  check("%x %X %d %v",
        {Num(tt.basic(Kind::Int), -255), Num(tt.basic(Kind::Int), -255),
         Num(tt.basic(Kind::Int8), -128), Num(tt.basic(Kind::Uint64), 18446744073709551615ULL)},
        "-ff -FF -128 18446744073709551615");
  check("%#v %#v %#v %v",
        {Num(tt.basic(Kind::Uint), 10ULL), Num(tt.basic(Kind::Int), 10),
         Num(tt.basic(Kind::Int64), -3LL), Num(tt.basic(Kind::Uint8), 200)},
        "0xa 10 -3 200");
  check("%v %v %v %v %v %v",
        {Num(tt.basic(Kind::Float64), 0x412e848000000000ULL),
         Num(tt.basic(Kind::Float64), 0x444b1ae4d6e2ef50ULL),
         Num(tt.basic(Kind::Float64), 0x419d6f3454000000ULL),
         Num(tt.basic(Kind::Float64), 0x3ee4f8b588e368f1ULL),
         Num(tt.basic(Kind::Float64), 0x3fb999999999999aULL),
         Num(tt.basic(Kind::Float32), 0x3dcccccdULL)},
        "1e+06 1e+21 1.23456789e+08 1e-05 0.1 0.1");
  check("%v %v %v %v",
        {Num(tt.basic(Kind::Float64), 0x3ff0000000000000ULL), Num(tt.basic(Kind::Float64), 0x0ULL),
         Num(tt.basic(Kind::Float64), 0x4059000000000000ULL),
         Num(tt.basic(Kind::Float64), 0x4415af1d78b58c40ULL)},
        "1 0 100 1e+20");
  check("%f|%.2f|%8.3f|%-8.2f|%+.1e|%g|%G|%e|%E",
        {Num(tt.basic(Kind::Float64), 0x400921f9f01b866eULL),
         Num(tt.basic(Kind::Float64), 0x400921f9f01b866eULL),
         Num(tt.basic(Kind::Float64), 0x400921f9f01b866eULL),
         Num(tt.basic(Kind::Float64), 0x400921f9f01b866eULL),
         Num(tt.basic(Kind::Float64), 0x40deadf99999999aULL),
         Num(tt.basic(Kind::Float64), 0x3e7ad7f29abcaf48ULL),
         Num(tt.basic(Kind::Float64), 0x3e7ad7f29abcaf48ULL),
         Num(tt.basic(Kind::Float64), 0x405ec00000000000ULL),
         Num(tt.basic(Kind::Float64), 0x405ec00000000000ULL)},
        "3.141590|3.14|   3.142|3.14    |+3.1e+04|1e-07|1E-07|1.230000e+02|1.230000E+02");
  check("%#g|%#.3g|%#v|%#.0f|%#e",
        {Num(tt.basic(Kind::Float64), 0x3ff0000000000000ULL),
         Num(tt.basic(Kind::Float64), 0x4000000000000000ULL),
         Num(tt.basic(Kind::Float64), 0x3ff0000000000000ULL),
         Num(tt.basic(Kind::Float64), 0x4008000000000000ULL),
         Num(tt.basic(Kind::Float64), 0x3ff0000000000000ULL)},
        "1.00000|2.00|1|3.|1.000000e+00");
  check("%06.2f|% f|%5.1f|%+v|%-6v|%06v|%x|%F",
        {Num(tt.basic(Kind::Float64), 0xbff8000000000000ULL),
         Num(tt.basic(Kind::Float64), 0x4000000000000000ULL),
         Num(tt.basic(Kind::Float64), 0x7ff8000000000001ULL),
         Num(tt.basic(Kind::Float64), 0x7ff0000000000000ULL),
         Num(tt.basic(Kind::Float64), 0x7ff0000000000000ULL),
         Num(tt.basic(Kind::Float64), 0x7ff8000000000001ULL),
         Num(tt.basic(Kind::Float64), 0x3ff8000000000000ULL),
         Num(tt.basic(Kind::Float64), 0x4004000000000000ULL)},
        "-01.50| 2.000000|  NaN|+Inf|+Inf  |   NaN|0x1.8p+00|2.500000");
  check("%6.2v|%.3v|%10.4g|%.3g|%g",
        {Num(tt.basic(Kind::Float64), 0x400921f9f01b866eULL),
         Num(tt.basic(Kind::Float64), 0x400921f9f01b866eULL),
         Num(tt.basic(Kind::Float64), 0x40fe240000000000ULL),
         Num(tt.basic(Kind::Float64), 0x3f202c9dedbc309dULL),
         Num(tt.basic(Kind::Float64), 0x40f86a0000000000ULL)},
        "   3.1|3.14| 1.235e+05|0.000123|100000");
  check("%s|%q|%#q|%x|% x|%X|%#x",
        {Str("hi"), Str("hi\n"), Str("hi"), Str("hi"), Str("hi"), Str("hi"), Str("hi")},
        "hi|\"hi\\n\"|`hi`|6869|68 69|6869|0x6869");
  check("%10s|%-10s|%.2s|%5.1s|%+q|%v|%#v|%d",
        {Str("abc"), Str("abc"), Str("abc"), Str("abc"), Str("é"), Str("s"), Str("s"), Str("s")},
        "       abc|abc       |ab|    a|\"\\u00e9\"|s|\"s\"|%!d(string=s)");
  check("%5s|%-4s|%q", {Str("é"), Str("世"), Str(std::string_view("\x00", 1))},
        "    é|世   |\"\\x00\"");
  check("%t %v %5t %d", {Bool(true), Bool(false), Bool(true), Bool(true)},
        "true false  true %!d(bool=true)");
  check("%v %d %x %#v %v %#v",
        {SliceInt({1, 2, 3}), SliceInt({1, 2}), SliceInt({10, 255}), SliceInt({1, 2}),
         NilSliceInt(), NilSliceInt()},
        "[1 2 3] [1 2] [a ff] []int{1, 2} [] []int(nil)");
  check("%v %q %#v %s",
        {SliceStr({"a", "b"}), SliceStr({"a", "b"}), SliceStr({"a"}), SliceStr({"x", "y"})},
        "[a b] [\"a\" \"b\"] []string{\"a\"} [x y]");
  check("%s|%x|%v|%#v|%q|% x|%X|%d",
        {Bytes("hi"), Bytes("hi"), Bytes("hi"), Bytes("hi"), Bytes("hi"), Bytes("hi"), Bytes("hi"),
         Bytes("hi")},
        "hi|6869|[104 105]|[]byte{0x68, 0x69}|\"hi\"|68 69|6869|[104 105]");
  check("%v %#v %v %v",
        {MapSI({{"c", 3}, {"b", 2}, {"a", 1}}), MapSI({{"z", 1}, {"a", 2}}),
         MapIS({{3, "c"}, {2, "b"}, {1, "a"}}), NilMapSI()},
        "map[a:1 b:2 c:3] map[string]int{\"a\":2, \"z\":1} map[1:a 2:b 3:c] map[]");
  check("%v|%+v|%#v|%v|%+v|%s|%d",
        {MakeT(1, "x"), MakeT(1, "x"), MakeT(1, "x"), PtrT(2, "y"), PtrT(2, "y"), MakeT(1, "x"),
         MakeT(1, "x")},
        "{1 x}|{A:1 B:x}|main.T{A:1, B:\"x\"}|&{2 y}|&{A:2 B:y}|{%!s(int=1) x}|{1 %!d(string=x)}");
  check("%v %+v %#v", {MakeP(1, 2), MakeP(1, 2), MakeP(1, 2)}, "{1 2} {X:1 y:2} main.P{X:1, y:2}");
  check("%v|%s|%d|%x|%q|%v|%v|%+v|%#v",
        {MakeS(5), MakeS(5), MakeS(5), MakeS(5), MakeS(5), SliceS({1, 2}), MakeT2(3, 4),
         MakeT2(3, 4), MakeS(7)},
        "S<5>|S<5>|5|533c353e|\"S<5>\"|[S<1> S<2>]|{S<3> 4}|{S:S<3> s:4}|7");
  check("%v|%s|%q|%x|%d", {PtrE("boom"), PtrE("boom"), PtrE("boom"), PtrE("boom"), PtrE("boom")},
        "boom|boom|\"boom\"|626f6f6d|&{%!d(string=boom)}");
  check("%v|%d|%T|%s|%#v", {Nil(), Nil(), Nil(), Nil(), Nil()},
        "<nil>|%!d(<nil>)|<nil>|%!s(<nil>)|<nil>");
  check("%T %T %T %T %T %T %T %T",
        {Num(tt.basic(Kind::Int), 1), SliceInt({}), MapSI({}), MakeT(0, ""), PtrT(0, ""),
         Num(tt.basic(Kind::Float32), 0x3f800000ULL), SliceAny({}), MakeS(1)},
        "int []int map[string]int main.T *main.T float32 []interface {} main.S");
  check("%d %d", {Num(tt.basic(Kind::Int), 1)}, "1 %!d(MISSING)");
  check("%d", {Num(tt.basic(Kind::Int), 1), Num(tt.basic(Kind::Int), 2), Str("x")},
        "1%!(EXTRA int=2, string=x)");
  check("%d %", {Num(tt.basic(Kind::Int), 1)}, "1 %!(NOVERB)");
  check("%z %!", {Num(tt.basic(Kind::Int), 1)}, "%!z(int=1) %!!(MISSING)");
  check("%[2]d %[1]d", {Num(tt.basic(Kind::Int), 1), Num(tt.basic(Kind::Int), 2)}, "2 1");
  check("%[3]d %d", {Num(tt.basic(Kind::Int), 1), Num(tt.basic(Kind::Int), 2)}, "%!d(BADINDEX) 1");
  check("%[1]d %[1]x %v", {Num(tt.basic(Kind::Int), 10), Num(tt.basic(Kind::Int), 20)}, "10 a 20");
  check(
      "%*d|%-*d|%.*f|%*d",
      {Num(tt.basic(Kind::Int), 5), Num(tt.basic(Kind::Int), 42), Num(tt.basic(Kind::Int), 5),
       Num(tt.basic(Kind::Int), 42), Num(tt.basic(Kind::Int), 2),
       Num(tt.basic(Kind::Float64), 0x400921f9f01b866eULL), Str("x"), Num(tt.basic(Kind::Int), 1)},
      "   42|42   |3.14|%!(BADWIDTH)1");
  check("%v %#v",
        {SliceAny({Num(tt.basic(Kind::Int), 1), Str("a"), Nil(),
                   Num(tt.basic(Kind::Float64), 0x4004000000000000ULL)}),
         SliceAny({Num(tt.basic(Kind::Int), 1), Str("a"), Nil(),
                   Num(tt.basic(Kind::Float64), 0x4004000000000000ULL)})},
        "[1 a <nil> 2.5] []interface {}{1, \"a\", interface {}(nil), 2.5}");
  check("%v %#v %d", {Arr3({1, 2, 3}), Arr3({1, 2, 3}), Arr3({4, 5, 6})},
        "[1 2 3] [3]int{1, 2, 3} [4 5 6]");
  check("%w", {PtrE("x")}, "%!w(*main.E=&{x})");
  check("%v %.2f %5.1f%%",
        {Num(tt.basic(Kind::Float32), 0x3eaaaaabULL), Num(tt.basic(Kind::Float32), 0x40200000ULL),
         Num(tt.basic(Kind::Float64), 0x4058dc28f5c28f5cULL)},
        "0.33333334 2.50  99.4%");
  check("%x %X % X %#x", {Str(""), Str("\xff"), Str("ab"), Str("")}, " FF 61 62 ");
  check("%08.3f|%-08.3f|%+08d|%x|%#o",
        {Num(tt.basic(Kind::Float64), 0xc00921f9f01b866eULL),
         Num(tt.basic(Kind::Float64), 0x400921f9f01b866eULL), Num(tt.basic(Kind::Int), 42),
         Num(tt.basic(Kind::Int), INT64_MIN), Num(tt.basic(Kind::Int), 0)},
        "-003.142|3.142   |+0000042|-8000000000000000|0");
  check("%v %v", {Num(tt.basic(Kind::Int32), 97), Num(tt.basic(Kind::Uint8), 200)}, "97 200");
  check("%s %v", {Num(tt.basic(Kind::Int), 42), Num(tt.basic(Kind::Int32), 120)},
        "%!s(int=42) 120");
  check("%e %.3e %g %g",
        {Num(tt.basic(Kind::Float64), 0x0ULL), Num(tt.basic(Kind::Float64), 0x40934a456d5cfaadULL),
         Num(tt.basic(Kind::Float64), 0x54b249ad2594c37dULL), Num(tt.basic(Kind::Float64), 0x1ULL)},
        "0.000000e+00 1.235e+03 1e+100 5e-324");
  check("no verbs", {}, "no verbs");
  check("%.1s|%.10q|%5.2q", {Str("日本語"), Str("日本語"), Str("abc")}, "日|\"日本語\"| \"ab\"");
  check("%U %#U %x %X",
        {Num(tt.basic(Kind::Int), -1), Num(tt.basic(Kind::Int), 268435455),
         Num(tt.basic(Kind::Int32), 233), Str("é")},
        "U+FFFFFFFFFFFFFFFF U+FFFFFFF e9 C3A9");
  checkPrint({Str("a"), Num(tt.basic(Kind::Int), 1), Num(tt.basic(Kind::Int), 2), Str("b"),
              Num(tt.basic(Kind::Float64), 0x4008000000000000ULL), Str("c")},
             "a1 2b3c", "a 1 2 b 3 c\n");
  checkPrint({Num(tt.basic(Kind::Int), 1), Num(tt.basic(Kind::Int), 2)}, "1 2", "1 2\n");
  checkPrint({Str("a"), Str("b")}, "ab", "a b\n");
  checkPrint({Nil(), Num(tt.basic(Kind::Int), 1), Nil()}, "<nil> 1 <nil>", "<nil> 1 <nil>\n");
  checkPrint({MakeT(1, "x"), Num(tt.basic(Kind::Int), 2)}, "{1 x} 2", "{1 x} 2\n");
  checkPrint({MakeS(1), MakeS(2)}, "S<1> S<2>", "S<1> S<2>\n");
  checkPrint(
      {Num(tt.basic(Kind::Float64), 0x3ff8000000000000ULL), Bool(true), Str("x"), SliceInt({1})},
      "1.5 truex[1]", "1.5 true x [1]\n");
  // Errorf: "wrap: inner"
}

TEST_F(FmtTest, NativesMatchGo) {
  checkNative("strings", "Split", {ArgS("a,b,c"), ArgS(",")}, rStrings, "[\"a\" \"b\" \"c\"]");
  checkNative("strings", "Split", {ArgS("abc"), ArgS("")}, rStrings, "[\"a\" \"b\" \"c\"]");
  checkNative("strings", "Split", {ArgS(""), ArgS(",")}, rStrings, "[\"\"]");
  checkNative("strings", "Split", {ArgS("a,,b,"), ArgS(",")}, rStrings, "[\"a\" \"\" \"b\" \"\"]");
  checkNative("strings", "SplitN", {ArgS("a,b,c,d"), ArgS(","), ArgI(2)}, rStrings,
              "[\"a\" \"b,c,d\"]");
  checkNative("strings", "SplitN", {ArgS("a,b"), ArgS(","), ArgI(0)}, rStrings, "[]");
  checkNative("strings", "SplitAfter", {ArgS("a,b"), ArgS(",")}, rStrings, "[\"a,\" \"b\"]");
  checkNative("strings", "Fields", {ArgS("  a b\t c\n ")}, rStrings, "[\"a\" \"b\" \"c\"]");
  checkNative("strings", "Fields", {ArgS("")}, rStrings, "[]");
  checkNative("strings", "Replace", {ArgS("aaaa"), ArgS("a"), ArgS("b"), ArgI(2)}, rString,
              "\"bbaa\"");
  checkNative("strings", "Replace", {ArgS("abc"), ArgS(""), ArgS("-"), ArgI(-1)}, rString,
              "\"-a-b-c-\"");
  checkNative("strings", "Replace", {ArgS("héllo"), ArgS(""), ArgS("|"), ArgI(3)}, rString,
              "\"|h|é|llo\"");
  checkNative("strings", "ToUpper", {ArgS("héllo wörld ÿ")}, rString, "\"HÉLLO WÖRLD Ÿ\"");
  checkNative("strings", "ToLower", {ArgS("HÉLLO Σ ΑΒΓ")}, rString, "\"héllo σ αβγ\"");
  checkNative("strings", "TrimSpace", {ArgS("  x y \n")}, rString, "\"x y\"");
  checkNative("strings", "Trim", {ArgS("xxhixx"), ArgS("x")}, rString, "\"hi\"");
  checkNative("strings", "TrimLeft", {ArgS("xxhixx"), ArgS("x")}, rString, "\"hixx\"");
  checkNative("strings", "TrimRight", {ArgS("abccc"), ArgS("c")}, rString, "\"ab\"");
  checkNative("strings", "Trim", {ArgS("¡¡hola!!"), ArgS("!¡")}, rString, "\"hola\"");
  checkNative("strings", "Index", {ArgS("chicken"), ArgS("ken")}, rInt, "'\\x04'");
  checkNative("strings", "Index", {ArgS("chicken"), ArgS("")}, rInt, "'\\x00'");
  checkNative("strings", "LastIndex", {ArgS("go gopher"), ArgS("go")}, rInt, "'\\x03'");
  checkNative("strings", "LastIndex", {ArgS("go"), ArgS("")}, rInt, "'\\x02'");
  checkNative("strings", "Count", {ArgS("cheese"), ArgS("e")}, rInt, "'\\x03'");
  checkNative("strings", "Count", {ArgS("five"), ArgS("")}, rInt, "'\\x05'");
  checkNative("strings", "IndexRune", {ArgS("chicken"), ArgI(107)}, rInt, "'\\x04'");
  checkNative("strings", "IndexRune", {ArgS("héllo"), ArgI(108)}, rInt, "'\\x03'");
  checkNative("strings", "IndexAny", {ArgS("golang"), ArgS("xyzn")}, rInt, "'\\x04'");
  checkNative("strings", "LastIndexAny", {ArgS("golang"), ArgS("go")}, rInt, "'\\x05'");
  checkNative("strings", "Join", {ArgSS({"a", "b", "c"}), ArgS("-")}, rString, "\"a-b-c\"");
  checkNative("strings", "Join", {ArgSS({}), ArgS("-")}, rString, "\"\"");
  checkNative("strings", "repeat", {ArgS("ab"), ArgI(3)}, rString, "\"ababab\"");
  checkNative("strings", "EqualFold", {ArgS("Gopher"), ArgS("GOPHER")}, rBool, "%!q(bool=true)");
  checkNative("strings", "EqualFold", {ArgS("Straße"), ArgS("STRASSE")}, rBool, "%!q(bool=false)");
  checkNative("strings", "EqualFold", {ArgS("k"), ArgS("K")}, rBool, "%!q(bool=true)");
  checkNative("strings", "ContainsAny", {ArgS("hello"), ArgS("xyz")}, rBool, "%!q(bool=false)");
  checkNative("strings", "Contains", {ArgS("seafood"), ArgS("foo")}, rBool, "%!q(bool=true)");
  checkNative("strings", "Title", {ArgS("hello wOrld-foo bar_baz")}, rString,
              "\"Hello WOrld-Foo Bar_baz\"");
  checkNative("unicode/utf8", "RuneCountInString", {ArgS("héllo\xff")}, rInt, "'\\x06'");
  checkNative("unicode/utf8", "ValidString",
              {ArgS("a\xff"
                    "b")},
              rBool, "%!q(bool=false)");
  checkNative("strconv", "Quote", {ArgS("a\tb")}, rString, "\"\\\"a\\\\tb\\\"\"");
  checkNative("strconv", "formatInt", {ArgI(-255), ArgI(16)}, rString, "\"-ff\"");
}

// Go's math results for common arguments (Exp and friends come from libm and are not listed).
TEST_F(FmtTest, MathMatchesGo) {
  checkNative("math", "Pow", {ArgF(1.1), ArgF(10)}, rFloat, "%!q(float64=2.593742460100002)");
  checkNative("math", "Pow", {ArgF(2), ArgF(0.5)}, rFloat, "%!q(float64=1.4142135623730951)");
  checkNative("math", "Pow", {ArgF(1.05), ArgF(30)}, rFloat, "%!q(float64=4.3219423751506625)");
  checkNative("math", "Pow", {ArgF(3), ArgF(-2)}, rFloat, "%!q(float64=0.1111111111111111)");
  checkNative("math", "Pow", {ArgF(2.5), ArgF(3.7)}, rFloat, "%!q(float64=29.67413253642086)");
  checkNative("math", "Pow", {ArgF(10), ArgF(15)}, rFloat, "%!q(float64=1e+15)");
  checkNative("math", "Pow", {ArgF(-2), ArgF(3)}, rFloat, "%!q(float64=-8)");
  checkNative("math", "Pow", {ArgF(7), ArgF(-3)}, rFloat, "%!q(float64=0.0029154518950437317)");
  checkNative("math", "Pow", {ArgF(0.1), ArgF(3)}, rFloat, "%!q(float64=0.0010000000000000002)");
  checkNative("math", "Pow", {ArgF(1.0001), ArgF(10000)}, rFloat, "%!q(float64=2.718145926824356)");
  checkNative("math", "Pow", {ArgF(9.5), ArgF(2)}, rFloat, "%!q(float64=90.25)");
  checkNative("math", "Pow", {ArgF(123.456), ArgF(1.5)}, rFloat, "%!q(float64=1371.7289437796433)");
  checkNative("math", "Pow", {ArgF(2), ArgF(64)}, rFloat, "%!q(float64=1.8446744073709552e+19)");
  checkNative("math", "Pow", {ArgF(-8), ArgF(0.3333333333333333)}, rFloat, "%!q(float64=NaN)");
  checkNative("math", "Mod", {ArgF(1.1), ArgF(10)}, rFloat, "%!q(float64=1.1)");
  checkNative("math", "Mod", {ArgF(2), ArgF(0.5)}, rFloat, "%!q(float64=0)");
  checkNative("math", "Mod", {ArgF(1.05), ArgF(30)}, rFloat, "%!q(float64=1.05)");
  checkNative("math", "Mod", {ArgF(3), ArgF(-2)}, rFloat, "%!q(float64=1)");
  checkNative("math", "Mod", {ArgF(2.5), ArgF(3.7)}, rFloat, "%!q(float64=2.5)");
  checkNative("math", "Mod", {ArgF(10), ArgF(15)}, rFloat, "%!q(float64=10)");
  checkNative("math", "Mod", {ArgF(-2), ArgF(3)}, rFloat, "%!q(float64=-2)");
  checkNative("math", "Mod", {ArgF(7), ArgF(-3)}, rFloat, "%!q(float64=1)");
  checkNative("math", "Mod", {ArgF(0.1), ArgF(3)}, rFloat, "%!q(float64=0.1)");
  checkNative("math", "Mod", {ArgF(1.0001), ArgF(10000)}, rFloat, "%!q(float64=1.0001)");
  checkNative("math", "Mod", {ArgF(9.5), ArgF(2)}, rFloat, "%!q(float64=1.5)");
  checkNative("math", "Mod", {ArgF(123.456), ArgF(1.5)}, rFloat,
              "%!q(float64=0.45600000000000307)");
  checkNative("math", "Mod", {ArgF(2), ArgF(64)}, rFloat, "%!q(float64=2)");
  checkNative("math", "Mod", {ArgF(-8), ArgF(0.3333333333333333)}, rFloat,
              "%!q(float64=-4.440892098500626e-16)");
  checkNative("math", "Hypot", {ArgF(1.1), ArgF(10)}, rFloat, "%!q(float64=10.060318086422518)");
  checkNative("math", "Hypot", {ArgF(2), ArgF(0.5)}, rFloat, "%!q(float64=2.0615528128088303)");
  checkNative("math", "Hypot", {ArgF(1.05), ArgF(30)}, rFloat, "%!q(float64=30.018369376100363)");
  checkNative("math", "Hypot", {ArgF(3), ArgF(-2)}, rFloat, "%!q(float64=3.6055512754639896)");
  checkNative("math", "Hypot", {ArgF(2.5), ArgF(3.7)}, rFloat, "%!q(float64=4.465422712353221)");
  checkNative("math", "Hypot", {ArgF(10), ArgF(15)}, rFloat, "%!q(float64=18.027756377319946)");
  checkNative("math", "Hypot", {ArgF(-2), ArgF(3)}, rFloat, "%!q(float64=3.6055512754639896)");
  checkNative("math", "Hypot", {ArgF(7), ArgF(-3)}, rFloat, "%!q(float64=7.615773105863909)");
  checkNative("math", "Hypot", {ArgF(0.1), ArgF(3)}, rFloat, "%!q(float64=3.0016662039607267)");
  checkNative("math", "Hypot", {ArgF(1.0001), ArgF(10000)}, rFloat,
              "%!q(float64=10000.000050010001)");
  checkNative("math", "Hypot", {ArgF(9.5), ArgF(2)}, rFloat, "%!q(float64=9.7082439194738)");
  checkNative("math", "Hypot", {ArgF(123.456), ArgF(1.5)}, rFloat,
              "%!q(float64=123.46511222203624)");
  checkNative("math", "Hypot", {ArgF(2), ArgF(64)}, rFloat, "%!q(float64=64.03124237432849)");
  checkNative("math", "Hypot", {ArgF(-8), ArgF(0.3333333333333333)}, rFloat,
              "%!q(float64=8.006941432976209)");
  checkNative("math", "Atan2", {ArgF(1.1), ArgF(10)}, rFloat, "%!q(float64=0.10955952677394436)");
  checkNative("math", "Atan2", {ArgF(2), ArgF(0.5)}, rFloat, "%!q(float64=1.3258176636680323)");
  checkNative("math", "Atan2", {ArgF(1.05), ArgF(30)}, rFloat, "%!q(float64=0.034985718828525754)");
  checkNative("math", "Atan2", {ArgF(3), ArgF(-2)}, rFloat, "%!q(float64=2.158798930342464)");
  checkNative("math", "Atan2", {ArgF(2.5), ArgF(3.7)}, rFloat, "%!q(float64=0.5942137038004338)");
  checkNative("math", "Atan2", {ArgF(10), ArgF(15)}, rFloat, "%!q(float64=0.5880026035475675)");
  checkNative("math", "Atan2", {ArgF(-2), ArgF(3)}, rFloat, "%!q(float64=-0.5880026035475675)");
  checkNative("math", "Atan2", {ArgF(7), ArgF(-3)}, rFloat, "%!q(float64=1.97568811307998)");
  checkNative("math", "Atan2", {ArgF(0.1), ArgF(3)}, rFloat, "%!q(float64=0.033320995878247196)");
  checkNative("math", "Atan2", {ArgF(1.0001), ArgF(10000)}, rFloat,
              "%!q(float64=0.00010000999966656666)");
  checkNative("math", "Atan2", {ArgF(9.5), ArgF(2)}, rFloat, "%!q(float64=1.3633001003596938)");
  checkNative("math", "Atan2", {ArgF(123.456), ArgF(1.5)}, rFloat,
              "%!q(float64=1.5586468468640515)");
  checkNative("math", "Atan2", {ArgF(2), ArgF(64)}, rFloat, "%!q(float64=0.031239833430268277)");
  checkNative("math", "Atan2", {ArgF(-8), ArgF(0.3333333333333333)}, rFloat,
              "%!q(float64=-1.5291537476963082)");
  checkNative("math", "Max", {ArgF(1.1), ArgF(10)}, rFloat, "%!q(float64=10)");
  checkNative("math", "Max", {ArgF(2), ArgF(0.5)}, rFloat, "%!q(float64=2)");
  checkNative("math", "Max", {ArgF(1.05), ArgF(30)}, rFloat, "%!q(float64=30)");
  checkNative("math", "Max", {ArgF(3), ArgF(-2)}, rFloat, "%!q(float64=3)");
  checkNative("math", "Max", {ArgF(2.5), ArgF(3.7)}, rFloat, "%!q(float64=3.7)");
  checkNative("math", "Max", {ArgF(10), ArgF(15)}, rFloat, "%!q(float64=15)");
  checkNative("math", "Max", {ArgF(-2), ArgF(3)}, rFloat, "%!q(float64=3)");
  checkNative("math", "Max", {ArgF(7), ArgF(-3)}, rFloat, "%!q(float64=7)");
  checkNative("math", "Max", {ArgF(0.1), ArgF(3)}, rFloat, "%!q(float64=3)");
  checkNative("math", "Max", {ArgF(1.0001), ArgF(10000)}, rFloat, "%!q(float64=10000)");
  checkNative("math", "Max", {ArgF(9.5), ArgF(2)}, rFloat, "%!q(float64=9.5)");
  checkNative("math", "Max", {ArgF(123.456), ArgF(1.5)}, rFloat, "%!q(float64=123.456)");
  checkNative("math", "Max", {ArgF(2), ArgF(64)}, rFloat, "%!q(float64=64)");
  checkNative("math", "Max", {ArgF(-8), ArgF(0.3333333333333333)}, rFloat,
              "%!q(float64=0.3333333333333333)");
  checkNative("math", "Min", {ArgF(1.1), ArgF(10)}, rFloat, "%!q(float64=1.1)");
  checkNative("math", "Min", {ArgF(2), ArgF(0.5)}, rFloat, "%!q(float64=0.5)");
  checkNative("math", "Min", {ArgF(1.05), ArgF(30)}, rFloat, "%!q(float64=1.05)");
  checkNative("math", "Min", {ArgF(3), ArgF(-2)}, rFloat, "%!q(float64=-2)");
  checkNative("math", "Min", {ArgF(2.5), ArgF(3.7)}, rFloat, "%!q(float64=2.5)");
  checkNative("math", "Min", {ArgF(10), ArgF(15)}, rFloat, "%!q(float64=10)");
  checkNative("math", "Min", {ArgF(-2), ArgF(3)}, rFloat, "%!q(float64=-2)");
  checkNative("math", "Min", {ArgF(7), ArgF(-3)}, rFloat, "%!q(float64=-3)");
  checkNative("math", "Min", {ArgF(0.1), ArgF(3)}, rFloat, "%!q(float64=0.1)");
  checkNative("math", "Min", {ArgF(1.0001), ArgF(10000)}, rFloat, "%!q(float64=1.0001)");
  checkNative("math", "Min", {ArgF(9.5), ArgF(2)}, rFloat, "%!q(float64=2)");
  checkNative("math", "Min", {ArgF(123.456), ArgF(1.5)}, rFloat, "%!q(float64=1.5)");
  checkNative("math", "Min", {ArgF(2), ArgF(64)}, rFloat, "%!q(float64=2)");
  checkNative("math", "Min", {ArgF(-8), ArgF(0.3333333333333333)}, rFloat, "%!q(float64=-8)");
  checkNative("math", "Sqrt", {ArgF(0.5)}, rFloat, "%!q(float64=0.7071067811865476)");
  checkNative("math", "Sqrt", {ArgF(1)}, rFloat, "%!q(float64=1)");
  checkNative("math", "Sqrt", {ArgF(2)}, rFloat, "%!q(float64=1.4142135623730951)");
  checkNative("math", "Sqrt", {ArgF(3)}, rFloat, "%!q(float64=1.7320508075688772)");
  checkNative("math", "Sqrt", {ArgF(10)}, rFloat, "%!q(float64=3.1622776601683795)");
  checkNative("math", "Sqrt", {ArgF(0.1)}, rFloat, "%!q(float64=0.31622776601683794)");
  checkNative("math", "Sqrt", {ArgF(100.25)}, rFloat, "%!q(float64=10.012492197250394)");
  checkNative("math", "Sqrt", {ArgF(-2.5)}, rFloat, "%!q(float64=NaN)");
  checkNative("math", "Sqrt", {ArgF(1e+10)}, rFloat, "%!q(float64=100000)");
  checkNative("math", "Sqrt", {ArgF(1234.5678)}, rFloat, "%!q(float64=35.13641700572214)");
  checkNative("math", "Sqrt", {ArgF(0.7853981633974483)}, rFloat,
              "%!q(float64=0.8862269254527579)");
  checkNative("math", "Sqrt", {ArgF(0.3)}, rFloat, "%!q(float64=0.5477225575051661)");
  checkNative("math", "Sqrt", {ArgF(-0.75)}, rFloat, "%!q(float64=NaN)");
  checkNative("math", "Sqrt", {ArgF(0.99)}, rFloat, "%!q(float64=0.99498743710662)");
  checkNative("math", "Sqrt", {ArgF(7)}, rFloat, "%!q(float64=2.6457513110645907)");
  checkNative("math", "Sqrt", {ArgF(1e-300)}, rFloat, "%!q(float64=1e-150)");
  checkNative("math", "Sqrt", {ArgF(2.2e-310)}, rFloat, "%!q(float64=1.483239697419127e-155)");
  checkNative("math", "Sqrt", {ArgF(5e+08)}, rFloat, "%!q(float64=22360.679774997898)");
  checkNative("math", "Sqrt", {ArgF(12345.678)}, rFloat, "%!q(float64=111.11110655555547)");
  checkNative("math", "Sqrt", {ArgF(0.001)}, rFloat, "%!q(float64=0.03162277660168379)");
  checkNative("math", "Sin", {ArgF(0.5)}, rFloat, "%!q(float64=0.479425538604203)");
  checkNative("math", "Sin", {ArgF(1)}, rFloat, "%!q(float64=0.8414709848078965)");
  checkNative("math", "Sin", {ArgF(2)}, rFloat, "%!q(float64=0.9092974268256816)");
  checkNative("math", "Sin", {ArgF(3)}, rFloat, "%!q(float64=0.1411200080598672)");
  checkNative("math", "Sin", {ArgF(10)}, rFloat, "%!q(float64=-0.5440211108893699)");
  checkNative("math", "Sin", {ArgF(0.1)}, rFloat, "%!q(float64=0.09983341664682815)");
  checkNative("math", "Sin", {ArgF(100.25)}, rFloat, "%!q(float64=-0.27728285645485135)");
  checkNative("math", "Sin", {ArgF(-2.5)}, rFloat, "%!q(float64=-0.5984721441039564)");
  checkNative("math", "Sin", {ArgF(1234.5678)}, rFloat, "%!q(float64=0.07803344920002027)");
  checkNative("math", "Sin", {ArgF(0.7853981633974483)}, rFloat, "%!q(float64=0.7071067811865475)");
  checkNative("math", "Sin", {ArgF(0.3)}, rFloat, "%!q(float64=0.29552020666133955)");
  checkNative("math", "Sin", {ArgF(-0.75)}, rFloat, "%!q(float64=-0.6816387600233342)");
  checkNative("math", "Sin", {ArgF(0.99)}, rFloat, "%!q(float64=0.8360259786005205)");
  checkNative("math", "Sin", {ArgF(7)}, rFloat, "%!q(float64=0.6569865987187891)");
  checkNative("math", "Sin", {ArgF(1e-300)}, rFloat, "%!q(float64=1e-300)");
  checkNative("math", "Sin", {ArgF(2.2e-310)}, rFloat, "%!q(float64=2.2e-310)");
  checkNative("math", "Sin", {ArgF(5e+08)}, rFloat, "%!q(float64=-0.28470407323754404)");
  checkNative("math", "Sin", {ArgF(12345.678)}, rFloat, "%!q(float64=-0.7040813137533816)");
  checkNative("math", "Sin", {ArgF(0.001)}, rFloat, "%!q(float64=0.0009999998333333417)");
  checkNative("math", "Cos", {ArgF(0.5)}, rFloat, "%!q(float64=0.8775825618903728)");
  checkNative("math", "Cos", {ArgF(1)}, rFloat, "%!q(float64=0.5403023058681398)");
  checkNative("math", "Cos", {ArgF(2)}, rFloat, "%!q(float64=-0.4161468365471424)");
  checkNative("math", "Cos", {ArgF(3)}, rFloat, "%!q(float64=-0.9899924966004454)");
  checkNative("math", "Cos", {ArgF(10)}, rFloat, "%!q(float64=-0.8390715290764524)");
  checkNative("math", "Cos", {ArgF(0.1)}, rFloat, "%!q(float64=0.9950041652780257)");
  checkNative("math", "Cos", {ArgF(100.25)}, rFloat, "%!q(float64=0.9607883312760612)");
  checkNative("math", "Cos", {ArgF(-2.5)}, rFloat, "%!q(float64=-0.8011436155469337)");
  checkNative("math", "Cos", {ArgF(1e+10)}, rFloat, "%!q(float64=0.873119622676856)");
  checkNative("math", "Cos", {ArgF(1234.5678)}, rFloat, "%!q(float64=-0.9969507414140119)");
  checkNative("math", "Cos", {ArgF(0.7853981633974483)}, rFloat, "%!q(float64=0.7071067811865476)");
  checkNative("math", "Cos", {ArgF(0.3)}, rFloat, "%!q(float64=0.955336489125606)");
  checkNative("math", "Cos", {ArgF(-0.75)}, rFloat, "%!q(float64=0.7316888688738209)");
  checkNative("math", "Cos", {ArgF(0.99)}, rFloat, "%!q(float64=0.5486898605815876)");
  checkNative("math", "Cos", {ArgF(7)}, rFloat, "%!q(float64=0.7539022543433046)");
  checkNative("math", "Cos", {ArgF(1e-300)}, rFloat, "%!q(float64=1)");
  checkNative("math", "Cos", {ArgF(2.2e-310)}, rFloat, "%!q(float64=1)");
  checkNative("math", "Cos", {ArgF(5e+08)}, rFloat, "%!q(float64=-0.9586154550610746)");
  checkNative("math", "Cos", {ArgF(12345.678)}, rFloat, "%!q(float64=0.7101193587160627)");
  checkNative("math", "Cos", {ArgF(0.001)}, rFloat, "%!q(float64=0.9999995000000417)");
  checkNative("math", "Tan", {ArgF(0.5)}, rFloat, "%!q(float64=0.5463024898437905)");
  checkNative("math", "Tan", {ArgF(1)}, rFloat, "%!q(float64=1.557407724654902)");
  checkNative("math", "Tan", {ArgF(2)}, rFloat, "%!q(float64=-2.185039863261519)");
  checkNative("math", "Tan", {ArgF(3)}, rFloat, "%!q(float64=-0.1425465430742778)");
  checkNative("math", "Tan", {ArgF(10)}, rFloat, "%!q(float64=0.6483608274590867)");
  checkNative("math", "Tan", {ArgF(0.1)}, rFloat, "%!q(float64=0.10033467208545055)");
  checkNative("math", "Tan", {ArgF(100.25)}, rFloat, "%!q(float64=-0.28859931727790755)");
  checkNative("math", "Tan", {ArgF(-2.5)}, rFloat, "%!q(float64=0.7470222972386603)");
  checkNative("math", "Tan", {ArgF(1234.5678)}, rFloat, "%!q(float64=-0.07827212113744211)");
  checkNative("math", "Tan", {ArgF(0.7853981633974483)}, rFloat, "%!q(float64=1)");
  checkNative("math", "Tan", {ArgF(0.3)}, rFloat, "%!q(float64=0.30933624960962325)");
  checkNative("math", "Tan", {ArgF(-0.75)}, rFloat, "%!q(float64=-0.9315964599440725)");
  checkNative("math", "Tan", {ArgF(0.99)}, rFloat, "%!q(float64=1.523676741017902)");
  checkNative("math", "Tan", {ArgF(7)}, rFloat, "%!q(float64=0.8714479827243188)");
  checkNative("math", "Tan", {ArgF(1e-300)}, rFloat, "%!q(float64=1e-300)");
  checkNative("math", "Tan", {ArgF(2.2e-310)}, rFloat, "%!q(float64=2.2e-310)");
  checkNative("math", "Tan", {ArgF(5e+08)}, rFloat, "%!q(float64=0.2969950794496686)");
  checkNative("math", "Tan", {ArgF(12345.678)}, rFloat, "%!q(float64=-0.9914971407432149)");
  checkNative("math", "Tan", {ArgF(0.001)}, rFloat, "%!q(float64=0.0010000003333334668)");
  checkNative("math", "Exp", {ArgF(0.5)}, rFloat, "%!q(float64=1.6487212707001282)");
  checkNative("math", "Exp", {ArgF(1)}, rFloat, "%!q(float64=2.718281828459045)");
  checkNative("math", "Exp", {ArgF(2)}, rFloat, "%!q(float64=7.38905609893065)");
  checkNative("math", "Exp", {ArgF(3)}, rFloat, "%!q(float64=20.085536923187668)");
  checkNative("math", "Exp", {ArgF(10)}, rFloat, "%!q(float64=22026.465794806718)");
  checkNative("math", "Exp", {ArgF(0.1)}, rFloat, "%!q(float64=1.1051709180756477)");
  checkNative("math", "Exp", {ArgF(100.25)}, rFloat, "%!q(float64=3.451610733125924e+43)");
  checkNative("math", "Exp", {ArgF(-2.5)}, rFloat, "%!q(float64=0.0820849986238988)");
  checkNative("math", "Exp", {ArgF(1e+10)}, rFloat, "%!q(float64=+Inf)");
  checkNative("math", "Exp", {ArgF(1234.5678)}, rFloat, "%!q(float64=+Inf)");
  checkNative("math", "Exp", {ArgF(0.7853981633974483)}, rFloat, "%!q(float64=2.1932800507380152)");
  checkNative("math", "Exp", {ArgF(0.3)}, rFloat, "%!q(float64=1.3498588075760032)");
  checkNative("math", "Exp", {ArgF(-0.75)}, rFloat, "%!q(float64=0.4723665527410147)");
  checkNative("math", "Exp", {ArgF(0.99)}, rFloat, "%!q(float64=2.691234472349262)");
  checkNative("math", "Exp", {ArgF(7)}, rFloat, "%!q(float64=1096.6331584284585)");
  checkNative("math", "Exp", {ArgF(1e-300)}, rFloat, "%!q(float64=1)");
  checkNative("math", "Exp", {ArgF(2.2e-310)}, rFloat, "%!q(float64=1)");
  checkNative("math", "Exp", {ArgF(5e+08)}, rFloat, "%!q(float64=+Inf)");
  checkNative("math", "Exp", {ArgF(12345.678)}, rFloat, "%!q(float64=+Inf)");
  checkNative("math", "Exp", {ArgF(0.001)}, rFloat, "%!q(float64=1.0010005001667084)");
  checkNative("math", "Log", {ArgF(0.5)}, rFloat, "%!q(float64=-0.6931471805599453)");
  checkNative("math", "Log", {ArgF(1)}, rFloat, "%!q(float64=0)");
  checkNative("math", "Log", {ArgF(2)}, rFloat, "%!q(float64=0.6931471805599453)");
  checkNative("math", "Log", {ArgF(3)}, rFloat, "%!q(float64=1.0986122886681096)");
  checkNative("math", "Log", {ArgF(10)}, rFloat, "%!q(float64=2.302585092994046)");
  checkNative("math", "Log", {ArgF(0.1)}, rFloat, "%!q(float64=-2.3025850929940455)");
  checkNative("math", "Log", {ArgF(100.25)}, rFloat, "%!q(float64=4.6076670661866785)");
  checkNative("math", "Log", {ArgF(-2.5)}, rFloat, "%!q(float64=NaN)");
  checkNative("math", "Log", {ArgF(1e+10)}, rFloat, "%!q(float64=23.025850929940457)");
  checkNative("math", "Log", {ArgF(1234.5678)}, rFloat, "%!q(float64=7.118476228297786)");
  checkNative("math", "Log", {ArgF(0.7853981633974483)}, rFloat,
              "%!q(float64=-0.2415644752704905)");
  checkNative("math", "Log", {ArgF(0.3)}, rFloat, "%!q(float64=-1.2039728043259361)");
  checkNative("math", "Log", {ArgF(-0.75)}, rFloat, "%!q(float64=NaN)");
  checkNative("math", "Log", {ArgF(0.99)}, rFloat, "%!q(float64=-0.01005033585350145)");
  checkNative("math", "Log", {ArgF(7)}, rFloat, "%!q(float64=1.9459101490553132)");
  checkNative("math", "Log", {ArgF(1e-300)}, rFloat, "%!q(float64=-690.7755278982137)");
  checkNative("math", "Log", {ArgF(2.2e-310)}, rFloat, "%!q(float64=-709.0797269602334)");
  checkNative("math", "Log", {ArgF(5e+08)}, rFloat, "%!q(float64=20.030118656386467)");
  checkNative("math", "Log", {ArgF(12345.678)}, rFloat, "%!q(float64=9.421061321291832)");
  checkNative("math", "Log", {ArgF(0.001)}, rFloat, "%!q(float64=-6.907755278982137)");
  checkNative("math", "Atan", {ArgF(0.5)}, rFloat, "%!q(float64=0.4636476090008061)");
  checkNative("math", "Atan", {ArgF(1)}, rFloat, "%!q(float64=0.7853981633974483)");
  checkNative("math", "Atan", {ArgF(2)}, rFloat, "%!q(float64=1.1071487177940904)");
  checkNative("math", "Atan", {ArgF(3)}, rFloat, "%!q(float64=1.2490457723982544)");
  checkNative("math", "Atan", {ArgF(10)}, rFloat, "%!q(float64=1.4711276743037345)");
  checkNative("math", "Atan", {ArgF(0.1)}, rFloat, "%!q(float64=0.09966865249116204)");
  checkNative("math", "Atan", {ArgF(100.25)}, rFloat, "%!q(float64=1.5608215952767879)");
  checkNative("math", "Atan", {ArgF(-2.5)}, rFloat, "%!q(float64=-1.1902899496825317)");
  checkNative("math", "Atan", {ArgF(1e+10)}, rFloat, "%!q(float64=1.5707963266948965)");
  checkNative("math", "Atan", {ArgF(1234.5678)}, rFloat, "%!q(float64=1.5699863269056236)");
  checkNative("math", "Atan", {ArgF(0.7853981633974483)}, rFloat,
              "%!q(float64=0.6657737500283538)");
  checkNative("math", "Atan", {ArgF(0.3)}, rFloat, "%!q(float64=0.2914567944778671)");
  checkNative("math", "Atan", {ArgF(-0.75)}, rFloat, "%!q(float64=-0.6435011087932844)");
  checkNative("math", "Atan", {ArgF(0.99)}, rFloat, "%!q(float64=0.7803730800666359)");
  checkNative("math", "Atan", {ArgF(7)}, rFloat, "%!q(float64=1.4288992721907325)");
  checkNative("math", "Atan", {ArgF(1e-300)}, rFloat, "%!q(float64=1e-300)");
  checkNative("math", "Atan", {ArgF(2.2e-310)}, rFloat, "%!q(float64=2.2e-310)");
  checkNative("math", "Atan", {ArgF(5e+08)}, rFloat, "%!q(float64=1.5707963247948966)");
  checkNative("math", "Atan", {ArgF(12345.678)}, rFloat, "%!q(float64=1.5707153267884317)");
  checkNative("math", "Atan", {ArgF(0.001)}, rFloat, "%!q(float64=0.0009999996666668668)");
  checkNative("math", "Cbrt", {ArgF(0.5)}, rFloat, "%!q(float64=0.7937005259840997)");
  checkNative("math", "Cbrt", {ArgF(1)}, rFloat, "%!q(float64=1)");
  checkNative("math", "Cbrt", {ArgF(2)}, rFloat, "%!q(float64=1.2599210498948732)");
  checkNative("math", "Cbrt", {ArgF(3)}, rFloat, "%!q(float64=1.4422495703074083)");
  checkNative("math", "Cbrt", {ArgF(10)}, rFloat, "%!q(float64=2.154434690031884)");
  checkNative("math", "Cbrt", {ArgF(0.1)}, rFloat, "%!q(float64=0.4641588833612779)");
  checkNative("math", "Cbrt", {ArgF(100.25)}, rFloat, "%!q(float64=4.64545360545127)");
  checkNative("math", "Cbrt", {ArgF(-2.5)}, rFloat, "%!q(float64=-1.3572088082974534)");
  checkNative("math", "Cbrt", {ArgF(1e+10)}, rFloat, "%!q(float64=2154.4346900318837)");
  checkNative("math", "Cbrt", {ArgF(1234.5678)}, rFloat, "%!q(float64=10.727659535728732)");
  checkNative("math", "Cbrt", {ArgF(0.7853981633974483)}, rFloat,
              "%!q(float64=0.9226350743220142)");
  checkNative("math", "Cbrt", {ArgF(0.3)}, rFloat, "%!q(float64=0.6694329500821695)");
  checkNative("math", "Cbrt", {ArgF(-0.75)}, rFloat, "%!q(float64=-0.9085602964160698)");
  checkNative("math", "Cbrt", {ArgF(0.99)}, rFloat, "%!q(float64=0.9966554934125964)");
  checkNative("math", "Cbrt", {ArgF(7)}, rFloat, "%!q(float64=1.9129311827723892)");
  checkNative("math", "Cbrt", {ArgF(1e-300)}, rFloat, "%!q(float64=1e-100)");
  checkNative("math", "Cbrt", {ArgF(2.2e-310)}, rFloat, "%!q(float64=6.036810736797671e-104)");
  checkNative("math", "Cbrt", {ArgF(5e+08)}, rFloat, "%!q(float64=793.7005259840997)");
  checkNative("math", "Cbrt", {ArgF(12345.678)}, rFloat, "%!q(float64=23.11204184662531)");
  checkNative("math", "Cbrt", {ArgF(0.001)}, rFloat, "%!q(float64=0.1)");
  checkNative("math", "Floor", {ArgF(0.5)}, rFloat, "%!q(float64=0)");
  checkNative("math", "Floor", {ArgF(1)}, rFloat, "%!q(float64=1)");
  checkNative("math", "Floor", {ArgF(2)}, rFloat, "%!q(float64=2)");
  checkNative("math", "Floor", {ArgF(3)}, rFloat, "%!q(float64=3)");
  checkNative("math", "Floor", {ArgF(10)}, rFloat, "%!q(float64=10)");
  checkNative("math", "Floor", {ArgF(0.1)}, rFloat, "%!q(float64=0)");
  checkNative("math", "Floor", {ArgF(100.25)}, rFloat, "%!q(float64=100)");
  checkNative("math", "Floor", {ArgF(-2.5)}, rFloat, "%!q(float64=-3)");
  checkNative("math", "Floor", {ArgF(1e+10)}, rFloat, "%!q(float64=1e+10)");
  checkNative("math", "Floor", {ArgF(1234.5678)}, rFloat, "%!q(float64=1234)");
  checkNative("math", "Floor", {ArgF(0.7853981633974483)}, rFloat, "%!q(float64=0)");
  checkNative("math", "Floor", {ArgF(0.3)}, rFloat, "%!q(float64=0)");
  checkNative("math", "Floor", {ArgF(-0.75)}, rFloat, "%!q(float64=-1)");
  checkNative("math", "Floor", {ArgF(0.99)}, rFloat, "%!q(float64=0)");
  checkNative("math", "Floor", {ArgF(7)}, rFloat, "%!q(float64=7)");
  checkNative("math", "Floor", {ArgF(1e-300)}, rFloat, "%!q(float64=0)");
  checkNative("math", "Floor", {ArgF(2.2e-310)}, rFloat, "%!q(float64=0)");
  checkNative("math", "Floor", {ArgF(5e+08)}, rFloat, "%!q(float64=5e+08)");
  checkNative("math", "Floor", {ArgF(12345.678)}, rFloat, "%!q(float64=12345)");
  checkNative("math", "Floor", {ArgF(0.001)}, rFloat, "%!q(float64=0)");
  checkNative("math", "Round", {ArgF(0.5)}, rFloat, "%!q(float64=1)");
  checkNative("math", "Round", {ArgF(1)}, rFloat, "%!q(float64=1)");
  checkNative("math", "Round", {ArgF(2)}, rFloat, "%!q(float64=2)");
  checkNative("math", "Round", {ArgF(3)}, rFloat, "%!q(float64=3)");
  checkNative("math", "Round", {ArgF(10)}, rFloat, "%!q(float64=10)");
  checkNative("math", "Round", {ArgF(0.1)}, rFloat, "%!q(float64=0)");
  checkNative("math", "Round", {ArgF(100.25)}, rFloat, "%!q(float64=100)");
  checkNative("math", "Round", {ArgF(-2.5)}, rFloat, "%!q(float64=-3)");
  checkNative("math", "Round", {ArgF(1e+10)}, rFloat, "%!q(float64=1e+10)");
  checkNative("math", "Round", {ArgF(1234.5678)}, rFloat, "%!q(float64=1235)");
  checkNative("math", "Round", {ArgF(0.7853981633974483)}, rFloat, "%!q(float64=1)");
  checkNative("math", "Round", {ArgF(0.3)}, rFloat, "%!q(float64=0)");
  checkNative("math", "Round", {ArgF(-0.75)}, rFloat, "%!q(float64=-1)");
  checkNative("math", "Round", {ArgF(0.99)}, rFloat, "%!q(float64=1)");
  checkNative("math", "Round", {ArgF(7)}, rFloat, "%!q(float64=7)");
  checkNative("math", "Round", {ArgF(1e-300)}, rFloat, "%!q(float64=0)");
  checkNative("math", "Round", {ArgF(2.2e-310)}, rFloat, "%!q(float64=0)");
  checkNative("math", "Round", {ArgF(5e+08)}, rFloat, "%!q(float64=5e+08)");
  checkNative("math", "Round", {ArgF(12345.678)}, rFloat, "%!q(float64=12346)");
  checkNative("math", "Round", {ArgF(0.001)}, rFloat, "%!q(float64=0)");
  checkNative("math", "Trunc", {ArgF(0.5)}, rFloat, "%!q(float64=0)");
  checkNative("math", "Trunc", {ArgF(1)}, rFloat, "%!q(float64=1)");
  checkNative("math", "Trunc", {ArgF(2)}, rFloat, "%!q(float64=2)");
  checkNative("math", "Trunc", {ArgF(3)}, rFloat, "%!q(float64=3)");
  checkNative("math", "Trunc", {ArgF(10)}, rFloat, "%!q(float64=10)");
  checkNative("math", "Trunc", {ArgF(0.1)}, rFloat, "%!q(float64=0)");
  checkNative("math", "Trunc", {ArgF(100.25)}, rFloat, "%!q(float64=100)");
  checkNative("math", "Trunc", {ArgF(-2.5)}, rFloat, "%!q(float64=-2)");
  checkNative("math", "Trunc", {ArgF(1e+10)}, rFloat, "%!q(float64=1e+10)");
  checkNative("math", "Trunc", {ArgF(1234.5678)}, rFloat, "%!q(float64=1234)");
  checkNative("math", "Trunc", {ArgF(0.7853981633974483)}, rFloat, "%!q(float64=0)");
  checkNative("math", "Trunc", {ArgF(0.3)}, rFloat, "%!q(float64=0)");
  checkNative("math", "Trunc", {ArgF(-0.75)}, rFloat, "%!q(float64=-0)");
  checkNative("math", "Trunc", {ArgF(0.99)}, rFloat, "%!q(float64=0)");
  checkNative("math", "Trunc", {ArgF(7)}, rFloat, "%!q(float64=7)");
  checkNative("math", "Trunc", {ArgF(1e-300)}, rFloat, "%!q(float64=0)");
  checkNative("math", "Trunc", {ArgF(2.2e-310)}, rFloat, "%!q(float64=0)");
  checkNative("math", "Trunc", {ArgF(5e+08)}, rFloat, "%!q(float64=5e+08)");
  checkNative("math", "Trunc", {ArgF(12345.678)}, rFloat, "%!q(float64=12345)");
  checkNative("math", "Trunc", {ArgF(0.001)}, rFloat, "%!q(float64=0)");
  checkNative("math", "Asin", {ArgF(0.5)}, rFloat, "%!q(float64=0.5235987755982989)");
  checkNative("math", "Asin", {ArgF(1)}, rFloat, "%!q(float64=1.5707963267948966)");
  checkNative("math", "Asin", {ArgF(2)}, rFloat, "%!q(float64=NaN)");
  checkNative("math", "Asin", {ArgF(3)}, rFloat, "%!q(float64=NaN)");
  checkNative("math", "Asin", {ArgF(10)}, rFloat, "%!q(float64=NaN)");
  checkNative("math", "Asin", {ArgF(0.1)}, rFloat, "%!q(float64=0.1001674211615598)");
  checkNative("math", "Asin", {ArgF(100.25)}, rFloat, "%!q(float64=NaN)");
  checkNative("math", "Asin", {ArgF(-2.5)}, rFloat, "%!q(float64=NaN)");
  checkNative("math", "Asin", {ArgF(1e+10)}, rFloat, "%!q(float64=NaN)");
  checkNative("math", "Asin", {ArgF(1234.5678)}, rFloat, "%!q(float64=NaN)");
  checkNative("math", "Asin", {ArgF(0.7853981633974483)}, rFloat,
              "%!q(float64=0.9033391107665127)");
  checkNative("math", "Asin", {ArgF(0.3)}, rFloat, "%!q(float64=0.3046926540153975)");
  checkNative("math", "Asin", {ArgF(-0.75)}, rFloat, "%!q(float64=-0.848062078981481)");
  checkNative("math", "Asin", {ArgF(0.99)}, rFloat, "%!q(float64=1.4292568534704693)");
  checkNative("math", "Asin", {ArgF(7)}, rFloat, "%!q(float64=NaN)");
  checkNative("math", "Asin", {ArgF(1e-300)}, rFloat, "%!q(float64=1e-300)");
  checkNative("math", "Asin", {ArgF(2.2e-310)}, rFloat, "%!q(float64=2.2e-310)");
  checkNative("math", "Asin", {ArgF(5e+08)}, rFloat, "%!q(float64=NaN)");
  checkNative("math", "Asin", {ArgF(12345.678)}, rFloat, "%!q(float64=NaN)");
  checkNative("math", "Asin", {ArgF(0.001)}, rFloat, "%!q(float64=0.0010000001666667416)");
  checkNative("math", "Acos", {ArgF(0.5)}, rFloat, "%!q(float64=1.0471975511965976)");
  checkNative("math", "Acos", {ArgF(1)}, rFloat, "%!q(float64=0)");
  checkNative("math", "Acos", {ArgF(2)}, rFloat, "%!q(float64=NaN)");
  checkNative("math", "Acos", {ArgF(3)}, rFloat, "%!q(float64=NaN)");
  checkNative("math", "Acos", {ArgF(10)}, rFloat, "%!q(float64=NaN)");
  checkNative("math", "Acos", {ArgF(0.1)}, rFloat, "%!q(float64=1.4706289056333368)");
  checkNative("math", "Acos", {ArgF(100.25)}, rFloat, "%!q(float64=NaN)");
  checkNative("math", "Acos", {ArgF(-2.5)}, rFloat, "%!q(float64=NaN)");
  checkNative("math", "Acos", {ArgF(1e+10)}, rFloat, "%!q(float64=NaN)");
  checkNative("math", "Acos", {ArgF(1234.5678)}, rFloat, "%!q(float64=NaN)");
  checkNative("math", "Acos", {ArgF(0.7853981633974483)}, rFloat,
              "%!q(float64=0.6674572160283838)");
  checkNative("math", "Acos", {ArgF(0.3)}, rFloat, "%!q(float64=1.266103672779499)");
  checkNative("math", "Acos", {ArgF(-0.75)}, rFloat, "%!q(float64=2.4188584057763776)");
  checkNative("math", "Acos", {ArgF(0.99)}, rFloat, "%!q(float64=0.1415394733244273)");
  checkNative("math", "Acos", {ArgF(7)}, rFloat, "%!q(float64=NaN)");
  checkNative("math", "Acos", {ArgF(1e-300)}, rFloat, "%!q(float64=1.5707963267948966)");
  checkNative("math", "Acos", {ArgF(2.2e-310)}, rFloat, "%!q(float64=1.5707963267948966)");
  checkNative("math", "Acos", {ArgF(5e+08)}, rFloat, "%!q(float64=NaN)");
  checkNative("math", "Acos", {ArgF(12345.678)}, rFloat, "%!q(float64=NaN)");
  checkNative("math", "Acos", {ArgF(0.001)}, rFloat, "%!q(float64=1.5697963266282298)");
}

TEST_F(FmtTest, NilPointerWithValueReceiverStringer) {
  // Go calls String through the nil pointer, recovers the panic and prints <nil>.
  check("%v|%s|%d",
        {GoIface{tt.pointerTo(S), nullptr}, GoIface{tt.pointerTo(S), nullptr},
         GoIface{tt.pointerTo(S), nullptr}},
        "<nil>|<nil>|0");
}

TEST_F(FmtTest, ErrorfWrapsOneError) {
  std::vector<GoIface> args = {PtrE("inner")};
  std::string out;
  int wrapped = -2;
  sprintf(out, "wrap: %w", args.data(), args.size(), this, &wrapped);
  EXPECT_EQ(out, "wrap: inner");
  EXPECT_EQ(wrapped, 0);
  out.clear();
  args = {PtrE("a"), PtrE("b")};
  sprintf(out, "%w %w", args.data(), args.size(), this, &wrapped);
  EXPECT_EQ(out, "a %!w(*main.E=&{b})");
  EXPECT_EQ(wrapped, -1);
  out.clear();
  args = {Num(tInt, 3)};
  sprintf(out, "%w", args.data(), args.size(), this, &wrapped);
  EXPECT_EQ(out, "%!w(int=3)");
  EXPECT_EQ(wrapped, -1);
}

TEST_F(FmtTest, FormatValueWithoutContext) {
  std::string out;
  std::int64_t v[2] = {1, 2};
  FmtFlags f;
  f.plusV = true;
  formatValue(out, P, v, 'v', f, nullptr);
  EXPECT_EQ(out, "{X:1 y:2}");
  out.clear();
  FmtFlags w;
  w.widPresent = true;
  w.wid = 6;
  w.zero = true;
  std::int64_t n = -42;
  formatValue(out, tInt, &n, 'd', w, nullptr);
  EXPECT_EQ(out, "-00042");
}

}  // namespace
