// gc/sweep.h — the sweeper: turning mark bits into free slots, lazily.
//
// Design: after a mark every in-use span is "unswept" (span.sweepgen == heap sweepgen − 2). A span
// is swept — its unmarked objects freed, by making markBits the new allocBits — at the latest just
// before the allocator would reuse it, and otherwise by whoever gets there first: the allocator's
// proportional sweep (each span or large object it takes pays sweep credit, so sweeping finishes
// around when the next cycle is due, as in Go's gcPaceSweeper), sweepOne()/backgroundSweep() from
// idle time, and collect(), which finishes everything before it returns. A cycle first finishes any
// sweeping left over from the previous one. Frees are counted (and leave HeapAlloc) only when the
// span holding them is swept; a span left empty goes back to the page heap.
#pragma once

#include <cstddef>
#include <cstdint>

#include "gc/heap.h"

namespace gomi::gc {

struct MSpan;

// Sweep s (already taken off its mcentral list and in state "unswept"). Returns true when s was
// freed to the page heap. Unless `preserve`, a surviving span goes onto its mcentral's swept list;
// with `preserve` the caller (the mcentral handing it to a cache) keeps it.
bool sweepSpan(Heap::Impl& h, MSpan* s, bool preserve);
// Sweep one unswept span; returns its page count, 0 if nothing was left.
std::size_t sweepOne(Heap::Impl& h);
void finishSweep(Heap::Impl& h);
// Called after mark: everything is unswept now; set the proportional sweep rate.
void startSweep(Heap::Impl& h);
// The allocator is about to take `bytes` of new span memory: sweep enough to stay on schedule.
void deductSweepCredit(Heap::Impl& h, std::size_t bytes);

}  // namespace gomi::gc
