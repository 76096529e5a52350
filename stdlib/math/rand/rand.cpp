// stdlib/math/rand/rand.cpp — package math/rand.
//
// Programs print random numbers, so gomi's must be Go 1.19's, value for value: the same source
// (an additive lagged Fibonacci generator over 607 words, seeded through a Lehmer generator and
// the table in rand_tables.cpp), the top-level functions seeded with 1 until Seed is called, and
// every derivation (Int31n's rejection loop, Intn's choice between 31 and 63 bits, Float64's
// retry on 1.0, Perm's inside-out shuffle, Shuffle's multiply-shift bounding) drawing from the
// source exactly as Go's does. The source's methods and the loading of the tables are natives;
// everything else is Go.
// NormFloat64 and ExpFloat64 run Go's ziggurat over Go's tables (also in rand_tables.cpp); Zipf
// is Go's rejection-inversion sampler.
#include <cstdint>
#include <cstring>

#include "stdlib/internal/native_util.h"
#include "stdlib/internal/packages.h"
#include "stdlib/math/rand/rand_tables.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package rand

import "math"

// A Source yields uniformly distributed int64 values in [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 also yields full 64-bit values; Rand.Uint64 then takes one draw instead of two.
type Source64 interface {
	Source
	Uint64() uint64
}

// rngSource is the generator behind NewSource and the top-level functions: each draw adds the
// word at tap to the word at feed, both indices walking down through vec.
type rngSource struct {
	tap  int
	feed int
	vec  [607]int64
}

func (rng *rngSource) Seed(seed int64)
func (rng *rngSource) Int63() int64
func (rng *rngSource) Uint64() uint64

func NewSource(seed int64) Source {
	rng := new(rngSource)
	rng.Seed(seed)
	return rng
}

type Rand struct {
	src Source
	s64 Source64

	// Read hands out the bytes of one Int63 draw at a time; these keep the unused ones.
	readVal int64
	readPos int8
}

func New(src Source) *Rand {
	r := &Rand{src: src}
	r.s64, _ = src.(Source64)
	return r
}

func (r *Rand) Seed(seed int64) {
	r.src.Seed(seed)
	r.readPos = 0
}

func (r *Rand) Int63() int64 { return r.src.Int63() }

func (r *Rand) Uint32() uint32 { return uint32(r.src.Int63() >> 31) }

func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	low := uint64(r.src.Int63()) >> 31
	high := uint64(r.src.Int63()) << 32
	return low | high
}

func (r *Rand) Int31() int32 { return int32(r.src.Int63() >> 32) }

func (r *Rand) Int() int { return int(r.src.Int63()) }

func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	return r.int63n(n)
}

// int63n: a power of two masks one draw; otherwise draws above the largest multiple of n
// (minus one) are rejected so that v % n is uniform.
func (r *Rand) int63n(n int64) int64 {
	if n&(n-1) == 0 {
		return r.src.Int63() & (n - 1)
	}
	limit := int64(1<<63 - 1 - (1<<63)%uint64(n))
	v := r.src.Int63()
	for v > limit {
		v = r.src.Int63()
	}
	return v % n
}

func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	return r.int31nReject(n)
}

// int31nReject is Int31n's method on Int31 draws: mask for powers of two, else reject the draws
// above the largest multiple of n (minus one).
func (r *Rand) int31nReject(n int32) int32 {
	if n&(n-1) == 0 {
		return int32(r.src.Int63()>>32) & (n - 1)
	}
	limit := int32(1<<31 - 1 - (1<<31)%uint32(n))
	v := int32(r.src.Int63() >> 32)
	for v > limit {
		v = int32(r.src.Int63() >> 32)
	}
	return v % n
}

// int31nMulShift bounds a Uint32 draw by taking the high half of draw*n, redrawing while the
// low half falls in the biased region below (2³² mod n). Only Shuffle uses it.
func (r *Rand) int31nMulShift(n int32) int32 {
	prod := uint64(uint32(r.src.Int63()>>31)) * uint64(n)
	if uint32(prod) < uint32(n) {
		bias := uint32(-n) % uint32(n)
		for uint32(prod) < bias {
			prod = uint64(uint32(r.src.Int63()>>31)) * uint64(n)
		}
	}
	return int32(prod >> 32)
}

func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n < 1<<31 {
		return int(r.int31nReject(int32(n)))
	}
	return int(r.int63n(int64(n)))
}

// Float64 divides a 63-bit draw by 2⁶³; the rare draw that rounds to 1.0 is replaced by the next.
func (r *Rand) Float64() float64 {
	for {
		f := float64(r.src.Int63()) / (1 << 63)
		if f != 1 {
			return f
		}
	}
}

func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Float64())
		if f != 1 {
			return f
		}
	}
}

// Perm builds the permutation inside out: element i goes to a random slot j <= i and the value
// there moves to the end. Even i == 0 takes a draw.
func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		p[i] = p[j]
		p[j] = i
	}
	return p
}

// Shuffle is Fisher-Yates from the end; indexes beyond 31 bits bound their draw as Int63n does.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i >= 1<<31-1; i-- {
		swap(i, int(r.int63n(int64(i+1))))
	}
	for ; i > 0; i-- {
		swap(i, int(r.int31nMulShift(int32(i+1))))
	}
}

func (r *Rand) Read(p []byte) (n int, err error) {
	val, pos := r.readVal, r.readPos
	for n = 0; n < len(p); n++ {
		if pos == 0 {
			val = r.src.Int63()
			pos = 7
		}
		p[n] = byte(val)
		val >>= 8
		pos--
	}
	r.readVal, r.readPos = val, pos
	return n, nil
}

// NormFloat64 and ExpFloat64 use Marsaglia and Tsang's ziggurat over Go's tables: the low bits
// of a Uint32 draw pick a layer, the draw scaled by the layer's width is the candidate, accepted
// at once below the layer's bound, from the tail past the base layer, or by comparing a float32
// interpolation of the density with the true density.
var (
	normK [128]uint32
	normW [128]float32
	normF [128]float32
	expK  [256]uint32
	expW  [256]float32
	expF  [256]float32
)

func loadZiggurat(nk *[128]uint32, nw, nf *[128]float32, ek *[256]uint32, ew, ef *[256]float32)

func init() {
	loadZiggurat(&normK, &normW, &normF, &expK, &expW, &expF)
}

const (
	normTail = 3.442619855899
	expTail  = 7.69711747013104972
)

func (r *Rand) NormFloat64() float64 {
	for {
		j := int32(r.Uint32())
		layer := j & 127
		x := float64(j) * float64(normW[layer])
		mag := uint32(j)
		if j < 0 {
			mag = uint32(-j)
		}
		if mag < normK[layer] {
			return x
		}
		if layer == 0 {
			for {
				x = -math.Log(r.Float64()) * (1.0 / normTail)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return normTail + x
			}
			return -normTail - x
		}
		below := normF[layer] + float32(r.Float64())*(normF[layer-1]-normF[layer])
		if below < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

func (r *Rand) ExpFloat64() float64 {
	for {
		j := r.Uint32()
		layer := j & 255
		x := float64(j) * float64(expW[layer])
		if j < expK[layer] {
			return x
		}
		if layer == 0 {
			return expTail - math.Log(r.Float64())
		}
		below := expF[layer] + float32(r.Float64())*(expF[layer-1]-expF[layer])
		if below < float32(math.Exp(-x)) {
			return x
		}
	}
}

// Zipf draws k in [0, imax] with probability proportional to (v+k)^-s by rejection-inversion
// (Hörmann and Derflinger): invert the integral H of the density at a uniform point between
// H(imax+1/2) and H(1/2), round to the nearest integer, and accept when close enough or under
// the density. The fields are Go's, in Go's order.
type Zipf struct {
	r            *Rand
	imax         float64
	v            float64
	q            float64
	s            float64
	oneminusQ    float64
	oneminusQinv float64
	hxm          float64
	hx0minusHxm  float64
}

// h is the integral of the density, (v+x)^(1-q) / (1-q); hinv its inverse.
func (z *Zipf) h(x float64) float64 {
	return math.Exp(z.oneminusQ*math.Log(z.v+x)) * z.oneminusQinv
}

func (z *Zipf) hinv(x float64) float64 {
	return math.Exp(z.oneminusQinv*math.Log(z.oneminusQ*x)) - z.v
}

// NewZipf returns nil unless s > 1 and v >= 1.
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	if s <= 1.0 || v < 1 {
		return nil
	}
	z := &Zipf{r: r, imax: float64(imax), v: v, q: s}
	z.oneminusQ = 1.0 - s
	z.oneminusQinv = 1.0 / z.oneminusQ
	z.hxm = z.h(z.imax + 0.5)
	z.hx0minusHxm = z.h(0.5) - math.Exp(math.Log(v)*(-s)) - z.hxm
	z.s = 1 - z.hinv(z.h(1.5)-math.Exp(-s*math.Log(v+1.0)))
	return z
}

func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	for {
		u := z.hxm + z.r.Float64()*z.hx0minusHxm
		x := z.hinv(u)
		k := math.Floor(x + 0.5)
		if k-x <= z.s || u >= z.h(k+0.5)-math.Exp(-math.Log(k+z.v)*z.q) {
			return uint64(k)
		}
	}
}

// The top-level functions share one generator, seeded with 1 until Seed is called (Go 1.19).
var globalRand = New(NewSource(1))

func Seed(seed int64)                     { globalRand.Seed(seed) }
func Int63() int64                        { return globalRand.src.Int63() }
func Uint32() uint32                      { return globalRand.Uint32() }
func Uint64() uint64                      { return globalRand.Uint64() }
func Int31() int32                        { return globalRand.Int31() }
func Int() int                            { return globalRand.Int() }
func Int63n(n int64) int64                { return globalRand.Int63n(n) }
func Int31n(n int32) int32                { return globalRand.Int31n(n) }
func Intn(n int) int                      { return globalRand.Intn(n) }
func Float64() float64                    { return globalRand.Float64() }
func Float32() float32                    { return globalRand.Float32() }
func Perm(n int) []int                    { return globalRand.Perm(n) }
func Shuffle(n int, swap func(i, j int))  { globalRand.Shuffle(n, swap) }
func Read(p []byte) (n int, err error)    { return globalRand.Read(p) }
func NormFloat64() float64                { return globalRand.NormFloat64() }
func ExpFloat64() float64                 { return globalRand.ExpFloat64() }
)go";

// Go's layout of rngSource.
struct RngState {
  std::int64_t tap;
  std::int64_t feed;
  std::int64_t vec[kRngLen];
};

RngState* receiver(NativeContext& ctx, const Slot* a) {
  auto* s = load<RngState*>(a);
  if (s == nullptr) ctx.panicRuntimeError("invalid memory address or nil pointer dereference");
  return s;
}

// One step of the seeding generator: 48271·x mod (2³¹-1), exact in 64 bits for x < 2³¹.
std::int64_t lehmer(std::int64_t x) {
  return x * 48271 % 2147483647;
}

void nSeed(NativeContext& ctx, const Slot* a, Slot*) {
  RngState* s = receiver(ctx, a);
  constexpr std::int64_t kModulus = 2147483647;
  std::int64_t x = argInt(a + 1) % kModulus;
  if (x < 0) x += kModulus;
  if (x == 0) x = 89482311;
  for (int k = 0; k < 20; ++k) x = lehmer(x);
  for (int i = 0; i < kRngLen; ++i) {
    // Shifts wrap as Go's int64 shifts do (computed unsigned to stay defined in C++).
    x = lehmer(x);
    std::uint64_t w = static_cast<std::uint64_t>(x) << 40;
    x = lehmer(x);
    w ^= static_cast<std::uint64_t>(x) << 20;
    x = lehmer(x);
    w ^= static_cast<std::uint64_t>(x);
    s->vec[i] = static_cast<std::int64_t>(w ^ static_cast<std::uint64_t>(kRngCooked[i]));
  }
  s->tap = 0;
  s->feed = kRngLen - kRngTap;
}

std::uint64_t step(RngState* s) {
  if (--s->tap < 0) s->tap += kRngLen;
  if (--s->feed < 0) s->feed += kRngLen;
  std::uint64_t x =
      static_cast<std::uint64_t>(s->vec[s->feed]) + static_cast<std::uint64_t>(s->vec[s->tap]);
  s->vec[s->feed] = static_cast<std::int64_t>(x);
  return x;
}

void nUint64(NativeContext& ctx, const Slot* a, Slot* r) {
  store(r, step(receiver(ctx, a)));
}

void nInt63(NativeContext& ctx, const Slot* a, Slot* r) {
  setInt(r, static_cast<std::int64_t>(step(receiver(ctx, a)) & 0x7fffffffffffffffULL));
}

void nLoadZiggurat(NativeContext&, const Slot* a, Slot*) {
  auto copyTo = [](const Slot* arg, const std::uint32_t* from, std::size_t n) {
    std::memcpy(load<void*>(arg), from, n * sizeof(std::uint32_t));
  };
  copyTo(a, kNormK, 128);
  copyTo(a + 1, kNormWBits, 128);
  copyTo(a + 2, kNormFBits, 128);
  copyTo(a + 3, kExpK, 256);
  copyTo(a + 4, kExpWBits, 256);
  copyTo(a + 5, kExpFBits, 256);
}

}  // namespace

StdPackage randPackage() {
  return StdPackage{"math/rand",
                    "rand",
                    kPrelude,
                    {
                        {"rngSource.Seed", nSeed},
                        {"rngSource.Int63", nInt63},
                        {"rngSource.Uint64", nUint64},
                        {"loadZiggurat", nLoadZiggurat},
                    }};
}

}  // namespace gomi::stdlib
