#include "gc/mspan.h"

#include "gc/sys.h"

namespace gomi::gc {

void MSpan::init(SpanClass spc) {
  spanclass = spc;
  std::size_t sc = spanClassSize(spc);
  if (sc == 0) {
    elemsize = npages * kPageSize;
    nelems = 1;
    divMagic = 0;
  } else {
    elemsize = classSize(sc);
    nelems = classObjects(sc);
    divMagic = classDivMagic(sc);
  }
  limit = base + elemsize * nelems;
  freeindex = 0;
  allocCount = 0;
  for (auto& w : allocBits) w = 0;
  for (auto& w : markBits) w = 0;
  refillAllocCache(0);
  state = SpanState::kInUse;
}

std::uint32_t MSpan::nextFreeIndex() {
  std::uint32_t sfreeindex = freeindex;
  if (sfreeindex == nelems) return sfreeindex;
  std::uint64_t cache = allocCache;
  unsigned bit = cache == 0 ? 64 : static_cast<unsigned>(std::countr_zero(cache));
  while (bit == 64) {
    // The window is exhausted: move to the next 64-slot word.
    sfreeindex = (sfreeindex + 64) & ~std::uint32_t{63};
    if (sfreeindex >= nelems) {
      freeindex = nelems;
      return nelems;
    }
    refillAllocCache(sfreeindex / 64);
    cache = allocCache;
    bit = cache == 0 ? 64 : static_cast<unsigned>(std::countr_zero(cache));
  }
  std::uint32_t result = sfreeindex + bit;
  if (result >= nelems) {
    freeindex = nelems;
    return nelems;
  }
  allocCache = bit == 63 ? 0 : allocCache >> (bit + 1);
  sfreeindex = result + 1;
  if (sfreeindex % 64 == 0 && sfreeindex != nelems) refillAllocCache(sfreeindex / 64);
  freeindex = sfreeindex;
  return result;
}

void SpanList::push(MSpan* s) {
  if (s->list != nullptr)
    fatal("span %p pushed while on another list", reinterpret_cast<void*>(s->base));
  s->list = this;
  s->prev = last_;
  s->next = nullptr;
  if (last_ != nullptr)
    last_->next = s;
  else
    first_ = s;
  last_ = s;
  ++n_;
}

void SpanList::remove(MSpan* s) {
  if (s->list != this)
    fatal("span %p removed from a list it is not on", reinterpret_cast<void*>(s->base));
  if (s->prev != nullptr)
    s->prev->next = s->next;
  else
    first_ = s->next;
  if (s->next != nullptr)
    s->next->prev = s->prev;
  else
    last_ = s->prev;
  s->next = s->prev = nullptr;
  s->list = nullptr;
  --n_;
}

}  // namespace gomi::gc
