#include "gc/mark.h"

#include "gc/heap_impl.h"
#include "gc/sys.h"

namespace gomi::gc {

MarkStack::~MarkStack() {
  while (top_ != nullptr) {
    Chunk* prev = top_->prev;
    sysFree(top_, kChunkBytes);
    top_ = prev;
  }
  if (spare_ != nullptr) sysFree(spare_, kChunkBytes);
}

bool MarkStack::pushSlow(MarkItem p) {
  Chunk* c = spare_;
  if (c != nullptr) {
    spare_ = nullptr;
  } else {
    if (chunks_ > 0 && (chunks_ + 1) * kChunkBytes > limitBytes_) return false;
    c = static_cast<Chunk*>(sysAlloc(kChunkBytes));
  }
  ++chunks_;
  if (chunks_ > peakChunks_) peakChunks_ = chunks_;
  c->prev = top_;
  c->n = 0;
  top_ = c;
  top_->items[top_->n++] = p;
  return true;
}

bool MarkStack::popSlow(MarkItem& p) {
  while (top_ != nullptr && top_->n == 0) {
    if (top_->prev == nullptr) return false;  // keep the last chunk mapped
    Chunk* empty = top_;
    top_ = top_->prev;
    --chunks_;
    if (spare_ != nullptr) sysFree(spare_, kChunkBytes);
    spare_ = empty;
  }
  if (top_ == nullptr) return false;
  p = top_->items[--top_->n];
  return true;
}

namespace {

inline std::uint64_t loadBits(const std::uint64_t* bm, std::size_t w) {
  std::size_t sh = w % 64;
  std::uint64_t v = bm[w / 64] >> sh;
  if (sh != 0) v |= bm[w / 64 + 1] << (64 - sh);
  return v;
}

// Calls f(address of word) for every pointer word of the object at `base` in scan span s.
template <class F>
inline void forEachPointerWord(const MSpan* s, std::uintptr_t base, F&& f) {
  const HeapArena* a = s->arena;
  std::size_t w0 = a->wordIndex(base);
  std::size_t nwords = s->elemsize / 8;
  auto* words = reinterpret_cast<const std::uintptr_t*>(base);
  for (std::size_t i = 0; i < nwords; i += 64) {
    std::uint64_t bits = loadBits(a->ptrBits, w0 + i);
    if (nwords - i < 64) bits &= (std::uint64_t{1} << (nwords - i)) - 1;
    while (bits != 0) {
      std::size_t j = static_cast<std::size_t>(std::countr_zero(bits));
      bits &= bits - 1;
      f(i + j, words[i + j]);
    }
  }
}

class GcMarker final : public Marker {
 public:
  explicit GcMarker(Heap::Impl& h) : h_(h) {}

  void markPointer(const void* p) override { markValue(reinterpret_cast<std::uintptr_t>(p)); }

  void markWords(const void* words, std::size_t nwords, const std::uint8_t* mask) override {
    auto* w = static_cast<const std::uintptr_t*>(words);
    for (std::size_t i = 0; i < nwords; ++i) {
      if (mask == nullptr || ((mask[i / 8] >> (i % 8)) & 1)) markValue(w[i]);
    }
  }

  [[gnu::always_inline]] void markValue(std::uintptr_t v) {
    if (v == 0 || h_.mheap.arenaOf(v) == nullptr) return;
    MSpan* s = h_.mheap.spanOfInUse(v);
    if (s == nullptr) return;
    std::size_t i = s->objIndex(v);
    if (!s->isAllocated(i)) return;
    greyObject(s, i);
  }

  [[gnu::always_inline]] void greyObject(MSpan* s, std::size_t i) {
    if (s->setMarked(i)) return;
    h_.heapMarked += s->elemsize;
    if (s->noscan()) return;
    std::uintptr_t obj = s->objBase(i);
    __builtin_prefetch(reinterpret_cast<const void*>(obj));
    if (!h_.markStack.push({obj, s})) overflow_ = true;
  }

  void scanObject(MSpan* s, std::uintptr_t base) {
    forEachPointerWord(s, base, [this](std::size_t, std::uintptr_t v) { markValue(v); });
  }

  void drain() {
    for (;;) {
      MarkItem it;
      while (h_.markStack.pop(it)) scanObject(it.span, it.obj);
      if (!overflow_) return;
      // Some marked objects were never scanned. Rescanning every marked object finds their
      // children; each round marks more, so this terminates.
      overflow_ = false;
      ++h_.markOverflowRounds;
      h_.mheap.forEachInUseSpan([this](MSpan* s) {
        if (s->noscan()) return;
        for (std::size_t i = 0; i < s->nelems; ++i)
          if (s->isMarked(i)) scanObject(s, s->objBase(i));
      });
    }
  }

 private:
  Heap::Impl& h_;
  bool overflow_ = false;
};

}  // namespace

void gcMark(Heap::Impl& h) {
  h.heapMarked = 0;
  h.markStack.setLimit(h.cfg.markStackLimitBytes);
  GcMarker m(h);
  for (RootSource* r : h.roots) {
    r->scanRoots(m);
    m.drain();
  }
  for (const auto& f : h.readyFinalizers) {
    m.markPointer(f.object);
    m.markPointer(f.record);
  }
  for (const auto& f : h.takenFinalizers) {
    m.markPointer(f.object);
    m.markPointer(f.record);
  }
  for (const auto& [obj, rec] : h.finalizers) m.markPointer(rec);
  m.drain();
  // What a finalizable object reaches must survive for its finalizer to use, but the object
  // itself is not marked by this: if nothing else reaches it, it is ready to finalize. This also
  // orders finalizers: when A reaches B, B is marked here and waits until A is gone.
  for (const auto& [obj, rec] : h.finalizers) {
    MSpan* s = h.mheap.spanOfInUse(obj);
    if (s != nullptr && !s->noscan()) m.scanObject(s, obj);
  }
  m.drain();
  for (auto it = h.finalizers.begin(); it != h.finalizers.end();) {
    MSpan* s = h.mheap.spanOfInUse(it->first);
    std::size_t i = s == nullptr ? 0 : s->objIndex(it->first);
    if (s != nullptr && !s->isMarked(i)) {
      h.readyFinalizers.push_back({reinterpret_cast<void*>(it->first), it->second});
      m.greyObject(s, i);  // resurrect for this cycle: the finalizer receives it
      it = h.finalizers.erase(it);
    } else {
      ++it;
    }
  }
  m.drain();
}

void gcVerifyMarked(Heap::Impl& h) {
  h.mheap.forEachInUseSpan([&h](MSpan* s) {
    if (s->noscan()) return;
    for (std::size_t i = 0; i < s->nelems; ++i) {
      if (!s->isAllocated(i) || !s->isMarked(i)) continue;
      std::uintptr_t obj = s->objBase(i);
      forEachPointerWord(s, obj, [&](std::size_t w, std::uintptr_t v) {
        if (v == 0 || h.mheap.arenaOf(v) == nullptr) return;
        const char* why = nullptr;
        MSpan* t = h.mheap.spanOf(v);
        if (t == nullptr) {
          why = "heap memory never handed out";
        } else if (t->state != SpanState::kInUse || v < t->base || v >= t->end()) {
          why = "a free span";
        } else if (v >= t->limit) {
          why = "the unused tail of a span";
        } else if (!t->isAllocated(t->objIndex(v))) {
          why = "a free object";
        } else if (!t->isMarked(t->objIndex(v))) {
          why = "an unmarked object";
        }
        if (why != nullptr)
          fatal("gc verify: object %p (size %zu) word %zu holds %p, which points to %s",
                reinterpret_cast<void*>(obj), s->elemsize, w, reinterpret_cast<void*>(v), why);
      });
    }
  });
}

}  // namespace gomi::gc
