// interp/types.cpp — the type table: interning, Go amd64 layout, GC pointer masks, %T spelling
// and method lookup.
//
// Interning works on a structural key built from the component types' addresses: since every
// component is itself interned, two types with equal keys are identical Go types. Named types
// are never interned (each declaration is its own type). A struct or array may be built from a
// named type whose underlying type is not known yet (legal when the cycle goes through a
// pointer elsewhere); such types are laid out as soon as their parts are complete.
#include "interp/types.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "interp/check.h"

namespace gomi {

bool Field::exported() const {
  return !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
}

namespace {

std::string pkgQualifier(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string key(const Type* t) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", static_cast<const void*>(t));
  return buf;
}

void funcTail(const Type* f, std::string& out) {
  out += '(';
  for (std::size_t i = 0; i < f->params.size(); ++i) {
    if (i) out += ", ";
    if (f->variadic && i + 1 == f->params.size() && f->params[i]->u()->elem) {
      out += "...";
      out += f->params[i]->u()->elem->str();
    } else {
      out += f->params[i]->str();
    }
  }
  out += ')';
  if (f->results.size() == 1) {
    out += ' ';
    out += f->results[0]->str();
  } else if (f->results.size() > 1) {
    out += " (";
    for (std::size_t i = 0; i < f->results.size(); ++i) {
      if (i) out += ", ";
      out += f->results[i]->str();
    }
    out += ')';
  }
}

bool exportedName(const std::string& n) {
  return !n.empty() && n[0] >= 'A' && n[0] <= 'Z';
}

}  // namespace

std::string Type::str() const {
  if (named()) {
    if (pkg.empty()) return name;
    return pkgQualifier(pkg) + "." + name;
  }
  switch (kind) {
    case Kind::Invalid:
      return "invalid type";
    case Kind::UntypedBool:
      return "untyped bool";
    case Kind::UntypedInt:
      return "untyped int";
    case Kind::UntypedRune:
      return "untyped rune";
    case Kind::UntypedFloat:
      return "untyped float";
    case Kind::UntypedComplex:
      return "untyped complex";
    case Kind::UntypedString:
      return "untyped string";
    case Kind::UntypedNil:
      return "untyped nil";
    case Kind::Array:
      return "[" + std::to_string(len) + "]" + (elem ? elem->str() : "?");
    case Kind::Slice:
      return "[]" + (elem ? elem->str() : std::string("?"));
    case Kind::Pointer:
      return "*" + (elem ? elem->str() : std::string("?"));
    case Kind::Map:
      return "map[" + (key ? key->str() : std::string("?")) + "]" +
             (elem ? elem->str() : std::string("?"));
    case Kind::Chan: {
      std::string e = elem ? elem->str() : "?";
      if (dir == ChanDir::Send) return "chan<- " + e;
      if (dir == ChanDir::Recv) return "<-chan " + e;
      if (elem && !elem->named() && elem->kind == Kind::Chan && elem->dir == ChanDir::Recv)
        return "chan (" + e + ")";
      return "chan " + e;
    }
    case Kind::Func: {
      std::string out = "func";
      funcTail(this, out);
      return out;
    }
    case Kind::Tuple: {
      std::string out = "(";
      for (std::size_t i = 0; i < results.size(); ++i) {
        if (i) out += ", ";
        out += results[i]->str();
      }
      return out + ")";
    }
    case Kind::Struct: {
      if (fields.empty()) return "struct {}";
      std::string out = "struct { ";
      for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out += "; ";
        if (!fields[i].embedded) {
          out += fields[i].name;
          out += ' ';
        }
        out += fields[i].type ? fields[i].type->str() : "?";
      }
      return out + " }";
    }
    case Kind::Interface: {
      if (imethods.empty()) return "interface {}";
      std::string out = "interface { ";
      for (std::size_t i = 0; i < imethods.size(); ++i) {
        if (i) out += "; ";
        // reflect qualifies unexported method names with their package; gomi keeps no package
        // on interface methods, so use main (the only place user interfaces come from).
        if (!exportedName(imethods[i].name)) out += "main.";
        out += imethods[i].name;
        if (imethods[i].sig) funcTail(imethods[i].sig, out);
      }
      return out + " }";
    }
    default:
      break;
  }
  return "?";
}

// ---------------------------------------------------------------------------------------------
// TypeTable
// ---------------------------------------------------------------------------------------------

namespace {

const char* basicName(Kind k) {
  switch (k) {
    case Kind::Bool:
      return "bool";
    case Kind::Int:
      return "int";
    case Kind::Int8:
      return "int8";
    case Kind::Int16:
      return "int16";
    case Kind::Int32:
      return "int32";
    case Kind::Int64:
      return "int64";
    case Kind::Uint:
      return "uint";
    case Kind::Uint8:
      return "uint8";
    case Kind::Uint16:
      return "uint16";
    case Kind::Uint32:
      return "uint32";
    case Kind::Uint64:
      return "uint64";
    case Kind::Uintptr:
      return "uintptr";
    case Kind::Float32:
      return "float32";
    case Kind::Float64:
      return "float64";
    case Kind::Complex64:
      return "complex64";
    case Kind::Complex128:
      return "complex128";
    case Kind::String:
      return "string";
    case Kind::UnsafePointer:
      return "unsafe.Pointer";
    default:
      return "";
  }
}

std::int64_t basicSize(Kind k) {
  switch (k) {
    case Kind::Bool:
    case Kind::Int8:
    case Kind::Uint8:
      return 1;
    case Kind::Int16:
    case Kind::Uint16:
      return 2;
    case Kind::Int32:
    case Kind::Uint32:
    case Kind::Float32:
      return 4;
    case Kind::String:
    case Kind::Complex128:
      return 16;
    default:
      return 8;
  }
}

// Sets the bits of the words of t (placed at byte offset `off`) that may hold pointers.
void ptrBits(const Type* t, std::int64_t off, std::vector<bool>& bits) {
  const Type* u = t->u();
  auto set = [&](std::int64_t byteOff) {
    auto w = static_cast<std::size_t>(byteOff / 8);
    if (bits.size() <= w) bits.resize(w + 1, false);
    bits[w] = true;
  };
  switch (u->kind) {
    case Kind::Pointer:
    case Kind::Map:
    case Kind::Chan:
    case Kind::Func:
    case Kind::UnsafePointer:
    case Kind::String:
    case Kind::Slice:
      set(off);
      break;
    case Kind::Interface:
      set(off);
      set(off + 8);
      break;
    case Kind::Array:
      if (u->elem && u->elem->hasPointers())
        for (std::int64_t i = 0; i < u->len; ++i) ptrBits(u->elem, off + i * u->elem->size, bits);
      break;
    case Kind::Struct:
      for (const Field& f : u->fields)
        if (f.type && f.type->hasPointers()) ptrBits(f.type, off + f.offset, bits);
      break;
    default:
      break;
  }
}

}  // namespace

static void finishGc(Type* t) {
  std::vector<bool> bits;
  ptrBits(t, 0, bits);
  while (!bits.empty() && !bits.back()) bits.pop_back();
  t->ptrmask.assign((bits.size() + 7) / 8, 0);
  for (std::size_t i = 0; i < bits.size(); ++i)
    if (bits[i]) t->ptrmask[i / 8] |= static_cast<std::uint8_t>(1u << (i % 8));
  t->gc.size = static_cast<std::size_t>(t->size);
  t->gc.ptrdata = bits.size() * 8;
  t->gc.ptrmask = t->ptrmask.empty() ? nullptr : t->ptrmask.data();
  t->gc.name = t->named() ? t->name.c_str() : "";
}

TypeTable::TypeTable() {
  basic_.resize(static_cast<std::size_t>(Kind::Tuple) + 1, nullptr);
  for (int k = 0; k <= static_cast<int>(Kind::Tuple); ++k) {
    auto kind = static_cast<Kind>(k);
    auto t = std::make_unique<Type>();
    t->kind = kind;
    if (kind >= Kind::Bool && kind <= Kind::UnsafePointer) {
      t->name = basicName(kind);
      t->size = basicSize(kind);
      t->align = std::min<std::int64_t>(t->size, 8);
      if (kind == Kind::Complex64) t->align = 4;
      finishGc(t.get());
    } else if (kind == Kind::Invalid || t->isUntyped()) {
      t->size = 8;
      t->align = 8;
    } else {
      continue;  // composite kinds have no predeclared type
    }
    t->underlying_ = t.get();
    basic_[static_cast<std::size_t>(k)] = t.get();
    all_.push_back(std::move(t));
  }
  any_ = interfaceOf({});
  // error: a named interface { Error() string } declared by the universe.
  Type* err = newNamed("", "error");
  Method m;
  m.name = "Error";
  m.sig = funcOf({}, {basic(Kind::String)}, false);
  setUnderlying(err, interfaceOf({m}));
  error_ = err;
}

const Type* TypeTable::basic(Kind k) const {
  auto i = static_cast<std::size_t>(k);
  if (i >= basic_.size() || !basic_[i]) return basic_[0];
  return basic_[i];
}
const Type* TypeTable::byteType() const {
  return basic(Kind::Uint8);
}
const Type* TypeTable::runeType() const {
  return basic(Kind::Int32);
}
const Type* TypeTable::errorType() const {
  return error_;
}
const Type* TypeTable::emptyInterface() const {
  return any_;
}

namespace {
bool incomplete(const Type* t) {
  return t && t->named() && (t->underlying_ == nullptr || t->size < 0);
}
}  // namespace

// Interns a fresh unnamed type under key k; `fill` sets its structure. Layout is computed here.
static const Type* intern(std::deque<std::unique_ptr<Type>>& all,
                          std::map<std::string, const Type*>& interned, const std::string& k,
                          const std::function<void(Type&)>& fill, std::vector<Type*>& pending);

static bool layout(Type* t) {
  switch (t->kind) {
    case Kind::Pointer:
    case Kind::Map:
    case Kind::Chan:
    case Kind::Func:
      t->size = 8;
      t->align = 8;
      break;
    case Kind::Slice:
      t->size = 24;
      t->align = 8;
      break;
    case Kind::Interface:
      t->size = 16;
      t->align = 8;
      break;
    case Kind::Tuple:
      t->size = 0;
      t->align = 8;
      break;
    case Kind::Array: {
      if (!t->elem || incomplete(t->elem)) return false;
      t->align = t->elem->align;
      t->size = t->elem->size * t->len;
      break;
    }
    case Kind::Struct: {
      std::int64_t off = 0, align = 1;
      for (Field& f : t->fields) {
        if (!f.type || incomplete(f.type)) return false;
      }
      for (Field& f : t->fields) {
        std::int64_t a = std::max<std::int64_t>(f.type->align, 1);
        off = (off + a - 1) / a * a;
        f.offset = off;
        off += f.type->size;
        align = std::max(align, a);
      }
      // gc pads a struct ending in a zero-size field so &last never points past the object.
      if (!t->fields.empty() && t->fields.back().type->size == 0 && off > 0) off++;
      t->size = (off + align - 1) / align * align;
      t->align = align;
      break;
    }
    default:
      break;
  }
  finishGc(t);
  return true;
}

static const Type* intern(std::deque<std::unique_ptr<Type>>& all,
                          std::map<std::string, const Type*>& interned, const std::string& k,
                          const std::function<void(Type&)>& fill, std::vector<Type*>& pending) {
  auto it = interned.find(k);
  if (it != interned.end()) return it->second;
  auto t = std::make_unique<Type>();
  fill(*t);
  t->underlying_ = t.get();
  if (!layout(t.get())) {
    t->size = -1;  // marks "layout pending"
    pending.push_back(t.get());
  }
  const Type* raw = t.get();
  all.push_back(std::move(t));
  interned.emplace(k, raw);
  return raw;
}

const Type* TypeTable::pointerTo(const Type* elem) {
  return intern(
      all_, interned_, "P" + key(elem),
      [&](Type& t) {
        t.kind = Kind::Pointer;
        t.elem = elem;
      },
      pending_);
}
const Type* TypeTable::sliceOf(const Type* elem) {
  return intern(
      all_, interned_, "S" + key(elem),
      [&](Type& t) {
        t.kind = Kind::Slice;
        t.elem = elem;
      },
      pending_);
}
const Type* TypeTable::arrayOf(const Type* elem, std::int64_t len) {
  return intern(
      all_, interned_, "A" + std::to_string(len) + "_" + key(elem),
      [&](Type& t) {
        t.kind = Kind::Array;
        t.elem = elem;
        t.len = len;
      },
      pending_);
}
const Type* TypeTable::mapOf(const Type* k, const Type* v) {
  return intern(
      all_, interned_, "M" + key(k) + "_" + key(v),
      [&](Type& t) {
        t.kind = Kind::Map;
        t.key = k;
        t.elem = v;
      },
      pending_);
}
const Type* TypeTable::chanOf(ChanDir dir, const Type* elem) {
  return intern(
      all_, interned_, "C" + std::to_string(static_cast<int>(dir)) + key(elem),
      [&](Type& t) {
        t.kind = Kind::Chan;
        t.dir = dir;
        t.elem = elem;
      },
      pending_);
}
const Type* TypeTable::funcOf(std::vector<const Type*> params, std::vector<const Type*> results,
                              bool variadic) {
  std::string k = variadic ? "FV(" : "F(";
  for (auto* p : params) k += key(p) + ",";
  k += ")(";
  for (auto* r : results) k += key(r) + ",";
  k += ")";
  return intern(
      all_, interned_, k,
      [&](Type& t) {
        t.kind = Kind::Func;
        t.params = params;
        t.results = results;
        t.variadic = variadic;
      },
      pending_);
}
const Type* TypeTable::tupleOf(std::vector<const Type*> members) {
  std::string k = "T(";
  for (auto* m : members) k += key(m) + ",";
  k += ")";
  return intern(
      all_, interned_, k,
      [&](Type& t) {
        t.kind = Kind::Tuple;
        t.results = members;
      },
      pending_);
}
const Type* TypeTable::structOf(std::vector<Field> fields) {
  std::string k = "St{";
  for (auto& f : fields) {
    k += f.name + (f.embedded ? "!" : ":") + key(f.type);
    if (!f.exported()) k += "@" + f.pkg;
    k += ";";
  }
  k += "}";
  return intern(
      all_, interned_, k,
      [&](Type& t) {
        t.kind = Kind::Struct;
        t.fields = fields;
      },
      pending_);
}
const Type* TypeTable::interfaceOf(std::vector<Method> methods) {
  std::sort(methods.begin(), methods.end(),
            [](const Method& a, const Method& b) { return a.name < b.name; });
  methods.erase(std::unique(methods.begin(), methods.end(),
                            [](const Method& a, const Method& b) { return a.name == b.name; }),
                methods.end());
  std::string k = "I{";
  for (auto& m : methods) k += m.name + ":" + key(m.sig) + ";";
  k += "}";
  return intern(
      all_, interned_, k,
      [&](Type& t) {
        t.kind = Kind::Interface;
        t.imethods = methods;
        for (auto& m : t.imethods) {
          m.decl = nullptr;
          m.pointerReceiver = false;
        }
      },
      pending_);
}

Type* TypeTable::newNamed(std::string pkg, std::string name) {
  auto t = std::make_unique<Type>();
  t->name = std::move(name);
  t->pkg = std::move(pkg);
  t->underlying_ = nullptr;
  t->size = -1;
  Type* raw = t.get();
  all_.push_back(std::move(t));
  pendingNamed_.push_back(raw);
  return raw;
}

void TypeTable::setUnderlying(Type* named, const Type* underlying) {
  if (!named) return;
  if (!underlying) underlying = basic(Kind::Invalid);
  const Type* u = underlying->u();
  if (!u || u == named || (u->named() && !u->underlying_)) u = basic(Kind::Invalid);
  named->underlying_ = u;
  named->kind = u->kind;
  // Propagate layouts: this named type and anything waiting on it.
  auto& pending = pending_;
  bool progress = true;
  while (progress) {
    progress = false;
    for (auto it = pending.begin(); it != pending.end();) {
      if (layout(*it)) {
        it = pending.erase(it);
        progress = true;
      } else {
        ++it;
      }
    }
    for (auto it = pendingNamed_.begin(); it != pendingNamed_.end();) {
      Type* t = *it;
      if (!t->underlying_ || t->underlying_->size < 0) {
        ++it;
        continue;
      }
      it = pendingNamed_.erase(it);
      const Type* tu = t->underlying_;
      t->kind = tu->kind;
      t->size = tu->size;
      t->align = tu->align;
      t->ptrmask = tu->ptrmask;
      t->gc = tu->gc;
      t->gc.ptrmask = t->ptrmask.empty() ? nullptr : t->ptrmask.data();
      t->gc.name = t->name.c_str();
      progress = true;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Lookup
// ---------------------------------------------------------------------------------------------

namespace {
const Type* derefPtr(const Type* t, bool* isPtr) {
  *isPtr = false;
  if (t && !t->named() && t->kind == Kind::Pointer && t->elem) {
    *isPtr = true;
    return t->elem;
  }
  return t;
}
}  // namespace

Selection lookupFieldOrMethod(const Type* t, const std::string& name, const std::string& fromPkg) {
  Selection none;
  if (!t || name == "_") return none;
  // A named pointer type has no methods, but its element's fields are reachable: look through
  // the underlying pointer and discard a method found there (go/types does the same).
  if (t->named() && t->u()->kind == Kind::Pointer && t->u()->elem) {
    Selection s = lookupFieldOrMethod(t->u(), name, fromPkg);
    if (s.kind == Selection::Kind::Method || s.kind == Selection::Kind::IfaceMethod) return none;
    return s;
  }
  bool isPtr = false;
  const Type* start = derefPtr(t, &isPtr);
  // *I where I is an interface has no fields or methods (go/types).
  if (isPtr && start && start->u()->kind == Kind::Interface) return none;
  struct Entry {
    const Type* type;
    std::vector<int> path;
    bool indirect;
  };
  std::vector<Entry> current{{start, {}, isPtr}};
  std::set<const Type*> seen;
  bool visible = exportedName(name);
  while (!current.empty()) {
    std::vector<Entry> next;
    Selection found;
    int count = 0;
    for (const Entry& e : current) {
      const Type* typ = e.type;
      if (!typ) continue;
      if (typ->named()) {
        if (seen.count(typ)) continue;
        seen.insert(typ);
        bool matched = false;
        for (const Method& m : typ->methods) {
          if (m.name == name && (visible || typ->pkg == fromPkg || fromPkg.empty())) {
            ++count;
            found = Selection{};
            found.kind = Selection::Kind::Method;
            found.method = &m;
            found.path = e.path;
            found.indirect = e.indirect;
            found.recvNamed = typ;
            matched = true;
            break;
          }
        }
        if (matched) continue;
      }
      const Type* u = typ->u();
      if (u->kind == Kind::Struct) {
        for (std::size_t i = 0; i < u->fields.size(); ++i) {
          const Field& f = u->fields[i];
          if (f.name == name && (visible || f.pkg == fromPkg || fromPkg.empty())) {
            ++count;
            found = Selection{};
            found.kind = Selection::Kind::Field;
            found.field = &f;
            found.path = e.path;
            found.path.push_back(static_cast<int>(i));
            found.indirect = e.indirect;
            found.fieldType = f.type;
            continue;
          }
          if (f.embedded && f.type) {
            bool p = false;
            const Type* et = derefPtr(f.type, &p);
            auto path = e.path;
            path.push_back(static_cast<int>(i));
            next.push_back({et, std::move(path), e.indirect || p});
          }
        }
      } else if (u->kind == Kind::Interface) {
        for (std::size_t i = 0; i < u->imethods.size(); ++i) {
          if (u->imethods[i].name == name) {
            ++count;
            found = Selection{};
            found.kind = Selection::Kind::IfaceMethod;
            found.method = &u->imethods[i];
            found.methodIndex = static_cast<int>(i);
            found.path = e.path;
            found.indirect = e.indirect;
            found.recvNamed = typ;
            break;
          }
        }
      }
    }
    if (count == 1) return found;
    if (count > 1) {
      Selection amb;
      amb.kind = Selection::Kind::Ambiguous;
      return amb;
    }
    current = std::move(next);
  }
  return none;
}

MethodLookup lookupMethod(const Type* t, const std::string& name) {
  MethodLookup r;
  Selection s = lookupFieldOrMethod(t, name, "");
  if (s.kind == Selection::Kind::Method || s.kind == Selection::Kind::IfaceMethod) {
    r.method = s.method;
    r.path = s.path;
    r.indirect = s.indirect;
  }
  return r;
}

bool implements(const Type* t, const Type* iface, std::string* missing, bool* wrongPointer) {
  if (wrongPointer) *wrongPointer = false;
  if (!t || !iface || iface->u()->kind != Kind::Interface) return false;
  const Type* iu = iface->u();
  if (t->u()->kind == Kind::Interface) {
    const Type* tu = t->u();
    for (const Method& m : iu->imethods) {
      bool ok = false;
      for (const Method& tm : tu->imethods)
        if (tm.name == m.name && tm.sig == m.sig) ok = true;
      if (!ok) {
        if (missing) *missing = m.name;
        return false;
      }
    }
    return true;
  }
  // A pointer to an interface has no methods at all (lookup would find them through it).
  const Type* tu = t->u();
  if (tu->kind == Kind::Pointer && tu->elem && tu->elem->u()->kind == Kind::Interface) {
    if (iu->imethods.empty()) return true;
    if (missing) *missing = iu->imethods[0].name;
    return false;
  }
  for (const Method& m : iu->imethods) {
    Selection s = lookupFieldOrMethod(t, m.name, "");
    if (s.kind != Selection::Kind::Method && s.kind != Selection::Kind::IfaceMethod) {
      if (missing) *missing = m.name;
      return false;
    }
    if (s.method->sig != m.sig) {
      if (missing) *missing = m.name;
      return false;
    }
    if (s.kind == Selection::Kind::Method && s.method->pointerReceiver && !s.indirect) {
      if (missing) *missing = m.name;
      if (wrongPointer) *wrongPointer = true;
      return false;
    }
  }
  return true;
}

}  // namespace gomi
