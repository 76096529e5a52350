// Type table: interning, Go amd64 layout, GC pointer masks and %T spelling.
#include <gtest/gtest.h>

#include "interp/types.h"

namespace gomi {
namespace {

Field field(const char* name, const Type* t, bool embedded = false) {
  Field f;
  f.name = name;
  f.type = t;
  f.embedded = embedded;
  f.pkg = "main";
  return f;
}

std::vector<bool> maskBits(const Type* t) {
  std::vector<bool> bits;
  for (std::size_t w = 0; w < t->gc.ptrdata / 8; ++w)
    bits.push_back((t->gc.ptrmask[w / 8] >> (w % 8)) & 1);
  return bits;
}

TEST(Types, BasicSizes) {
  TypeTable tt;
  EXPECT_EQ(tt.basic(Kind::Bool)->size, 1);
  EXPECT_EQ(tt.basic(Kind::Int8)->size, 1);
  EXPECT_EQ(tt.basic(Kind::Int16)->align, 2);
  EXPECT_EQ(tt.basic(Kind::Float32)->size, 4);
  EXPECT_EQ(tt.basic(Kind::Int)->size, 8);
  EXPECT_EQ(tt.basic(Kind::String)->size, 16);
  EXPECT_EQ(tt.basic(Kind::String)->align, 8);
  EXPECT_EQ(tt.byteType(), tt.basic(Kind::Uint8));
  EXPECT_EQ(tt.runeType(), tt.basic(Kind::Int32));
  EXPECT_EQ(tt.emptyInterface()->size, 16);
  EXPECT_EQ(tt.sliceOf(tt.basic(Kind::Int))->size, 24);
}

TEST(Types, Interning) {
  TypeTable tt;
  const Type* i = tt.basic(Kind::Int);
  EXPECT_EQ(tt.sliceOf(i), tt.sliceOf(i));
  EXPECT_EQ(tt.mapOf(tt.basic(Kind::String), tt.sliceOf(i)),
            tt.mapOf(tt.basic(Kind::String), tt.sliceOf(i)));
  EXPECT_NE(tt.arrayOf(i, 3), tt.arrayOf(i, 4));
  EXPECT_EQ(tt.funcOf({i}, {i}, false), tt.funcOf({i}, {i}, false));
  EXPECT_NE(tt.funcOf({tt.sliceOf(i)}, {}, true), tt.funcOf({tt.sliceOf(i)}, {}, false));
  EXPECT_EQ(tt.structOf({field("A", i)}), tt.structOf({field("A", i)}));
  EXPECT_EQ(tt.interfaceOf({}), tt.emptyInterface());
  Type* n1 = tt.newNamed("main", "T");
  Type* n2 = tt.newNamed("main", "T");
  EXPECT_NE(n1, n2);  // named types are unique per declaration
}

TEST(Types, StructLayout) {
  TypeTable tt;
  // struct { a bool; b int64; c bool; d int32; e string }
  const Type* s = tt.structOf({field("a", tt.basic(Kind::Bool)), field("b", tt.basic(Kind::Int64)),
                               field("c", tt.basic(Kind::Bool)), field("d", tt.basic(Kind::Int32)),
                               field("e", tt.basic(Kind::String))});
  EXPECT_EQ(s->fields[0].offset, 0);
  EXPECT_EQ(s->fields[1].offset, 8);
  EXPECT_EQ(s->fields[2].offset, 16);
  EXPECT_EQ(s->fields[3].offset, 20);
  EXPECT_EQ(s->fields[4].offset, 24);
  EXPECT_EQ(s->size, 40);
  EXPECT_EQ(s->align, 8);
  // Only the string's pointer word (word 3) may hold a pointer.
  EXPECT_EQ(s->gc.ptrdata, 32u);
  EXPECT_EQ(maskBits(s), (std::vector<bool>{false, false, false, true}));

  // struct { a int8; b int16; c int8 } = 6 bytes, align 2.
  const Type* t = tt.structOf({field("a", tt.basic(Kind::Int8)), field("b", tt.basic(Kind::Int16)),
                               field("c", tt.basic(Kind::Int8))});
  EXPECT_EQ(t->size, 6);
  EXPECT_EQ(t->align, 2);
  EXPECT_EQ(t->gc.ptrdata, 0u);

  // A trailing zero-size field gets padding (unsafe.Sizeof(struct{a int; b struct{}}) == 16).
  const Type* empty = tt.structOf({});
  EXPECT_EQ(empty->size, 0);
  const Type* z = tt.structOf({field("a", tt.basic(Kind::Int)), field("b", empty)});
  EXPECT_EQ(z->size, 16);
}

TEST(Types, PointerMasks) {
  TypeTable tt;
  const Type* i = tt.basic(Kind::Int);
  const Type* iface = tt.emptyInterface();
  EXPECT_EQ(maskBits(iface), (std::vector<bool>{true, true}));
  EXPECT_EQ(maskBits(tt.sliceOf(i)), (std::vector<bool>{true}));
  EXPECT_EQ(tt.sliceOf(i)->gc.ptrdata, 8u);
  EXPECT_EQ(maskBits(tt.pointerTo(i)), (std::vector<bool>{true}));
  EXPECT_EQ(tt.arrayOf(i, 10)->gc.ptrdata, 0u);
  // [3]string: words 0, 2, 4.
  const Type* a = tt.arrayOf(tt.basic(Kind::String), 3);
  EXPECT_EQ(a->size, 48);
  EXPECT_EQ(maskBits(a), (std::vector<bool>{true, false, true, false, true}));
  // struct { n int; m map[int]int; f func(); c chan int }
  const Type* s =
      tt.structOf({field("n", i), field("m", tt.mapOf(i, i)), field("f", tt.funcOf({}, {}, false)),
                   field("c", tt.chanOf(ChanDir::Both, i))});
  EXPECT_EQ(maskBits(s), (std::vector<bool>{false, true, true, true}));
}

TEST(Types, NamedAndRecursive) {
  TypeTable tt;
  // type List struct { next *List; v int }
  Type* list = tt.newNamed("main", "List");
  const Type* u = tt.structOf({field("next", tt.pointerTo(list)), field("v", tt.basic(Kind::Int))});
  tt.setUnderlying(list, u);
  EXPECT_EQ(list->size, 16);
  EXPECT_EQ(list->kind, Kind::Struct);
  EXPECT_EQ(list->u(), u);
  EXPECT_EQ(maskBits(list), (std::vector<bool>{true}));
  EXPECT_EQ(list->str(), "main.List");
  EXPECT_EQ(tt.pointerTo(list)->str(), "*main.List");

  // A struct holding a named type whose underlying type comes later is laid out then.
  Type* a = tt.newNamed("main", "A");
  const Type* holder = tt.structOf({field("a", a), field("s", tt.basic(Kind::String))});
  tt.setUnderlying(a, tt.structOf({field("x", tt.basic(Kind::Int32))}));
  EXPECT_EQ(a->size, 4);
  EXPECT_EQ(holder->size, 24);
  EXPECT_EQ(holder->fields[1].offset, 8);
}

TEST(Types, Str) {
  TypeTable tt;
  const Type* i = tt.basic(Kind::Int);
  const Type* s = tt.basic(Kind::String);
  EXPECT_EQ(tt.structOf({field("A", i), field("B", s)})->str(), "struct { A int; B string }");
  EXPECT_EQ(tt.funcOf({i, tt.sliceOf(s)}, {i, tt.errorType()}, true)->str(),
            "func(int, ...string) (int, error)");
  EXPECT_EQ(tt.funcOf({}, {}, false)->str(), "func()");
  EXPECT_EQ(tt.funcOf({}, {i}, false)->str(), "func() int");
  EXPECT_EQ(tt.mapOf(s, tt.sliceOf(i))->str(), "map[string][]int");
  EXPECT_EQ(tt.chanOf(ChanDir::Send, i)->str(), "chan<- int");
  EXPECT_EQ(tt.chanOf(ChanDir::Recv, i)->str(), "<-chan int");
  EXPECT_EQ(tt.chanOf(ChanDir::Both, tt.chanOf(ChanDir::Recv, i))->str(), "chan (<-chan int)");
  EXPECT_EQ(tt.emptyInterface()->str(), "interface {}");
  EXPECT_EQ(tt.structOf({})->str(), "struct {}");
  EXPECT_EQ(tt.arrayOf(i, 3)->str(), "[3]int");
  EXPECT_EQ(tt.byteType()->str(), "uint8");
  EXPECT_EQ(tt.runeType()->str(), "int32");
  Method m;
  m.name = "String";
  m.sig = tt.funcOf({}, {s}, false);
  EXPECT_EQ(tt.interfaceOf({m})->str(), "interface { String() string }");
  Type* t = tt.newNamed("main", "T");
  tt.setUnderlying(t, tt.structOf({field("X", i)}));
  EXPECT_EQ(tt.structOf({field("T", t, true), field("E", tt.pointerTo(t), true)})->str(),
            "struct { main.T; *main.T }");
  Type* b = tt.newNamed("strings", "Builder");
  tt.setUnderlying(b, tt.structOf({}));
  EXPECT_EQ(b->str(), "strings.Builder");
  Type* u8 = tt.newNamed("unicode/utf8", "X");
  tt.setUnderlying(u8, i);
  EXPECT_EQ(u8->str(), "utf8.X");
}

TEST(Types, MethodSets) {
  TypeTable tt;
  const Type* s = tt.basic(Kind::String);
  const Type* sig = tt.funcOf({}, {s}, false);
  Method want;
  want.name = "String";
  want.sig = sig;
  const Type* stringer = tt.interfaceOf({want});

  Type* v = tt.newNamed("main", "V");  // value receiver
  tt.setUnderlying(v, tt.structOf({}));
  v->methods.push_back(Method{"String", sig, false, nullptr});
  Type* p = tt.newNamed("main", "P");  // pointer receiver
  tt.setUnderlying(p, tt.structOf({}));
  p->methods.push_back(Method{"String", sig, true, nullptr});

  EXPECT_TRUE(implements(v, stringer));
  EXPECT_TRUE(implements(tt.pointerTo(v), stringer));
  bool wrongPtr = false;
  std::string missing;
  EXPECT_FALSE(implements(p, stringer, &missing, &wrongPtr));
  EXPECT_TRUE(wrongPtr);
  EXPECT_EQ(missing, "String");
  EXPECT_TRUE(implements(tt.pointerTo(p), stringer));
  EXPECT_FALSE(implements(tt.basic(Kind::Int), stringer, &missing, &wrongPtr));
  EXPECT_FALSE(wrongPtr);
  EXPECT_TRUE(implements(tt.errorType(), tt.emptyInterface()));

  // Promotion: struct { P } has String only through a pointer; struct { *P } always.
  Field fp;
  fp.name = "P";
  fp.type = p;
  fp.embedded = true;
  Type* outer = tt.newNamed("main", "Outer");
  tt.setUnderlying(outer, tt.structOf({fp}));
  EXPECT_FALSE(implements(outer, stringer));
  EXPECT_TRUE(implements(tt.pointerTo(outer), stringer));
  MethodLookup ml = lookupMethod(tt.pointerTo(outer), "String");
  ASSERT_NE(ml.method, nullptr);
  EXPECT_EQ(ml.path, std::vector<int>{0});
  EXPECT_TRUE(ml.indirect);
  Field fpp = fp;
  fpp.type = tt.pointerTo(p);
  Type* outer2 = tt.newNamed("main", "Outer2");
  tt.setUnderlying(outer2, tt.structOf({fpp}));
  EXPECT_TRUE(implements(outer2, stringer));
  EXPECT_EQ(lookupMethod(stringer, "String").method->name, "String");
}

}  // namespace
}  // namespace gomi
