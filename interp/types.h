// interp/types.h — Go types, shared by the checker, the compiler, the VM and stdlib.
//
// One Type object describes one Go type for the whole life of a program: the checker creates
// them, the compiler reads their layout, and at run time an interface value's first word points
// at one (it is the type descriptor fmt's %T and %v, type switches and map hashing use).
//
// Invariants everything relies on:
//  * Types are interned: two identical Go types are the same Type object, so type identity is
//    pointer equality (at compile time and at run time). TypeTable creates every type.
//  * A named type (`type Celsius float64`, `error`, `int`) is its own Type with `name` set; its
//    `kind` equals its underlying type's kind and its size/align/ptrmask equal the underlying's.
//    Structural fields (elem, fields, params, ...) live on the underlying type: use u().
//  * Layout is Go's on amd64: sizes, alignments, field offsets and padding as unsafe.Sizeof,
//    unsafe.Alignof and unsafe.Offsetof report them.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "gc/heap.h"

namespace gomi {

enum class Kind : std::uint8_t {
  Invalid,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,   // two float32: real, imag (8 bytes, align 4)
  Complex128,  // two float64: real, imag (16 bytes, align 8)
  String,
  UnsafePointer,  // reserved: gomi has no package unsafe
  Array,
  Slice,
  Struct,
  Pointer,
  Func,
  Interface,
  Map,
  Chan,
  // Only during type checking; never the type of a value at run time.
  UntypedBool,
  UntypedInt,
  UntypedRune,
  UntypedFloat,
  UntypedComplex,
  UntypedString,
  UntypedNil,
  Tuple,  // the result list of a multi-value call
};

enum class ChanDir : std::uint8_t { Both, Send, Recv };

struct Type;
struct FuncDecl;  // ast.h
struct Expr;      // ast.h

struct Field {
  std::string name;  // for an embedded field, the type's name
  const Type* type = nullptr;
  std::int64_t offset = 0;
  bool embedded = false;
  bool exported() const;
  std::string pkg;  // package path that declared it (matters for unexported names)
};

// A method declared on a named type (or, for interfaces, a method in the method set).
struct Method {
  std::string name;
  const Type* sig = nullptr;  // Func type WITHOUT the receiver
  bool pointerReceiver = false;
  FuncDecl* decl = nullptr;     // declaring function (nullptr for interface methods and natives)
  const Expr* ftype = nullptr;  // interface methods: the FuncType as written (parameter names
                                //   for error messages); not part of the type's identity
};

struct Type {
  Kind kind = Kind::Invalid;
  std::int64_t size = 0;
  std::int64_t align = 1;

  // Named types. Predeclared types (int, string, error, ...) are named with pkg "".
  std::string name;                   // "" for unnamed types
  std::string pkg;                    // package path: "main", "strings", ... or "" for predeclared
  const Type* underlying_ = nullptr;  // the unnamed underlying type; == this for unnamed types
  std::vector<Method> methods;        // methods declared on this named type, sorted by name

  // Structure (on unnamed types; reach it through u()).
  const Type* elem = nullptr;        // Array, Slice, Pointer, Chan element; Map value
  const Type* key = nullptr;         // Map key
  std::int64_t len = 0;              // Array length
  ChanDir dir = ChanDir::Both;       // Chan
  std::vector<Field> fields;         // Struct
  std::vector<const Type*> params;   // Func parameters (last is a slice when variadic)
  std::vector<const Type*> results;  // Func results; Tuple members
  bool variadic = false;             // Func
  std::vector<Method> imethods;  // Interface method set (embedded interfaces flattened), by name

  // Heap layout handed to gc/: filled by TypeTable when the type is complete.
  gc::GcType gc;
  std::vector<std::uint8_t> ptrmask;  // storage behind gc.ptrmask

  const Type* u() const { return underlying_ ? underlying_ : this; }
  bool named() const { return !name.empty(); }
  bool hasPointers() const { return gc.ptrdata != 0; }
  bool isInteger() const { return kind >= Kind::Int && kind <= Kind::Uintptr; }
  bool isUnsigned() const { return kind >= Kind::Uint && kind <= Kind::Uintptr; }
  bool isFloat() const { return kind == Kind::Float32 || kind == Kind::Float64; }
  bool isComplex() const { return kind == Kind::Complex64 || kind == Kind::Complex128; }
  bool isNumeric() const { return isInteger() || isFloat() || isComplex(); }
  bool isUntyped() const { return kind >= Kind::UntypedBool && kind <= Kind::UntypedNil; }
  // Slots of 8 bytes a value of this type occupies in a VM frame: (size + 7) / 8.
  std::int64_t slots() const { return (size + 7) / 8; }
  // Go's spelling as %T prints it: "int", "main.Point", "[]string", "map[string]int",
  // "*main.T", "func(int, ...string) (int, error)", "struct { A int; b string }",
  // "interface {}", "interface { String() string }", "chan<- int", "[3]int".
  std::string str() const;
};

// Creates and interns every type of a program. Owns them; hands out stable const pointers.
class TypeTable {
 public:
  TypeTable();
  // Predeclared types.
  const Type* basic(Kind k) const;     // int, float64, ..., and the untyped kinds
  const Type* byteType() const;        // alias of uint8 (the same Type: aliases are not new types)
  const Type* runeType() const;        // alias of int32
  const Type* errorType() const;       // the predeclared interface `error`
  const Type* emptyInterface() const;  // interface{} (== any)

  const Type* pointerTo(const Type* elem);
  const Type* sliceOf(const Type* elem);
  const Type* arrayOf(const Type* elem, std::int64_t len);
  const Type* mapOf(const Type* key, const Type* value);
  const Type* chanOf(ChanDir dir, const Type* elem);
  const Type* funcOf(std::vector<const Type*> params, std::vector<const Type*> results,
                     bool variadic);
  const Type* tupleOf(std::vector<const Type*> members);
  const Type* structOf(std::vector<Field> fields);       // computes offsets
  const Type* interfaceOf(std::vector<Method> methods);  // sorts, dedups

  // Named types are created empty and completed once their underlying type is known (they
  // may refer to themselves: type List struct { next *List }).
  Type* newNamed(std::string pkg, std::string name);
  void setUnderlying(Type* named, const Type* underlying);

 private:
  std::deque<std::unique_ptr<Type>> all_;
  std::map<std::string, const Type*> interned_;  // structural key -> type
  std::vector<const Type*> basic_;
  const Type* error_ = nullptr;
  const Type* any_ = nullptr;
  std::vector<Type*> pending_;       // unnamed types waiting for a named part's layout
  std::vector<Type*> pendingNamed_;  // named types whose layout is not known yet
};

// Method set queries used by the checker (assignability) and the VM (interface tables).
// Finds method `name` of `t` (a named type or a pointer to one, or an interface), including
// methods promoted through embedded fields. Returns nullptr when absent.
struct MethodLookup {
  const Method* method = nullptr;
  std::vector<int> path;  // embedded field indices to walk from the receiver
  bool indirect = false;  // path crosses a pointer
};
MethodLookup lookupMethod(const Type* t, const std::string& name);
// True when type t implements interface iface; otherwise *missing names the first missing method.
bool implements(const Type* t, const Type* iface, std::string* missing = nullptr,
                bool* wrongPointer = nullptr);

}  // namespace gomi
