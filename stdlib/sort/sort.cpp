// stdlib/sort/sort.cpp — package sort.
//
// The algorithms are Go code in the prelude and make the same sequence of Less/Swap calls as
// Go 1.19 (pattern-defeating quicksort for Sort/Slice, insertion-sorted blocks plus SymMerge for
// Stable): an unstable sort's order of equal elements is visible in a program's output, so it
// must be Go's. sort.Slice needs to swap elements of a slice of any type: the sliceLen and
// sliceSwap natives do that from the slice's Type. Ints/Strings/Float64s sort natively (equal
// elements of those types are indistinguishable, so any correct sort prints the same).
#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "stdlib/internal/native_util.h"
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package sort

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func bitsLen(n int) int {
	l := 0
	for n != 0 {
		n >>= 1
		l++
	}
	return l
}

func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, 0, n, bitsLen(n))
}

func Stable(data Interface) {
	stable(data, data.Len())
}

func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

func sliceLen(x any) int
func sliceSwap(x any, i, j int)

// funcSorter adapts sort.Slice's arguments to Interface.
type funcSorter struct {
	x    any
	n    int
	less func(i, j int) bool
}

func (f *funcSorter) Len() int           { return f.n }
func (f *funcSorter) Less(i, j int) bool { return f.less(i, j) }
func (f *funcSorter) Swap(i, j int)      { sliceSwap(f.x, i, j) }

func Slice(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	pdqsort(&funcSorter{x, n, less}, 0, n, bitsLen(n))
}

func SliceStable(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	stable(&funcSorter{x, n, less}, n)
}

func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sliceLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// Go embeds Interface here; a named field of the same name prints identically and does not
// depend on promoted methods through an embedded interface.
type reverse struct {
	Interface Interface
}

func (r reverse) Len() int { return r.Interface.Len() }

func (r reverse) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

func (r reverse) Swap(i, j int) { r.Interface.Swap(i, j) }

func Reverse(data Interface) Interface {
	return &reverse{data}
}

type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Ints(x) }
func (p IntSlice) Search(x int) int   { return SearchInts(p, x) }

type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { Float64s(x) }
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }

type StringSlice []string

func (x StringSlice) Len() int            { return len(x) }
func (x StringSlice) Less(i, j int) bool  { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)       { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()               { Strings(x) }
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }

func Ints(x []int)
func Strings(x []string)
func Float64s(x []float64)

func IntsAreSorted(x []int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

func StringsAreSorted(x []string) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

func Float64sAreSorted(x []float64) bool {
	return IsSorted(Float64Slice(x))
}

func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}

func SearchInts(a []int, x int) int {
	i, j := 0, len(a)
	for i < j {
		h := int(uint(i+j) >> 1)
		if a[h] < x {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

func SearchStrings(a []string, x string) int {
	i, j := 0, len(a)
	for i < j {
		h := int(uint(i+j) >> 1)
		if a[h] < x {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

func SearchFloat64s(a []float64, x float64) int {
	i, j := 0, len(a)
	for i < j {
		h := int(uint(i+j) >> 1)
		if a[h] < x {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// ---- pattern-defeating quicksort, step for step as Go 1.19 runs it ----

const (
	unknownHint    = 0
	increasingHint = 1
	decreasingHint = 2
)

func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

func siftDown(data Interface, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

func heapSort(data Interface, a, b int) {
	first := a
	hi := b - a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDown(data, i, hi, first)
	}
	for i := hi - 1; i >= 0; i-- {
		data.Swap(first, first+i)
		siftDown(data, 0, i, first)
	}
}

func pdqsort(data Interface, a, b, limit int) {
	wasBalanced := true
	wasPartitioned := true
	for {
		length := b - a
		if length <= 12 {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		if !wasBalanced {
			breakPatterns(data, a, b)
			limit--
		}
		pivot, hint := choosePivot(data, a, b)
		if hint == decreasingHint {
			reverseRange(data, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		if wasBalanced && wasPartitioned && hint == increasingHint {
			if partialInsertionSort(data, a, b) {
				return
			}
		}
		if a > 0 && !data.Less(a-1, pivot) {
			a = partitionEqual(data, a, b, pivot)
			continue
		}
		mid, already := partition(data, a, b, pivot)
		wasPartitioned = already
		leftLen, rightLen := mid-a, b-mid
		balanceThreshold := length / 8
		if leftLen < rightLen {
			wasBalanced = leftLen >= balanceThreshold
			pdqsort(data, a, mid, limit)
			a = mid + 1
		} else {
			wasBalanced = rightLen >= balanceThreshold
			pdqsort(data, mid+1, b, limit)
			b = mid
		}
	}
}

func partition(data Interface, a, b, pivot int) (int, bool) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for i <= j && data.Less(i, a) {
		i++
	}
	for i <= j && !data.Less(j, a) {
		j--
	}
	if i > j {
		data.Swap(j, a)
		return j, true
	}
	data.Swap(i, j)
	i++
	j--
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(j, a)
	return j, false
}

func partitionEqual(data Interface, a, b, pivot int) int {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	return i
}

func partialInsertionSort(data Interface, a, b int) bool {
	i := a + 1
	for step := 0; step < 5; step++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < 50 {
			return false
		}
		data.Swap(i, i-1)
		if i-a >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b; j++ {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

func breakPatterns(data Interface, a, b int) {
	length := b - a
	if length >= 8 {
		random := uint64(length)
		modulus := uint(1) << uint(bitsLen(length))
		for idx := a + (length/4)*2 - 1; idx <= a+(length/4)*2+1; idx++ {
			random ^= random << 13
			random ^= random >> 17
			random ^= random << 5
			other := int(uint(random) & (modulus - 1))
			if other >= length {
				other -= length
			}
			data.Swap(idx, a+other)
		}
	}
}

func choosePivot(data Interface, a, b int) (int, int) {
	l := b - a
	swaps := 0
	i := a + l/4*1
	j := a + l/4*2
	k := a + l/4*3
	if l >= 8 {
		if l >= 50 {
			i = median(data, i-1, i, i+1, &swaps)
			j = median(data, j-1, j, j+1, &swaps)
			k = median(data, k-1, k, k+1, &swaps)
		}
		j = median(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case 12:
		return j, decreasingHint
	}
	return j, unknownHint
}

func median(data Interface, a, b, c int, swaps *int) int {
	if data.Less(b, a) {
		*swaps++
		a, b = b, a
	}
	if data.Less(c, b) {
		*swaps++
		b, c = c, b
	}
	if data.Less(b, a) {
		*swaps++
		a, b = b, a
	}
	return b
}

func reverseRange(data Interface, a, b int) {
	i := a
	j := b - 1
	for i < j {
		data.Swap(i, j)
		i++
		j--
	}
}

// ---- stable sort: insertion-sorted blocks of 20 merged by SymMerge ----

func stable(data Interface, n int) {
	blockSize := 20
	a, b := 0, blockSize
	for b <= n {
		insertionSort(data, a, b)
		a = b
		b += blockSize
	}
	insertionSort(data, a, n)
	for blockSize < n {
		a, b = 0, 2*blockSize
		for b <= n {
			symMerge(data, a, a+blockSize, b)
			a = b
			b += 2 * blockSize
		}
		if m := a + blockSize; m < n {
			symMerge(data, a, m, n)
		}
		blockSize *= 2
	}
}

func symMerge(data Interface, a, m, b int) {
	if m-a == 1 {
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if data.Less(h, a) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !data.Less(m, h) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start = n - b
		r = mid
	} else {
		start = a
		r = m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

func swapRange(data Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}

func rotate(data Interface, a, m, b int) {
	i := m - a
	j := b - m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}
)go";

// The slice header inside an `any` holding a slice, or nullptr (Go panics in reflect then).
const GoSlice* sliceOf(NativeContext& ctx, const GoIface& x) {
  if (x.type == nullptr || x.type->kind != Kind::Slice) {
    ctx.panicRuntimeError("reflect: call of Swapper on " +
                          (x.type ? x.type->str() : std::string("zero")) + " Value");
  }
  return static_cast<const GoSlice*>(x.data);
}

void nSliceLen(NativeContext& ctx, const Slot* a, Slot* r) {
  setInt(r, sliceOf(ctx, argIface(a))->len);
}

void nSliceSwap(NativeContext& ctx, const Slot* a, Slot* r) {
  (void)r;
  GoIface x = argIface(a);
  const GoSlice* s = sliceOf(ctx, x);
  std::int64_t i = argInt(a + 2), j = argInt(a + 3);
  if (i < 0 || j < 0 || i >= s->len || j >= s->len)
    ctx.panicRuntimeError("index out of range [" + std::to_string(i >= s->len || i < 0 ? i : j) +
                          "] with length " + std::to_string(s->len));
  std::size_t size = static_cast<std::size_t>(x.type->u()->elem->size);
  char* base = static_cast<char*>(s->ptr);
  char* pi = base + static_cast<std::size_t>(i) * size;
  char* pj = base + static_cast<std::size_t>(j) * size;
  if (size <= 64) {
    char tmp[64];
    std::memcpy(tmp, pi, size);
    std::memcpy(pi, pj, size);
    std::memcpy(pj, tmp, size);
  } else {
    std::vector<char> tmp(pi, pi + size);
    std::memcpy(pi, pj, size);
    std::memcpy(pj, tmp.data(), size);
  }
}

void nInts(NativeContext&, const Slot* a, Slot*) {
  GoSlice s = argSlice(a);
  auto* p = static_cast<std::int64_t*>(s.ptr);
  std::sort(p, p + s.len);
}

void nStrings(NativeContext&, const Slot* a, Slot*) {
  GoSlice s = argSlice(a);
  auto* p = static_cast<GoString*>(s.ptr);
  std::sort(p, p + s.len, [](const GoString& x, const GoString& y) { return x.view() < y.view(); });
}

void nFloat64s(NativeContext&, const Slot* a, Slot*) {
  GoSlice s = argSlice(a);
  auto* p = static_cast<double*>(s.ptr);
  std::sort(p, p + s.len,
            [](double x, double y) { return x < y || (std::isnan(x) && !std::isnan(y)); });
}

}  // namespace

StdPackage sortPackage() {
  return StdPackage{"sort",
                    "sort",
                    kPrelude,
                    {
                        {"sliceLen", nSliceLen},
                        {"sliceSwap", nSliceSwap},
                        {"Ints", nInts},
                        {"Strings", nStrings},
                        {"Float64s", nFloat64s},
                    }};
}

}  // namespace gomi::stdlib
