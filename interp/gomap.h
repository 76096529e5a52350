// interp/gomap.h — Go maps over the gc heap, and the hashing and equality of Go values.
//
// A map value is a pointer to a GoMap header (nil for a nil map). The table is one heap array
// of entries, open addressing with linear probing:
//
//     entry = [ ctrl word | key (rounded to 8 bytes) | value (rounded to 8 bytes) ]
//
// ctrl is 0 for an empty entry, 1 for a deleted one (a tombstone, so probe chains stay intact)
// and otherwise the key's hash with the top bit set (so most mismatches are rejected without
// comparing keys). The entry array is allocated with a GcType built from the key's and value's
// pointer masks, so the collector scans keys and values precisely. Growing allocates a new
// array and reinserts; the old one becomes garbage unless an iterator still walks it.
//
// Iteration (Go spec): an entry deleted before the iterator reaches it is not produced; an entry
// added during iteration may or may not be. An iterator remembers the table it started on; if
// the map has been rebuilt since (growth), it keeps walking the old table but looks every key
// up in the current map, skipping deleted keys and producing current values.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

#include "gc/heap.h"
#include "interp/types.h"
#include "interp/value.h"

namespace gomi {

// ---- hashing and equality by type ----

// True when values of t support == (no slices, maps or funcs inside).
bool isComparable(const Type* t);
// Hash of the value of type t at p. Interfaces hash their dynamic value; an uncomparable dynamic
// type panics "runtime error: hash of unhashable type T".
std::uint64_t hashValue(const Type* t, const void* p, std::uint64_t seed);
// a == b for values of comparable type t (floats by IEEE, strings by bytes, interfaces by
// dynamic type and value; an uncomparable dynamic type panics "comparing uncomparable type T").
bool equalValues(const Type* t, const void* a, const void* b);
bool ifaceEqual(const GoIface& a, const GoIface& b);

// ---- maps ----

// Per map type: entry layout and key operations. Built once per map type (MapTypes).
struct MapType {
  const Type* type = nullptr;  // the map type
  const Type* key = nullptr;
  const Type* val = nullptr;
  std::size_t keySize = 0, valSize = 0;
  std::size_t keyOff = 8, valOff = 0, entrySize = 0;
  gc::GcType entryGc;
  std::vector<std::uint8_t> entryMask;
  enum class KeyClass : std::uint8_t { Mem, String, Generic } keyClass = KeyClass::Generic;
};

struct GoMap {
  std::int64_t count;     // live entries (len)
  std::int64_t cap;       // table size, a power of two (0: no table yet)
  std::uint8_t* entries;  // heap array of cap entries
  std::int64_t used;      // live + tombstones (for the load factor)
  std::uint64_t seed;
  const MapType* mt;  // not a heap pointer
};

struct MapIter {
  GoMap* map;
  std::uint8_t* entries;  // the table the iteration walks
  std::int64_t cap;
  std::int64_t pos;
  const MapType* mt;
};

// Owns the MapType records of one program.
class MapTypes {
 public:
  const MapType* get(const Type* mapType);

 private:
  std::unordered_map<const Type*, std::unique_ptr<MapType>> types_;
};

GoMap* mapMake(gc::Heap& heap, const MapType* mt, std::int64_t hint);
// Pointer to the value for key, or nullptr (m may be nil).
void* mapAccess(const GoMap* m, const void* key);
// Pointer to the value slot for key, inserting a zero value when absent. m must not be nil.
// May allocate (growth): key must stay reachable and valid (it may point into a VM frame).
void* mapAssign(gc::Heap& heap, GoMap* m, const void* key);
void mapDelete(GoMap* m, const void* key);
inline std::int64_t mapLen(const GoMap* m) {
  return m ? m->count : 0;
}

MapIter* mapIterStart(gc::Heap& heap, GoMap* m);  // m may be nil
// Advances; returns false when done. *key / *val point into the heap (valid until the next
// allocation).
bool mapIterNext(MapIter* it, const void** key, const void** val);

// Visit every entry (for fmt and natives). f must not modify the map.
void mapForEach(const GoMap* m, const std::function<void(const void*, const void*)>& f);

}  // namespace gomi
