// stdlib/container/heap/heap.cpp — package container/heap, written in Go.
//
// A binary min-heap over any sort.Interface with Push/Pop. The order of equal elements is
// visible to programs, so the sift loops make exactly the Less/Swap calls Go 1.19's do: sifting
// down prefers the right child only when it is strictly less than the left, and stops as soon
// as the child is not strictly less than the parent.
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package heap

import "sort"

type Interface interface {
	sort.Interface
	Push(x any)
	Pop() any
}

func Init(h Interface) {
	n := h.Len()
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(h, i, n)
	}
}

func Push(h Interface, x any) {
	h.Push(x)
	siftUp(h, h.Len()-1)
}

func Pop(h Interface) any {
	last := h.Len() - 1
	h.Swap(0, last)
	siftDown(h, 0, last)
	return h.Pop()
}

func Remove(h Interface, i int) any {
	last := h.Len() - 1
	if i != last {
		h.Swap(i, last)
		if !siftDown(h, i, last) {
			siftUp(h, i)
		}
	}
	return h.Pop()
}

func Fix(h Interface, i int) {
	if !siftDown(h, i, h.Len()) {
		siftUp(h, i)
	}
}

// siftUp moves element j towards the root while it is less than its parent. The parent of 0
// computes as 0, which ends the loop.
func siftUp(h Interface, j int) {
	for {
		parent := (j - 1) / 2
		if parent == j || !h.Less(j, parent) {
			return
		}
		h.Swap(parent, j)
		j = parent
	}
}

// siftDown moves element start down within the first n elements and reports whether it moved.
func siftDown(h Interface, start, n int) bool {
	i := start
	for {
		child := 2*i + 1
		if child < 0 || child >= n {
			break
		}
		if right := child + 1; right < n && h.Less(right, child) {
			child = right
		}
		if !h.Less(child, i) {
			break
		}
		h.Swap(i, child)
		i = child
	}
	return i > start
}
)go";

}  // namespace

StdPackage heapPackage() {
  return StdPackage{"container/heap", "heap", kPrelude, {}};
}

}  // namespace gomi::stdlib
