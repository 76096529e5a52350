// Shared helpers for gc's unit tests: typed test objects and a vector-of-slots root source.
#pragma once

#include <cstdint>
#include <vector>

#include "gc/heap.h"

namespace gomi::gc::test {

// struct Node { Node* next; std::uint64_t value; Node* other; std::uint64_t pad; }
struct Node {
  Node* next;
  std::uint64_t value;
  Node* other;
  std::uint64_t pad;
};
inline constexpr std::uint8_t kNodeMask[] = {0b0101};
inline const GcType kNodeType{sizeof(Node), 24, kNodeMask, "Node"};

// A pointer-only word.
inline constexpr std::uint8_t kPtrMask[] = {0b1};
inline const GcType kPtrType{8, 8, kPtrMask, "*T"};

// Roots: every slot is a pointer word.
class Roots : public RootSource {
 public:
  explicit Roots(Heap& h) : heap_(h) { heap_.addRootSource(this); }
  ~Roots() override { heap_.removeRootSource(this); }
  void scanRoots(Marker& m) override {
    if (!slots.empty()) m.markWords(slots.data(), slots.size(), nullptr);
  }
  std::vector<void*> slots;

 private:
  Heap& heap_;
};

inline Node* newNode(Heap& h, std::uint64_t v, Node* next = nullptr) {
  auto* n = static_cast<Node*>(h.allocate(kNodeType));
  n->value = v;
  n->next = next;
  return n;
}

inline HeapConfig quietConfig() {
  HeapConfig c;
  c.gcPercent = -1;  // tests decide when to collect
  return c;
}

}  // namespace gomi::gc::test
