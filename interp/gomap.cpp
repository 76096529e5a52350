// interp/gomap.cpp — see gomap.h for the design.
#include "interp/gomap.h"

#include <bit>
#include <cmath>
#include <cstring>

#include "interp/panic.h"

namespace gomi {

// ---------------------------------------------------------------------------------------------
// Hashing and equality
// ---------------------------------------------------------------------------------------------

namespace {

constexpr std::uint64_t kMul1 = 0x9E3779B97F4A7C15ull;
constexpr std::uint64_t kMul2 = 0xBF58476D1CE4E5B9ull;
constexpr std::uint64_t kMul3 = 0x94D049BB133111EBull;

inline std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 30;
  x *= kMul2;
  x ^= x >> 27;
  x *= kMul3;
  x ^= x >> 31;
  return x;
}

inline std::uint64_t hashWord(std::uint64_t w, std::uint64_t seed) {
  return mix(w ^ (seed * kMul1));
}

inline std::uint64_t load64(const std::uint8_t* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

inline std::uint64_t load32(const std::uint8_t* p) {
  std::uint32_t w;
  std::memcpy(&w, p, 4);
  return w;
}

// The bytes of a key of 1..8 bytes packed into one word, injectively for a given length: two
// overlapping fixed-size loads instead of a variable-length copy, which is a libc call per key
// (map keys are mostly short words).
inline std::uint64_t shortKeyWord(const std::uint8_t* p, std::size_t n) {
  if (n >= 4) return load32(p) | load32(p + n - 4) << 32;
  return p[0] | std::uint64_t{p[n / 2]} << 8 | std::uint64_t{p[n - 1]} << 16;
}

std::uint64_t hashBytes(const std::uint8_t* p, std::size_t n, std::uint64_t seed) {
  std::uint64_t h = seed ^ (n * kMul1);
  if (n <= 8) return n == 0 ? mix(h) : mix(h ^ shortKeyWord(p, n));
  while (n > 8) {
    h = mix(h ^ load64(p)) + kMul1;
    p += 8;
    n -= 8;
  }
  // 1..8 bytes are left: hash the key's last 8 bytes, overlapping bytes already hashed.
  return mix(h ^ load64(p + n - 8));
}

// Equal-length byte strings: short ones by the same fixed-size loads as hashBytes.
inline bool bytesEqual(const std::uint8_t* a, const std::uint8_t* b, std::size_t n) {
  if (n <= 8) return n == 0 || shortKeyWord(a, n) == shortKeyWord(b, n);
  if (n <= 16) return load64(a) == load64(b) && load64(a + n - 8) == load64(b + n - 8);
  return std::memcmp(a, b, n) == 0;
}

std::uint64_t nanCounter = 0x5bd1e995;  // NaN keys hash "randomly" (each is a new key)

bool directIface(const Type* t) {
  switch (t->kind) {
    case Kind::Pointer:
    case Kind::Map:
    case Kind::Chan:
    case Kind::Func:
    case Kind::UnsafePointer:
      return true;
    default:
      return false;
  }
}

// Address of the value an interface holds.
const void* ifaceValuePtr(const GoIface& v) {
  return directIface(v.type) ? static_cast<const void*>(&v.data) : v.data;
}

std::size_t memSize(const Type* t) {
  return static_cast<std::size_t>(t->size);
}

}  // namespace

bool isComparable(const Type* t) {
  const Type* u = t->u();
  switch (u->kind) {
    case Kind::Slice:
    case Kind::Map:
    case Kind::Func:
      return false;
    case Kind::Array:
      return isComparable(u->elem);
    case Kind::Struct:
      for (const Field& f : u->fields)
        if (!isComparable(f.type)) return false;
      return true;
    default:
      return true;
  }
}

namespace {
std::uint64_t hashF32(const void* p, std::uint64_t seed) {
  float f;
  std::memcpy(&f, p, 4);
  if (f != f) return hashWord(nanCounter++ * kMul1, seed);
  if (f == 0) f = 0;  // +0 and -0 are equal keys
  std::uint32_t v;
  std::memcpy(&v, &f, 4);
  return hashWord(v, seed);
}
std::uint64_t hashF64(const void* p, std::uint64_t seed) {
  double f;
  std::memcpy(&f, p, 8);
  if (f != f) return hashWord(nanCounter++ * kMul1, seed);
  if (f == 0) f = 0;
  std::uint64_t v;
  std::memcpy(&v, &f, 8);
  return hashWord(v, seed);
}
}  // namespace

std::uint64_t hashValue(const Type* t, const void* p, std::uint64_t seed) {
  const Type* u = t->u();
  auto* b = static_cast<const std::uint8_t*>(p);
  switch (u->kind) {
    case Kind::Bool:
    case Kind::Int8:
    case Kind::Uint8:
      return hashWord(*b, seed);
    case Kind::Int16:
    case Kind::Uint16: {
      std::uint16_t v;
      std::memcpy(&v, p, 2);
      return hashWord(v, seed);
    }
    case Kind::Int32:
    case Kind::Uint32: {
      std::uint32_t v;
      std::memcpy(&v, p, 4);
      return hashWord(v, seed);
    }
    case Kind::Int:
    case Kind::Int64:
    case Kind::Uint:
    case Kind::Uint64:
    case Kind::Uintptr:
    case Kind::Pointer:
    case Kind::Chan:
    case Kind::UnsafePointer: {
      std::uint64_t v;
      std::memcpy(&v, p, 8);
      return hashWord(v, seed);
    }
    case Kind::Float32:
      return hashF32(p, seed);
    case Kind::Float64:
      return hashF64(p, seed);
    case Kind::Complex64:
      return hashF32(b + 4, hashF32(p, seed));
    case Kind::Complex128:
      return hashF64(b + 8, hashF64(p, seed));
    case Kind::String: {
      auto* s = static_cast<const GoString*>(p);
      return hashBytes(s->ptr, static_cast<std::size_t>(s->len), seed);
    }
    case Kind::Interface: {
      auto* v = static_cast<const GoIface*>(p);
      if (!v->type) return hashWord(0, seed);
      if (!isComparable(v->type)) throwRuntimeError("hash of unhashable type " + v->type->str());
      return hashValue(v->type, ifaceValuePtr(*v),
                       seed ^ reinterpret_cast<std::uintptr_t>(v->type));
    }
    case Kind::Array: {
      std::uint64_t h = seed;
      for (std::int64_t i = 0; i < u->len; i++) h = hashValue(u->elem, b + i * u->elem->size, h);
      return h;
    }
    case Kind::Struct: {
      std::uint64_t h = seed;
      for (const Field& f : u->fields) {
        if (f.name == "_") continue;
        h = hashValue(f.type, b + f.offset, h);
      }
      return h;
    }
    default:
      throwRuntimeError("hash of unhashable type " + t->str());
  }
}

bool equalValues(const Type* t, const void* a, const void* b) {
  const Type* u = t->u();
  switch (u->kind) {
    case Kind::Float32: {
      float x, y;
      std::memcpy(&x, a, 4);
      std::memcpy(&y, b, 4);
      return x == y;
    }
    case Kind::Float64: {
      double x, y;
      std::memcpy(&x, a, 8);
      std::memcpy(&y, b, 8);
      return x == y;
    }
    case Kind::Complex64: {
      float x[2], y[2];
      std::memcpy(x, a, 8);
      std::memcpy(y, b, 8);
      return x[0] == y[0] && x[1] == y[1];
    }
    case Kind::Complex128: {
      double x[2], y[2];
      std::memcpy(x, a, 16);
      std::memcpy(y, b, 16);
      return x[0] == y[0] && x[1] == y[1];
    }
    case Kind::String: {
      auto* x = static_cast<const GoString*>(a);
      auto* y = static_cast<const GoString*>(b);
      // bytesEqual reads nothing for len 0: an empty string may carry a null ptr.
      return x->len == y->len &&
             (x->ptr == y->ptr || bytesEqual(x->ptr, y->ptr, static_cast<std::size_t>(x->len)));
    }
    case Kind::Interface:
      return ifaceEqual(*static_cast<const GoIface*>(a), *static_cast<const GoIface*>(b));
    case Kind::Array: {
      auto* x = static_cast<const std::uint8_t*>(a);
      auto* y = static_cast<const std::uint8_t*>(b);
      for (std::int64_t i = 0; i < u->len; i++)
        if (!equalValues(u->elem, x + i * u->elem->size, y + i * u->elem->size)) return false;
      return true;
    }
    case Kind::Struct: {
      auto* x = static_cast<const std::uint8_t*>(a);
      auto* y = static_cast<const std::uint8_t*>(b);
      for (const Field& f : u->fields) {
        if (f.name == "_") continue;
        if (!equalValues(f.type, x + f.offset, y + f.offset)) return false;
      }
      return true;
    }
    case Kind::Slice:
    case Kind::Map:
    case Kind::Func:
      throwRuntimeError("comparing uncomparable type " + t->str());
    default:
      return std::memcmp(a, b, memSize(u)) == 0;
  }
}

bool ifaceEqual(const GoIface& a, const GoIface& b) {
  if (a.type != b.type) return false;
  if (!a.type) return true;
  if (!isComparable(a.type)) throwRuntimeError("comparing uncomparable type " + a.type->str());
  if (directIface(a.type)) return a.data == b.data;
  return equalValues(a.type, a.data, b.data);
}

// ---------------------------------------------------------------------------------------------
// Map types
// ---------------------------------------------------------------------------------------------

namespace {

std::size_t round8(std::int64_t n) {
  return static_cast<std::size_t>((n + 7) & ~std::int64_t{7});
}

void copyMask(std::vector<std::uint8_t>& dst, std::size_t wordOff, const Type* t) {
  std::size_t words = t->gc.ptrdata / 8;
  for (std::size_t i = 0; i < words; i++) {
    if (t->gc.ptrmask && (t->gc.ptrmask[i / 8] >> (i % 8) & 1)) {
      std::size_t w = wordOff + i;
      if (dst.size() <= w / 8) dst.resize(w / 8 + 1, 0);
      dst[w / 8] |= static_cast<std::uint8_t>(1u << (w % 8));
    }
  }
}

bool plainMemoryKey(const Type* t) {
  const Type* u = t->u();
  switch (u->kind) {
    case Kind::Bool:
    case Kind::Int:
    case Kind::Int8:
    case Kind::Int16:
    case Kind::Int32:
    case Kind::Int64:
    case Kind::Uint:
    case Kind::Uint8:
    case Kind::Uint16:
    case Kind::Uint32:
    case Kind::Uint64:
    case Kind::Uintptr:
    case Kind::Pointer:
    case Kind::Chan:
    case Kind::UnsafePointer:
      return true;
    default:
      return false;
  }
}

// The header's pointer words: entries (word 2). mt points outside the heap and is not marked.
const std::uint8_t kMapHeaderMask[] = {0x04};
const gc::GcType kMapHeaderGc{sizeof(GoMap), 24, kMapHeaderMask, "runtime.hmap"};
const std::uint8_t kMapIterMask[] = {0x03};
const gc::GcType kMapIterGc{sizeof(MapIter), 16, kMapIterMask, "runtime.hiter"};

constexpr std::uint64_t kEmpty = 0, kDeleted = 1, kFullBit = 1ull << 63;

inline std::uint64_t& ctrlOf(std::uint8_t* e) {
  return *reinterpret_cast<std::uint64_t*>(e);
}

inline std::uint64_t keyHash(const MapType* mt, const void* key, std::uint64_t seed) {
  switch (mt->keyClass) {
    case MapType::KeyClass::Mem: {
      std::uint64_t v = 0;
      std::memcpy(&v, key, mt->keySize);
      return hashWord(v, seed);
    }
    case MapType::KeyClass::String: {
      auto* s = static_cast<const GoString*>(key);
      return hashBytes(s->ptr, static_cast<std::size_t>(s->len), seed);
    }
    default:
      return hashValue(mt->key, key, seed);
  }
}

inline bool keyEqual(const MapType* mt, const void* a, const void* b) {
  switch (mt->keyClass) {
    case MapType::KeyClass::Mem:
      return std::memcmp(a, b, mt->keySize) == 0;
    case MapType::KeyClass::String: {
      auto* x = static_cast<const GoString*>(a);
      auto* y = static_cast<const GoString*>(b);
      // bytesEqual reads nothing for len 0: an empty string may carry a null ptr.
      return x->len == y->len &&
             (x->ptr == y->ptr || bytesEqual(x->ptr, y->ptr, static_cast<std::size_t>(x->len)));
    }
    default:
      return equalValues(mt->key, a, b);
  }
}

// Finds the entry holding key, or nullptr.
std::uint8_t* findEntry(const GoMap* m, const void* key, std::uint64_t h) {
  if (m->cap == 0) return nullptr;
  const MapType* mt = m->mt;
  std::uint64_t tag = h | kFullBit;
  std::uint64_t mask = static_cast<std::uint64_t>(m->cap) - 1;
  for (std::uint64_t i = h & mask;; i = (i + 1) & mask) {
    std::uint8_t* e = m->entries + i * mt->entrySize;
    std::uint64_t c = ctrlOf(e);
    if (c == kEmpty) return nullptr;
    if (c == tag && keyEqual(mt, e + mt->keyOff, key)) return e;
  }
}

// Inserts into a table known not to contain key and to have a free entry.
std::uint8_t* insertFresh(std::uint8_t* entries, std::int64_t cap, const MapType* mt,
                          std::uint64_t h) {
  std::uint64_t mask = static_cast<std::uint64_t>(cap) - 1;
  for (std::uint64_t i = h & mask;; i = (i + 1) & mask) {
    std::uint8_t* e = entries + i * mt->entrySize;
    if (ctrlOf(e) <= kDeleted) {
      ctrlOf(e) = h | kFullBit;
      return e;
    }
  }
}

void rebuild(gc::Heap& heap, GoMap* m, std::int64_t newCap) {
  const MapType* mt = m->mt;
  // The allocation may collect: m is reachable from the caller's frame, its old table from m.
  auto* fresh =
      static_cast<std::uint8_t*>(heap.allocateArray(mt->entryGc, static_cast<std::size_t>(newCap)));
  for (std::int64_t i = 0; i < m->cap; i++) {
    std::uint8_t* e = m->entries + i * mt->entrySize;
    if (ctrlOf(e) & kFullBit) {
      std::uint64_t h = keyHash(mt, e + mt->keyOff, m->seed);
      std::uint8_t* d = insertFresh(fresh, newCap, mt, h);
      std::memcpy(d + 8, e + 8, mt->entrySize - 8);
    }
  }
  m->entries = fresh;
  m->cap = newCap;
  m->used = m->count;
}

std::uint64_t seedCounter = 0x2545F4914F6CDD1Dull;

}  // namespace

const MapType* MapTypes::get(const Type* mapType) {
  auto it = types_.find(mapType);
  if (it != types_.end()) return it->second.get();
  auto mt = std::make_unique<MapType>();
  const Type* u = mapType->u();
  mt->type = mapType;
  mt->key = u->key;
  mt->val = u->elem;
  mt->keySize = static_cast<std::size_t>(u->key->size);
  mt->valSize = static_cast<std::size_t>(u->elem->size);
  mt->keyOff = 8;
  mt->valOff = 8 + round8(u->key->size);
  mt->entrySize = mt->valOff + round8(u->elem->size);
  copyMask(mt->entryMask, mt->keyOff / 8, u->key);
  copyMask(mt->entryMask, mt->valOff / 8, u->elem);
  std::size_t lastWord = 0;
  bool any = false;
  for (std::size_t w = 0; w < mt->entryMask.size() * 8; w++)
    if (mt->entryMask[w / 8] >> (w % 8) & 1) {
      lastWord = w;
      any = true;
    }
  mt->entryGc.size = mt->entrySize;
  mt->entryGc.ptrdata = any ? (lastWord + 1) * 8 : 0;
  mt->entryGc.ptrmask = any ? mt->entryMask.data() : nullptr;
  mt->entryGc.name = "map.entry";
  if (plainMemoryKey(u->key))
    mt->keyClass = MapType::KeyClass::Mem;
  else if (u->key->u()->kind == Kind::String)
    mt->keyClass = MapType::KeyClass::String;
  else
    mt->keyClass = MapType::KeyClass::Generic;
  const MapType* raw = mt.get();
  types_.emplace(mapType, std::move(mt));
  return raw;
}

GoMap* mapMake(gc::Heap& heap, const MapType* mt, std::int64_t hint) {
  auto* m = static_cast<GoMap*>(heap.allocate(kMapHeaderGc));
  m->mt = mt;
  seedCounter = mix(seedCounter + kMul1);
  m->seed = seedCounter;
  if (hint > 0) {
    std::int64_t cap = 8;
    while (cap * 3 / 4 < hint) cap *= 2;
    // m is only in a C++ local here: make it reachable before allocating again is impossible,
    // so allocate the table first would lose it instead. Callers store m, then we grow lazily.
    m->cap = 0;
    m->used = -cap;  // remembered hint: first assignment allocates this size
  }
  return m;
}

void* mapAccess(const GoMap* m, const void* key) {
  if (!m || m->count == 0) {
    // Still hash: Go panics on unhashable interface keys even for empty maps.
    if (m && m->mt->keyClass == MapType::KeyClass::Generic) keyHash(m->mt, key, m->seed);
    return nullptr;
  }
  std::uint64_t h = keyHash(m->mt, key, m->seed);
  std::uint8_t* e = findEntry(m, key, h);
  return e ? e + m->mt->valOff : nullptr;
}

void* mapAssign(gc::Heap& heap, GoMap* m, const void* key) {
  const MapType* mt = m->mt;
  std::uint64_t h = keyHash(mt, key, m->seed);
  if (std::uint8_t* e = findEntry(m, key, h)) {
    // Go's needkeyupdate: an equal key need not be identical (+0 and -0, an interface holding
    // either); assignment stores the new one.
    if (mt->keyClass == MapType::KeyClass::Generic) std::memmove(e + mt->keyOff, key, mt->keySize);
    return e + mt->valOff;
  }
  if (m->cap == 0) {
    std::int64_t cap = m->used < 0 ? -m->used : 8;
    m->used = 0;
    rebuild(heap, m, cap);
  } else if ((m->used + 1) * 4 > m->cap * 3) {
    // Too full: double if live entries dominate, else just clear tombstones.
    rebuild(heap, m, (m->count + 1) * 2 > m->cap ? m->cap * 2 : m->cap);
  }
  std::uint8_t* e = insertFresh(m->entries, m->cap, mt, h);
  std::memcpy(e + mt->keyOff, key, mt->keySize);
  std::memset(e + mt->valOff, 0, mt->valSize);
  m->count++;
  m->used++;
  return e + mt->valOff;
}

void mapDelete(GoMap* m, const void* key) {
  if (!m || m->count == 0) {
    if (m && m->mt->keyClass == MapType::KeyClass::Generic) keyHash(m->mt, key, m->seed);
    return;
  }
  const MapType* mt = m->mt;
  std::uint64_t h = keyHash(mt, key, m->seed);
  std::uint8_t* e = findEntry(m, key, h);
  if (!e) return;
  // Clear the key and value so the collector does not retain what they pointed to.
  std::memset(e + 8, 0, mt->entrySize - 8);
  ctrlOf(e) = kDeleted;
  m->count--;
}

MapIter* mapIterStart(gc::Heap& heap, GoMap* m) {
  // Allocating may collect; m is reachable from the caller's frame.
  auto* it = static_cast<MapIter*>(heap.allocate(kMapIterGc));
  it->map = m;
  it->entries = m ? m->entries : nullptr;
  it->cap = m ? m->cap : 0;
  it->pos = 0;
  it->mt = m ? m->mt : nullptr;
  return it;
}

bool mapIterNext(MapIter* it, const void** key, const void** val) {
  GoMap* m = it->map;
  if (!m) return false;
  const MapType* mt = it->mt;
  while (it->pos < it->cap) {
    std::uint8_t* e = it->entries + it->pos * mt->entrySize;
    it->pos++;
    if (!(ctrlOf(e) & kFullBit)) continue;
    if (it->entries == m->entries) {
      *key = e + mt->keyOff;
      *val = e + mt->valOff;
      return true;
    }
    // The map was rebuilt since the iteration started: report only keys still present.
    void* v = mapAccess(m, e + mt->keyOff);
    if (!v) continue;
    *key = e + mt->keyOff;
    *val = v;
    return true;
  }
  return false;
}

void mapForEach(const GoMap* m, const std::function<void(const void*, const void*)>& f) {
  if (!m) return;
  const MapType* mt = m->mt;
  std::uint8_t* entries = m->entries;
  for (std::int64_t i = 0; i < m->cap; i++) {
    std::uint8_t* e = entries + i * mt->entrySize;
    if (ctrlOf(e) & kFullBit) f(e + mt->keyOff, e + mt->valOff);
  }
}

}  // namespace gomi
