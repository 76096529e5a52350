// interp/vm.cpp — the dispatch loop.
//
// One function, one computed-goto table generated from GOMI_OPCODES. The loop keeps the frame
// pointer (fp), the instruction pointer (pc) and the current frame record (cf) in locals; they
// are written back only where something can observe them: cf->pc before anything that may
// panic, call back into C++ or push a frame (tracebacks and callers read it).
//
// Rules every handler follows:
//  * Anything that can throw (a Go panic) first saves pc (SAVE_PC), so the traceback names the
//    right line.
//  * Anything that allocates reads its operands out of the frame AFTER the allocation or keeps
//    them in the frame until then: a collection may run inside allocate*() and frames are the
//    roots (C++ locals are not).
//  * After anything that may run Go code (natives, deferred calls) cf is re-fetched: the frame
//    vector may have been reallocated.
#include <bit>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "interp/vm.h"

namespace gomi::vm {

namespace {

inline double f64(Slot s) {
  return std::bit_cast<double>(s);
}
inline Slot fromF64(double d) {
  return std::bit_cast<Slot>(d);
}
inline float f32(Slot s) {
  return std::bit_cast<float>(static_cast<std::uint32_t>(s));
}
inline Slot fromF32(float f) {
  return std::bit_cast<std::uint32_t>(f);
}

// complex64 in one slot: real float32 in the low 32 bits, imaginary in the high 32 bits.
inline float c64im(Slot s) {
  return std::bit_cast<float>(static_cast<std::uint32_t>(s >> 32));
}
inline Slot c64(float re, float im) {
  return static_cast<Slot>(std::bit_cast<std::uint32_t>(re)) |
         static_cast<Slot>(std::bit_cast<std::uint32_t>(im)) << 32;
}

// Go on amd64 (CVTTSD2SQ): out-of-range and NaN give 0x8000000000000000.
inline std::int64_t cvtF64I(double x) {
  if (x >= -9223372036854775808.0 && x < 9223372036854775808.0) return static_cast<std::int64_t>(x);
  return INT64_MIN;
}
// Go on amd64: below 2^63 convert as signed; else subtract 2^63 and set the top bit.
inline std::uint64_t cvtF64U(double x) {
  if (x < 9223372036854775808.0) return static_cast<std::uint64_t>(cvtF64I(x));
  return static_cast<std::uint64_t>(cvtF64I(x - 9223372036854775808.0)) ^ (1ull << 63);
}

inline bool strEq(const Slot* a, const Slot* b) {
  if (a[1] != b[1]) return false;
  if (a[0] == b[0] || a[1] == 0) return true;
  return std::memcmp(reinterpret_cast<const void*>(a[0]), reinterpret_cast<const void*>(b[0]),
                     a[1]) == 0;
}
inline int strCmp(const Slot* a, const Slot* b) {
  std::uint64_t n = a[1] < b[1] ? a[1] : b[1];
  if (n > 0) {
    int r =
        std::memcmp(reinterpret_cast<const void*>(a[0]), reinterpret_cast<const void*>(b[0]), n);
    if (r != 0) return r;
  }
  return a[1] < b[1] ? -1 : (a[1] > b[1] ? 1 : 0);
}

// Clears a frame's slots on call and return. Frames are a handful of slots, where a plain loop
// beats a call into libc's memset; the empty asm keeps the compiler from turning the loop back
// into that call.
inline void zeroSlots(Slot* p, std::ptrdiff_t n) {
  for (; n >= 2; n -= 2, p += 2) {
    p[0] = 0;
    p[1] = 0;
    __asm__("" : "+r"(p));
  }
  if (n > 0) *p = 0;
}

// Copies a value of a few slots (a global, a constant): like zeroSlots, a loop beats the libc
// call that a variable-length memcpy becomes.
inline void copySlots(Slot* d, const Slot* s, std::ptrdiff_t n) {
  for (; n > 0; --n) {
    *d++ = *s++;
    __asm__("" : "+r"(d));
  }
}

// copySlots for ranges of one frame that may overlap (a struct moved a few slots along).
inline void moveSlots(Slot* d, const Slot* s, std::ptrdiff_t n) {
  if (d <= s) {
    copySlots(d, s, n);
    return;
  }
  while (n > 0) {
    --n;
    d[n] = s[n];
    __asm__("" : "+r"(d));
  }
}

// memmove for the small copies the VM makes all the time (words, strings, interfaces, slices,
// short byte runs appended to a []byte): two possibly overlapping loads of a power-of-two width
// cover any size up to 32, then two stores, instead of a call into libc. Both loads come before
// the stores, so overlapping ranges are fine, as with memmove.
template <std::size_t W>
inline void moveHeadTail(std::uint8_t* d, const std::uint8_t* s, std::size_t n) {
  std::uint8_t head[W], tail[W];
  std::memcpy(head, s, W);
  std::memcpy(tail, s + n - W, W);
  std::memcpy(d, head, W);
  std::memcpy(d + n - W, tail, W);
}

inline void moveValue(void* dst, const void* src, std::size_t n) {
  auto* d = static_cast<std::uint8_t*>(dst);
  auto* s = static_cast<const std::uint8_t*>(src);
  if (n > 32) {
    std::memmove(dst, src, n);
  } else if (n >= 16) {
    moveHeadTail<16>(d, s, n);
  } else if (n >= 8) {
    moveHeadTail<8>(d, s, n);
  } else if (n >= 4) {
    moveHeadTail<4>(d, s, n);
  } else if (n >= 2) {
    moveHeadTail<2>(d, s, n);
  } else if (n == 1) {
    *d = *s;
  }
}

// Copies `size` bytes of a value into slots, zeroing the rest of the last slot.
inline void loadValue(Slot* dst, const void* src, std::size_t size) {
  if (size == 0) return;
  dst[(size - 1) / 8] = 0;
  moveValue(dst, src, size);
}

void appendRune(std::string& out, std::int64_t r) {
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
  auto c = static_cast<std::uint32_t>(r);
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Decodes one rune at s[i] as Go's range over a string does: invalid encodings give U+FFFD
// with width 1.
std::int64_t decodeRune(const std::uint8_t* s, std::int64_t n, std::int64_t i,
                        std::int64_t* width) {
  std::uint8_t b0 = s[i];
  if (b0 < 0x80) {
    *width = 1;
    return b0;
  }
  auto cont = [&](std::int64_t k) { return i + k < n && (s[i + k] & 0xC0) == 0x80; };
  *width = 1;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (!cont(1)) return 0xFFFD;
    *width = 2;
    return ((b0 & 0x1F) << 6) | (s[i + 1] & 0x3F);
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0xFFFD;
    std::uint8_t b1 = s[i + 1];
    if (b0 == 0xE0 && b1 < 0xA0) return 0xFFFD;
    if (b0 == 0xED && b1 > 0x9F) return 0xFFFD;  // surrogates
    *width = 3;
    return ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (s[i + 2] & 0x3F);
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0xFFFD;
    std::uint8_t b1 = s[i + 1];
    if (b0 == 0xF0 && b1 < 0x90) return 0xFFFD;
    if (b0 == 0xF4 && b1 > 0x8F) return 0xFFFD;
    *width = 4;
    return ((b0 & 0x07) << 18) | ((b1 & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
  }
  return 0xFFFD;
}

std::string hex(std::uint64_t v) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
  return buf;
}

}  // namespace

void Machine::loop(Goroutine& g, std::size_t /*entry*/, bool resumeReturn) {
  static void* const kLabels[] = {
#define GOMI_OP_LABEL(name, fmt, doc) &&L_##name,
      GOMI_OPCODES(GOMI_OP_LABEL)
#undef GOMI_OP_LABEL
  };
  static_assert(sizeof(kLabels) / sizeof(kLabels[0]) == static_cast<std::size_t>(Opcode::NumOps));

  gc::Heap& heap = rt_.heap();
  std::atomic<bool>& preempt = rt_.sched().preemptRequested;
  Frame* cf = &g.frames.back();
  Slot* fp = cf->base;
  const Instr* pc = cf->pc;

#define DISPATCH() goto* kLabels[pc->op]
#define NEXT(n) \
  do {          \
    pc += (n);  \
    DISPATCH(); \
  } while (0)
#define SAVE_PC() (cf->pc = pc + 1)
#define A pc->a
#define B pc->b
#define C pc->c
#define R(i) fp[i]
#define I(i) static_cast<std::int64_t>(fp[i])
#define EXT() extWord(pc)

  if (resumeReturn) {
    if (cf->fn->recoverPc >= 0) {
      pc = cf->fn->code.data() + cf->fn->recoverPc;
      DISPATCH();
    }
    goto do_return;
  }
  DISPATCH();

L_NOP:
  NEXT(1);

  // ---- moves and constants ----
L_MOV:
  R(A) = R(B);
  NEXT(1);
L_MOV2 : {
  Slot x = R(B), y = R(B + 1);
  R(A) = x;
  R(A + 1) = y;
  NEXT(1);
}
L_MOV3 : {
  // Three loads, then three stores: overlapping moves stay right, and no memmove call (which
  // GCC does not inline even at this fixed size).
  Slot x = R(B), y = R(B + 1), z = R(B + 2);
  R(A) = x;
  R(A + 1) = y;
  R(A + 2) = z;
  NEXT(1);
}
L_MOVN:
  moveSlots(&R(A), &R(B), C);
  NEXT(1);
L_ZERO:
  zeroSlots(&R(A), B);
  NEXT(1);
L_LOADI:
  R(A) = static_cast<Slot>(static_cast<std::int64_t>(pc->imm32()));
  NEXT(1);
L_LOADK:
  R(A) = EXT();
  NEXT(2);
L_LOADC:
  copySlots(&R(A), reinterpret_cast<const Slot*>(EXT()), B);
  NEXT(2);

  // ---- integer arithmetic ----
L_ADD_I:
  R(A) = R(B) + R(C);
  NEXT(1);
L_SUB_I:
  R(A) = R(B) - R(C);
  NEXT(1);
L_MUL_I:
  R(A) = R(B) * R(C);
  NEXT(1);
L_DIV_I : {
  std::int64_t y = I(C);
  if (y == 0) [[unlikely]] {
    SAVE_PC();
    throwDivideByZero();
  }
  R(A) = y == -1 ? 0 - R(B) : static_cast<Slot>(I(B) / y);
  NEXT(1);
}
L_DIV_U : {
  Slot y = R(C);
  if (y == 0) [[unlikely]] {
    SAVE_PC();
    throwDivideByZero();
  }
  R(A) = R(B) / y;
  NEXT(1);
}
L_REM_I : {
  std::int64_t y = I(C);
  if (y == 0) [[unlikely]] {
    SAVE_PC();
    throwDivideByZero();
  }
  R(A) = y == -1 ? 0 : static_cast<Slot>(I(B) % y);
  NEXT(1);
}
L_REM_U : {
  Slot y = R(C);
  if (y == 0) [[unlikely]] {
    SAVE_PC();
    throwDivideByZero();
  }
  R(A) = R(B) % y;
  NEXT(1);
}
L_AND:
  R(A) = R(B) & R(C);
  NEXT(1);
L_OR:
  R(A) = R(B) | R(C);
  NEXT(1);
L_XOR:
  R(A) = R(B) ^ R(C);
  NEXT(1);
L_ANDNOT:
  R(A) = R(B) & ~R(C);
  NEXT(1);
L_SHLS:
  if (I(C) < 0) [[unlikely]] {
    SAVE_PC();
    throwRuntimeError("negative shift amount");
  }
L_SHL : {
  Slot s = R(C);
  R(A) = s >= 64 ? 0 : R(B) << s;
  NEXT(1);
}
L_SHR_IS:
  if (I(C) < 0) [[unlikely]] {
    SAVE_PC();
    throwRuntimeError("negative shift amount");
  }
L_SHR_I : {
  Slot s = R(C);
  R(A) = static_cast<Slot>(I(B) >> (s >= 64 ? 63 : s));
  NEXT(1);
}
L_SHR_US:
  if (I(C) < 0) [[unlikely]] {
    SAVE_PC();
    throwRuntimeError("negative shift amount");
  }
L_SHR_U : {
  Slot s = R(C);
  R(A) = s >= 64 ? 0 : R(B) >> s;
  NEXT(1);
}
L_NEG_I:
  R(A) = 0 - R(B);
  NEXT(1);
L_COM:
  R(A) = ~R(B);
  NEXT(1);
L_NOT:
  R(A) = R(B) ^ 1;
  NEXT(1);
L_ADDI:
  R(A) = R(C) + static_cast<Slot>(static_cast<std::int64_t>(pc->simmB()));
  NEXT(1);
L_MULI:
  R(A) = R(C) * static_cast<Slot>(static_cast<std::int64_t>(pc->simmB()));
  NEXT(1);
L_DIVI_I:
  R(A) = static_cast<Slot>(I(C) / static_cast<std::int64_t>(pc->simmB()));
  NEXT(1);
L_REMI_I:
  R(A) = static_cast<Slot>(I(C) % static_cast<std::int64_t>(pc->simmB()));
  NEXT(1);
L_ANDI:
  R(A) = R(C) & static_cast<Slot>(static_cast<std::int64_t>(pc->simmB()));
  NEXT(1);
L_EXT_I8:
  R(A) = static_cast<Slot>(static_cast<std::int64_t>(static_cast<std::int8_t>(R(B))));
  NEXT(1);
L_EXT_I16:
  R(A) = static_cast<Slot>(static_cast<std::int64_t>(static_cast<std::int16_t>(R(B))));
  NEXT(1);
L_EXT_I32:
  R(A) = static_cast<Slot>(static_cast<std::int64_t>(static_cast<std::int32_t>(R(B))));
  NEXT(1);
L_EXT_U8:
  R(A) = R(B) & 0xFF;
  NEXT(1);
L_EXT_U16:
  R(A) = R(B) & 0xFFFF;
  NEXT(1);
L_EXT_U32:
  R(A) = R(B) & 0xFFFFFFFFu;
  NEXT(1);

  // ---- floating point ----
L_ADD_F64:
  R(A) = fromF64(f64(R(B)) + f64(R(C)));
  NEXT(1);
L_SUB_F64:
  R(A) = fromF64(f64(R(B)) - f64(R(C)));
  NEXT(1);
L_MUL_F64:
  R(A) = fromF64(f64(R(B)) * f64(R(C)));
  NEXT(1);
L_DIV_F64:
  R(A) = fromF64(f64(R(B)) / f64(R(C)));
  NEXT(1);
L_NEG_F64:
  R(A) = R(B) ^ (1ull << 63);
  NEXT(1);
L_SQRT_F64:
  R(A) = fromF64(std::sqrt(f64(R(B))));
  NEXT(1);
L_ABS_F64:
  R(A) = R(B) & ~(1ull << 63);
  NEXT(1);
L_ADD_F32:
  R(A) = fromF32(f32(R(B)) + f32(R(C)));
  NEXT(1);
L_SUB_F32:
  R(A) = fromF32(f32(R(B)) - f32(R(C)));
  NEXT(1);
L_MUL_F32:
  R(A) = fromF32(f32(R(B)) * f32(R(C)));
  NEXT(1);
L_DIV_F32:
  R(A) = fromF32(f32(R(B)) / f32(R(C)));
  NEXT(1);
L_NEG_F32:
  R(A) = (R(B) ^ (1ull << 31)) & 0xFFFFFFFFu;
  NEXT(1);

  // ---- conversions ----
L_CVT_I_F64:
  R(A) = fromF64(static_cast<double>(I(B)));
  NEXT(1);
L_CVT_U_F64:
  R(A) = fromF64(static_cast<double>(R(B)));
  NEXT(1);
L_CVT_F64_I:
  R(A) = static_cast<Slot>(cvtF64I(f64(R(B))));
  NEXT(1);
L_CVT_F64_U:
  R(A) = cvtF64U(f64(R(B)));
  NEXT(1);
L_CVT_I_F32:
  R(A) = fromF32(static_cast<float>(I(B)));
  NEXT(1);
L_CVT_U_F32:
  R(A) = fromF32(static_cast<float>(R(B)));
  NEXT(1);
L_CVT_F32_I:
  R(A) = static_cast<Slot>(cvtF64I(static_cast<double>(f32(R(B)))));
  NEXT(1);
L_CVT_F32_U:
  R(A) = cvtF64U(static_cast<double>(f32(R(B))));
  NEXT(1);
L_CVT_F32_F64:
  R(A) = fromF64(static_cast<double>(f32(R(B))));
  NEXT(1);
L_CVT_F64_F32:
  R(A) = fromF32(static_cast<float>(f64(R(B))));
  NEXT(1);

  // ---- comparisons ----
L_EQ_I:
  R(A) = R(B) == R(C);
  NEXT(1);
L_NE_I:
  R(A) = R(B) != R(C);
  NEXT(1);
L_LT_I:
  R(A) = I(B) < I(C);
  NEXT(1);
L_LE_I:
  R(A) = I(B) <= I(C);
  NEXT(1);
L_LT_U:
  R(A) = R(B) < R(C);
  NEXT(1);
L_LE_U:
  R(A) = R(B) <= R(C);
  NEXT(1);
L_EQ_F64:
  R(A) = f64(R(B)) == f64(R(C));
  NEXT(1);
L_NE_F64:
  R(A) = f64(R(B)) != f64(R(C));
  NEXT(1);
L_LT_F64:
  R(A) = f64(R(B)) < f64(R(C));
  NEXT(1);
L_LE_F64:
  R(A) = f64(R(B)) <= f64(R(C));
  NEXT(1);
L_EQ_F32:
  R(A) = f32(R(B)) == f32(R(C));
  NEXT(1);
L_NE_F32:
  R(A) = f32(R(B)) != f32(R(C));
  NEXT(1);
L_LT_F32:
  R(A) = f32(R(B)) < f32(R(C));
  NEXT(1);
L_LE_F32:
  R(A) = f32(R(B)) <= f32(R(C));
  NEXT(1);
L_EQ_STR:
  R(A) = strEq(&R(B), &R(C));
  NEXT(1);
L_NE_STR:
  R(A) = !strEq(&R(B), &R(C));
  NEXT(1);
L_LT_STR:
  R(A) = strCmp(&R(B), &R(C)) < 0;
  NEXT(1);
L_LE_STR:
  R(A) = strCmp(&R(B), &R(C)) <= 0;
  NEXT(1);
L_EQ_IFACE:
  SAVE_PC();
  R(A) = ifaceEqual(*reinterpret_cast<const GoIface*>(&R(B)),
                    *reinterpret_cast<const GoIface*>(&R(C)));
  NEXT(1);
L_NE_IFACE:
  SAVE_PC();
  R(A) = !ifaceEqual(*reinterpret_cast<const GoIface*>(&R(B)),
                     *reinterpret_cast<const GoIface*>(&R(C)));
  NEXT(1);
L_EQ_VAL:
  SAVE_PC();
  R(A) = equalValues(reinterpret_cast<const Type*>(EXT()), &R(B), &R(C));
  NEXT(2);
L_NE_VAL:
  SAVE_PC();
  R(A) = !equalValues(reinterpret_cast<const Type*>(EXT()), &R(B), &R(C));
  NEXT(2);

  // ---- branches ----
L_JMP:
  if (pc->imm32() <= 0 && preempt.load(std::memory_order_relaxed)) [[unlikely]] {
    cf->pc = pc + 1;
    if (rt_.sched().current()) rt_.sched().preempt();
    cf = &g.frames.back();
  }
  pc += pc->imm32();
  DISPATCH();
  // Every taken backward branch is a safe point (a loop's condition is tested at its bottom,
  // so its back edge is usually a conditional branch: `for !stop {}` must yield too). JMP keeps
  // its own copy of the check: written as TAKE_IF(true, ...) the empty loop went 2.8 -> 3.4 ns.
#define TAKE_IF(cond, offset)                                                \
  do {                                                                       \
    if (!(cond)) {                                                           \
      pc += 1;                                                               \
      break;                                                                 \
    }                                                                        \
    const std::int32_t off_ = (offset);                                      \
    if (off_ <= 0 && preempt.load(std::memory_order_relaxed)) [[unlikely]] { \
      cf->pc = pc + 1;                                                       \
      if (rt_.sched().current()) rt_.sched().preempt();                      \
      cf = &g.frames.back();                                                 \
    }                                                                        \
    pc += off_;                                                              \
  } while (0)
L_JT:
  TAKE_IF(R(A), pc->imm32());
  DISPATCH();
L_JF:
  TAKE_IF(!R(A), pc->imm32());
  DISPATCH();
L_JEQ_I:
  TAKE_IF(R(A) == R(B), pc->simmC());
  DISPATCH();
L_JNE_I:
  TAKE_IF(R(A) != R(B), pc->simmC());
  DISPATCH();
L_JLT_I:
  TAKE_IF(I(A) < I(B), pc->simmC());
  DISPATCH();
L_JLE_I:
  TAKE_IF(I(A) <= I(B), pc->simmC());
  DISPATCH();
L_JLT_U:
  TAKE_IF(R(A) < R(B), pc->simmC());
  DISPATCH();
L_JLE_U:
  TAKE_IF(R(A) <= R(B), pc->simmC());
  DISPATCH();
L_JEQI_I:
  TAKE_IF(I(A) == pc->simmB(), pc->simmC());
  DISPATCH();
L_JNEI_I:
  TAKE_IF(I(A) != pc->simmB(), pc->simmC());
  DISPATCH();
L_JLTI_I:
  TAKE_IF(I(A) < pc->simmB(), pc->simmC());
  DISPATCH();
L_JLEI_I:
  TAKE_IF(I(A) <= pc->simmB(), pc->simmC());
  DISPATCH();
L_JGTI_I:
  TAKE_IF(I(A) > pc->simmB(), pc->simmC());
  DISPATCH();
L_JGEI_I:
  TAKE_IF(I(A) >= pc->simmB(), pc->simmC());
  DISPATCH();

#undef TAKE_IF

  // ---- composite values in frame slots ----
#define FADDR_OF(slot, off) (reinterpret_cast<std::uint8_t*>(&R(slot)) + (off))
L_LDF_I8 : {
  std::int8_t v;
  std::memcpy(&v, FADDR_OF(B, C), 1);
  R(A) = static_cast<Slot>(static_cast<std::int64_t>(v));
  NEXT(1);
}
L_LDF_U8:
  R(A) = *FADDR_OF(B, C);
  NEXT(1);
L_LDF_I16 : {
  std::int16_t v;
  std::memcpy(&v, FADDR_OF(B, C), 2);
  R(A) = static_cast<Slot>(static_cast<std::int64_t>(v));
  NEXT(1);
}
L_LDF_U16 : {
  std::uint16_t v;
  std::memcpy(&v, FADDR_OF(B, C), 2);
  R(A) = v;
  NEXT(1);
}
L_LDF_I32 : {
  std::int32_t v;
  std::memcpy(&v, FADDR_OF(B, C), 4);
  R(A) = static_cast<Slot>(static_cast<std::int64_t>(v));
  NEXT(1);
}
L_LDF_U32 : {
  std::uint32_t v;
  std::memcpy(&v, FADDR_OF(B, C), 4);
  R(A) = v;
  NEXT(1);
}
L_STF_8 : {
  auto v = static_cast<std::uint8_t>(R(B));
  std::memcpy(FADDR_OF(A, C), &v, 1);
  NEXT(1);
}
L_STF_16 : {
  auto v = static_cast<std::uint16_t>(R(B));
  std::memcpy(FADDR_OF(A, C), &v, 2);
  NEXT(1);
}
L_STF_32 : {
  auto v = static_cast<std::uint32_t>(R(B));
  std::memcpy(FADDR_OF(A, C), &v, 4);
  NEXT(1);
}
L_FADDR:
  R(A) = reinterpret_cast<Slot>(&R(B));
  NEXT(1);
#undef FADDR_OF

  // ---- memory through pointers ----
#define PTR_CHECKED(slot)                                \
  ({                                                     \
    auto* p_ = reinterpret_cast<std::uint8_t*>(R(slot)); \
    if (p_ == nullptr) [[unlikely]] {                    \
      SAVE_PC();                                         \
      throwNilDeref();                                   \
    }                                                    \
    p_;                                                  \
  })
L_LDP_I8 : {
  std::uint8_t* p = PTR_CHECKED(B) + C;
  R(A) = static_cast<Slot>(static_cast<std::int64_t>(*reinterpret_cast<std::int8_t*>(p)));
  NEXT(1);
}
L_LDP_U8 : {
  std::uint8_t* p = PTR_CHECKED(B) + C;
  R(A) = *p;
  NEXT(1);
}
L_LDP_I16 : {
  std::uint8_t* p = PTR_CHECKED(B) + C;
  std::int16_t v;
  std::memcpy(&v, p, 2);
  R(A) = static_cast<Slot>(static_cast<std::int64_t>(v));
  NEXT(1);
}
L_LDP_U16 : {
  std::uint8_t* p = PTR_CHECKED(B) + C;
  std::uint16_t v;
  std::memcpy(&v, p, 2);
  R(A) = v;
  NEXT(1);
}
L_LDP_I32 : {
  std::uint8_t* p = PTR_CHECKED(B) + C;
  std::int32_t v;
  std::memcpy(&v, p, 4);
  R(A) = static_cast<Slot>(static_cast<std::int64_t>(v));
  NEXT(1);
}
L_LDP_U32 : {
  std::uint8_t* p = PTR_CHECKED(B) + C;
  std::uint32_t v;
  std::memcpy(&v, p, 4);
  R(A) = v;
  NEXT(1);
}
L_LDP_64 : {
  std::uint8_t* p = PTR_CHECKED(B) + C;
  std::memcpy(&R(A), p, 8);
  NEXT(1);
}
L_LDPV : {
  std::uint8_t* p = PTR_CHECKED(B) + C;
  std::size_t size = EXT();
  if (size) {
    R(A + (size - 1) / 8) = 0;
    moveValue(&R(A), p, size);
  }
  NEXT(2);
}
L_STP_8 : {
  std::uint8_t* p = PTR_CHECKED(A) + C;
  *p = static_cast<std::uint8_t>(R(B));
  NEXT(1);
}
L_STP_16 : {
  std::uint8_t* p = PTR_CHECKED(A) + C;
  auto v = static_cast<std::uint16_t>(R(B));
  std::memcpy(p, &v, 2);
  NEXT(1);
}
L_STP_32 : {
  std::uint8_t* p = PTR_CHECKED(A) + C;
  auto v = static_cast<std::uint32_t>(R(B));
  std::memcpy(p, &v, 4);
  NEXT(1);
}
L_STP_64 : {
  std::uint8_t* p = PTR_CHECKED(A) + C;
  std::memcpy(p, &R(B), 8);
  NEXT(1);
}
L_STPV : {
  std::uint8_t* p = PTR_CHECKED(A) + C;
  moveValue(p, &R(B), EXT());
  NEXT(2);
}
L_PADD : {
  std::uint8_t* p = PTR_CHECKED(B);
  R(A) = reinterpret_cast<Slot>(p + C);
  NEXT(1);
}
L_PADDX : {
  std::uint8_t* p = PTR_CHECKED(B);
  R(A) = reinterpret_cast<Slot>(p + EXT());
  NEXT(2);
}
L_NILCHK:
  (void)PTR_CHECKED(A);
  NEXT(1);
L_NILWRAP:
  if (!R(A)) [[unlikely]] {
    SAVE_PC();
    throwPlainError(*reinterpret_cast<const std::string*>(EXT()));
  }
  NEXT(2);

  // ---- globals ----
L_GGET:
  copySlots(&R(A), globals_.get() + EXT(), B);
  NEXT(2);
L_GSET:
  copySlots(globals_.get() + EXT(), &R(A), B);
  NEXT(2);
L_GADDR:
  R(A) = reinterpret_cast<Slot>(globals_.get() + EXT());
  NEXT(2);

  // ---- allocation ----
L_NEW : {
  auto* t = reinterpret_cast<const Type*>(EXT());
  void* p = t->size == 0 ? heap.allocateArray(t->gc, 0) : heap.allocate(t->gc);
  R(A) = reinterpret_cast<Slot>(p);
  NEXT(2);
}

// ---- slices, arrays, strings ----
#define BOUNDS_CHECK(i, n)                                                                        \
  do {                                                                                            \
    if (static_cast<std::uint64_t>(i) >= static_cast<std::uint64_t>(n)) [[unlikely]] {            \
      SAVE_PC();                                                                                  \
      throwBounds(BoundsCode::Index, static_cast<std::int64_t>(i), static_cast<std::int64_t>(n)); \
    }                                                                                             \
  } while (0)
L_IDX_64 : {
  Slot i = R(C);
  BOUNDS_CHECK(i, R(B + 1));
  R(A) = reinterpret_cast<const Slot*>(R(B))[i];
  NEXT(1);
}
L_IDX_U8 : {
  Slot i = R(C);
  BOUNDS_CHECK(i, R(B + 1));
  R(A) = reinterpret_cast<const std::uint8_t*>(R(B))[i];
  NEXT(1);
}
L_IDX_I32 : {
  Slot i = R(C);
  BOUNDS_CHECK(i, R(B + 1));
  R(A) =
      static_cast<Slot>(static_cast<std::int64_t>(reinterpret_cast<const std::int32_t*>(R(B))[i]));
  NEXT(1);
}
L_IDX_U32 : {
  Slot i = R(C);
  BOUNDS_CHECK(i, R(B + 1));
  R(A) = reinterpret_cast<const std::uint32_t*>(R(B))[i];
  NEXT(1);
}
L_STIDX_64 : {
  Slot i = R(B);
  BOUNDS_CHECK(i, R(A + 1));
  reinterpret_cast<Slot*>(R(A))[i] = R(C);
  NEXT(1);
}
L_STIDX_8 : {
  Slot i = R(B);
  BOUNDS_CHECK(i, R(A + 1));
  reinterpret_cast<std::uint8_t*>(R(A))[i] = static_cast<std::uint8_t>(R(C));
  NEXT(1);
}
L_STIDX_32 : {
  Slot i = R(B);
  BOUNDS_CHECK(i, R(A + 1));
  reinterpret_cast<std::uint32_t*>(R(A))[i] = static_cast<std::uint32_t>(R(C));
  NEXT(1);
}
L_IDXADDR : {
  Slot i = R(C);
  BOUNDS_CHECK(i, R(B + 1));
  R(A) = R(B) + i * EXT();
  NEXT(2);
}
L_BOUNDS:
  BOUNDS_CHECK(R(A), R(B));
  NEXT(1);
#undef BOUNDS_CHECK
L_SLICE : {
  std::uint64_t spec = EXT();
  std::uint64_t es = spec & 0xFFFFFFFFu;
  bool isStr = spec & slicespec::kString;
  bool lenBound = isStr || (spec & slicespec::kArray);
  Slot base = R(B);
  std::int64_t len = I(B + 1);
  std::int64_t cap = isStr ? len : I(B + 2);
  std::int64_t lo = (spec & slicespec::kHasLo) ? I(C) : 0;
  std::int64_t hi, max;
  SAVE_PC();
  if (spec & slicespec::kHasMax) {
    hi = I(C + 1);
    max = I(C + 2);
    if (max < 0 || max > cap)
      throwBounds(lenBound ? BoundsCode::Slice3Alen : BoundsCode::Slice3Acap, max, cap);
    if (hi < 0 || hi > max) throwBounds(BoundsCode::Slice3B, hi, max);
    if (lo < 0 || lo > hi) throwBounds(BoundsCode::Slice3C, lo, hi);
  } else {
    if (spec & slicespec::kHasHi) {
      hi = I(C + 1);
      std::int64_t bound = lenBound ? len : cap;
      if (hi < 0 || hi > bound)
        throwBounds(lenBound ? BoundsCode::SliceAlen : BoundsCode::SliceAcap, hi, bound);
    } else {
      hi = len;
    }
    max = cap;
    if (lo < 0 || lo > hi) throwBounds(BoundsCode::SliceB, lo, hi);
  }
  // Go never makes a pointer past the end of the array: an empty result keeps the base.
  Slot ptr = (isStr ? hi - lo : max - lo) == 0 ? base : base + static_cast<Slot>(lo) * es;
  R(A) = ptr;
  R(A + 1) = static_cast<Slot>(hi - lo);
  if (!isStr) R(A + 2) = static_cast<Slot>(max - lo);
  NEXT(2);
}
L_MAKESLICE : {
  auto* et = reinterpret_cast<const Type*>(EXT());
  std::int64_t len = I(B);
  std::int64_t cap = C == kNoSlot ? len : I(C);
  std::int64_t es = et->size;
  const std::int64_t maxAlloc = std::int64_t{1} << 40;
  SAVE_PC();
  if (len < 0 || (es > 0 && len > maxAlloc / es)) throwRuntimeError("makeslice: len out of range");
  if (cap < len || (es > 0 && cap > maxAlloc / es))
    throwRuntimeError("makeslice: cap out of range");
  void* p = heap.allocateArray(et->gc, static_cast<std::size_t>(cap));
  R(A) = reinterpret_cast<Slot>(p);
  R(A + 1) = static_cast<Slot>(len);
  R(A + 2) = static_cast<Slot>(cap);
  NEXT(2);
}
L_APPEND : {
  auto* et = reinterpret_cast<const Type*>(EXT());
  std::int64_t n = C;
  std::int64_t es = et->size;
  std::int64_t len = I(A + 1), cap = I(A + 2);
  // Unsigned: a length past MaxInt64 (only zero-size elements get there) takes the grow path.
  auto newLen =
      static_cast<std::int64_t>(static_cast<std::uint64_t>(len) + static_cast<std::uint64_t>(n));
  if (static_cast<std::uint64_t>(newLen) > static_cast<std::uint64_t>(cap)) {
    if (newLen < 0) {
      SAVE_PC();
      throwRuntimeError("growslice: cap out of range");
    }
    std::int64_t newCap = growCap(cap, newLen, es);
    // The old array and the new elements stay reachable from the frame during allocation.
    auto* fresh =
        static_cast<std::uint8_t*>(heap.allocateArray(et->gc, static_cast<std::size_t>(newCap)));
    if (len > 0)
      std::memcpy(fresh, reinterpret_cast<const void*>(R(A)), static_cast<std::size_t>(len * es));
    R(A) = reinterpret_cast<Slot>(fresh);
    R(A + 2) = static_cast<Slot>(newCap);
  }
  auto* dst = reinterpret_cast<std::uint8_t*>(R(A)) + len * es;
  std::int64_t stride = et->slots();
  for (std::int64_t k = 0; k < n; k++)
    moveValue(dst + k * es, &R(B + k * stride), static_cast<std::size_t>(es));
  R(A + 1) = static_cast<Slot>(newLen);
  NEXT(2);
}
L_APPENDSL : {
  auto* et = reinterpret_cast<const Type*>(EXT());
  std::int64_t es = et->size;
  std::int64_t n = I(B + 1);
  std::int64_t len = I(A + 1), cap = I(A + 2);
  auto newLen =
      static_cast<std::int64_t>(static_cast<std::uint64_t>(len) + static_cast<std::uint64_t>(n));
  if (n == 0) NEXT(2);
  if (static_cast<std::uint64_t>(newLen) > static_cast<std::uint64_t>(cap)) {
    if (newLen < 0) {
      SAVE_PC();
      throwRuntimeError("growslice: cap out of range");
    }
    std::int64_t newCap = growCap(cap, newLen, es);
    auto* fresh =
        static_cast<std::uint8_t*>(heap.allocateArray(et->gc, static_cast<std::size_t>(newCap)));
    if (len > 0)
      std::memcpy(fresh, reinterpret_cast<const void*>(R(A)), static_cast<std::size_t>(len * es));
    std::memmove(fresh + len * es, reinterpret_cast<const void*>(R(B)),
                 static_cast<std::size_t>(n * es));
    R(A) = reinterpret_cast<Slot>(fresh);
    R(A + 2) = static_cast<Slot>(newCap);
  } else {
    moveValue(reinterpret_cast<std::uint8_t*>(R(A)) + len * es, reinterpret_cast<const void*>(R(B)),
              static_cast<std::size_t>(n * es));
  }
  R(A + 1) = static_cast<Slot>(newLen);
  NEXT(2);
}
L_COPY : {
  std::int64_t es = static_cast<std::int64_t>(EXT());
  std::int64_t n = I(B + 1) < I(C + 1) ? I(B + 1) : I(C + 1);
  if (n > 0)
    std::memmove(reinterpret_cast<void*>(R(B)), reinterpret_cast<const void*>(R(C)),
                 static_cast<std::size_t>(n * es));
  R(A) = static_cast<Slot>(n);
  NEXT(2);
}
L_STRCAT : {
  std::int64_t n1 = I(B + 1), n2 = I(C + 1);
  if (n1 == 0) {
    Slot p = R(C);
    R(A) = p;
    R(A + 1) = static_cast<Slot>(n2);
    NEXT(1);
  }
  if (n2 == 0) {
    Slot p = R(B);
    R(A) = p;
    R(A + 1) = static_cast<Slot>(n1);
    NEXT(1);
  }
  auto* p = static_cast<std::uint8_t*>(heap.allocateNoScan(static_cast<std::size_t>(n1 + n2)));
  std::memcpy(p, reinterpret_cast<const void*>(R(B)), static_cast<std::size_t>(n1));
  std::memcpy(p + n1, reinterpret_cast<const void*>(R(C)), static_cast<std::size_t>(n2));
  R(A) = reinterpret_cast<Slot>(p);
  R(A + 1) = static_cast<Slot>(n1 + n2);
  NEXT(1);
}
L_STR_BYTES : {
  std::int64_t n = I(B + 1);
  if (n == 0) {
    R(A) = 0;
    R(A + 1) = 0;
    NEXT(1);
  }
  auto* p = static_cast<std::uint8_t*>(heap.allocateNoScan(static_cast<std::size_t>(n)));
  std::memcpy(p, reinterpret_cast<const void*>(R(B)), static_cast<std::size_t>(n));
  R(A) = reinterpret_cast<Slot>(p);
  R(A + 1) = static_cast<Slot>(n);
  NEXT(1);
}
L_BYTES_STR : {
  std::int64_t n = I(B + 1);
  std::size_t cap =
      n == 0 || C ? static_cast<std::size_t>(n) : roundupsize(static_cast<std::size_t>(n));
  auto* p = static_cast<std::uint8_t*>(heap.allocateArray(types_.basic(Kind::Uint8)->gc, cap));
  if (n) std::memcpy(p, reinterpret_cast<const void*>(R(B)), static_cast<std::size_t>(n));
  R(A) = reinterpret_cast<Slot>(p);
  R(A + 1) = static_cast<Slot>(n);
  R(A + 2) = static_cast<Slot>(cap);
  NEXT(1);
}
L_SLICE_ARRP : {
  auto want = static_cast<std::int64_t>(EXT());
  if (I(B + 1) < want)
    throwRuntimeError("cannot convert slice with length " + std::to_string(I(B + 1)) +
                      " to pointer to array with length " + std::to_string(want));
  R(A) = R(B);
  NEXT(2);
}
L_STR_RUNES : {
  std::string s;
  auto* rs = reinterpret_cast<const std::int32_t*>(R(B));
  for (std::int64_t k = 0; k < I(B + 1); k++) appendRune(s, rs[k]);
  GoString gs = newString(s);
  R(A) = reinterpret_cast<Slot>(gs.ptr);
  R(A + 1) = static_cast<Slot>(gs.len);
  NEXT(1);
}
L_RUNES_STR : {
  auto* s = reinterpret_cast<const std::uint8_t*>(R(B));
  std::int64_t n = I(B + 1), count = 0;
  for (std::int64_t k = 0; k < n;) {
    std::int64_t w;
    decodeRune(s, n, k, &w);
    k += w;
    count++;
  }
  std::size_t cap = count == 0 || C ? static_cast<std::size_t>(count)
                                    : roundupsize(static_cast<std::size_t>(count) * 4) / 4;
  auto* p = static_cast<std::int32_t*>(heap.allocateArray(types_.basic(Kind::Int32)->gc, cap));
  s = reinterpret_cast<const std::uint8_t*>(R(B));  // (non-moving heap: unchanged)
  std::int64_t j = 0;
  for (std::int64_t k = 0; k < n;) {
    std::int64_t w;
    p[j++] = static_cast<std::int32_t>(decodeRune(s, n, k, &w));
    k += w;
  }
  R(A) = reinterpret_cast<Slot>(p);
  R(A + 1) = static_cast<Slot>(count);
  R(A + 2) = static_cast<Slot>(cap);
  NEXT(1);
}
L_STR_RUNE : {
  std::string s;
  appendRune(s, I(B));
  GoString gs = newString(s);
  R(A) = reinterpret_cast<Slot>(gs.ptr);
  R(A + 1) = static_cast<Slot>(gs.len);
  NEXT(1);
}
L_STRNEXT : {
  std::int64_t i = I(C), w;
  std::int64_t r = decodeRune(reinterpret_cast<const std::uint8_t*>(R(B)), I(B + 1), i, &w);
  R(A) = static_cast<Slot>(r);
  R(A + 1) = static_cast<Slot>(i + w);
  NEXT(1);
}

  // ---- maps ----
L_MAKEMAP : {
  auto* mt = mapTypes_.get(reinterpret_cast<const Type*>(EXT()));
  std::int64_t hint = B == kNoSlot ? 0 : I(B);
  if (hint < 0) {
    SAVE_PC();
    throwRuntimeError("makemap: size out of range");
  }
  R(A) = reinterpret_cast<Slot>(mapMake(heap, mt, hint));
  NEXT(2);
}
L_MAPGET:
L_MAPGET2 : {
  auto* mtype = reinterpret_cast<const Type*>(EXT());
  const Type* vt = mtype->u()->elem;
  SAVE_PC();
  void* v = gomi::mapAccess(reinterpret_cast<const GoMap*>(R(B)), &R(C));
  std::int64_t vs = vt->slots();
  if (v)
    loadValue(&R(A), v, static_cast<std::size_t>(vt->size));
  else
    std::memset(&R(A), 0, static_cast<std::size_t>(vs) * sizeof(Slot));
  if (pc->op == static_cast<std::uint16_t>(Opcode::MAPGET2)) R(A + vs) = v != nullptr;
  NEXT(2);
}
L_MAPSET : {
  auto* m = reinterpret_cast<GoMap*>(R(A));
  SAVE_PC();
  if (!m) throwPlainError("assignment to entry in nil map");
  void* v = mapAssign(heap, m, &R(B));
  std::memcpy(v, &R(C), m->mt->valSize);
  NEXT(2);
}
L_MAPADDR : {
  auto* m = reinterpret_cast<GoMap*>(R(B));
  SAVE_PC();
  if (!m) throwPlainError("assignment to entry in nil map");
  R(A) = reinterpret_cast<Slot>(mapAssign(heap, m, &R(C)));
  NEXT(2);
}
L_MAPDEL:
  SAVE_PC();
  mapDelete(reinterpret_cast<GoMap*>(R(A)), &R(B));
  NEXT(2);
L_MAPLEN:
  R(A) = static_cast<Slot>(gomi::mapLen(reinterpret_cast<const GoMap*>(R(B))));
  NEXT(1);
L_MAPITER:
  R(A) = reinterpret_cast<Slot>(mapIterStart(heap, reinterpret_cast<GoMap*>(R(B))));
  NEXT(2);
L_MAPNEXT : {
  auto* it = reinterpret_cast<MapIter*>(R(A));
  const void* k;
  const void* v;
  SAVE_PC();
  if (!mapIterNext(it, &k, &v)) {
    pc += static_cast<std::int64_t>(EXT());
    DISPATCH();
  }
  if (B != kNoSlot) loadValue(&R(B), k, it->mt->keySize);
  if (C != kNoSlot) loadValue(&R(C), v, it->mt->valSize);
  NEXT(2);
}

  // ---- interfaces ----
L_IFACE_DIRECT : {
  Slot d = R(B);
  R(A) = EXT();
  R(A + 1) = d;
  NEXT(2);
}
L_IFACE_BOX : {
  auto* t = reinterpret_cast<const Type*>(EXT());
  void* p;
  if (t->size == 0) {
    p = heap.allocateArray(t->gc, 0);
  } else {
    p = heap.allocate(t->gc);
    std::memcpy(p, &R(B), static_cast<std::size_t>(t->size));
  }
  R(A) = reinterpret_cast<Slot>(t);
  R(A + 1) = reinterpret_cast<Slot>(p);
  NEXT(2);
}
L_ASSERT : {
  auto* site = reinterpret_cast<const AssertSite*>(EXT());
  auto* dyn = reinterpret_cast<const Type*>(R(B));
  void* data = reinterpret_cast<void*>(R(B + 1));
  if (dyn == site->target) {
    if (site->direct)
      R(A) = reinterpret_cast<Slot>(data);
    else
      loadValue(&R(A), data, static_cast<std::size_t>(dyn->size));
    if (C != kNoSlot) R(C) = 1;
  } else if (C != kNoSlot) {
    std::memset(&R(A), 0, static_cast<std::size_t>(site->target->slots()) * sizeof(Slot));
    R(C) = 0;
  } else {
    SAVE_PC();
    std::string inter = site->iface ? site->iface->str() : "interface";
    if (!dyn)
      throw RuntimeErrorSignal{
          RuntimeErrorKind::TypeAssertionError,
          "interface conversion: " + inter + " is nil, not " + site->target->str()};
    std::string msg =
        "interface conversion: " + inter + " is " + dyn->str() + ", not " + site->target->str();
    if (dyn->str() == site->target->str()) msg += " (types from different scopes)";
    throw RuntimeErrorSignal{RuntimeErrorKind::TypeAssertionError, msg};
  }
  NEXT(2);
}
L_ASSERTI : {
  auto* site = reinterpret_cast<const AssertSite*>(EXT());
  auto* dyn = reinterpret_cast<const Type*>(R(B));
  Slot data = R(B + 1);
  std::string missing;
  bool ok;
  if (!dyn) {
    ok = false;
  } else if (dyn == site->cacheType) {
    ok = site->cacheOk;
  } else {
    ok = assertImplements(dyn, site->target, &missing);
    site->cacheType = dyn;
    site->cacheOk = ok;
  }
  if (ok) {
    R(A) = reinterpret_cast<Slot>(dyn);
    R(A + 1) = data;
    if (C != kNoSlot) R(C) = 1;
  } else if (C != kNoSlot) {
    R(A) = 0;
    R(A + 1) = 0;
    R(C) = 0;
  } else {
    SAVE_PC();
    if (!dyn)
      throw RuntimeErrorSignal{
          RuntimeErrorKind::TypeAssertionError,
          "interface conversion: interface is nil, not " + site->target->str()};
    if (missing.empty()) assertImplements(dyn, site->target, &missing);
    throw RuntimeErrorSignal{RuntimeErrorKind::TypeAssertionError,
                             "interface conversion: " + dyn->str() + " is not " +
                                 site->target->str() + ": missing method " + missing};
  }
  NEXT(2);
}
L_TYPEIS:
  R(A) = R(B) == EXT();
  NEXT(2);

  // ---- calls ----
L_CALL : {
  auto* fn = reinterpret_cast<const FuncProto*>(EXT());
  cf->pc = pc + 2;
  if (preempt.load(std::memory_order_relaxed)) [[unlikely]] {
    if (rt_.sched().current()) rt_.sched().preempt();
    cf = &g.frames.back();
  }
  Slot* nb = fp + A;
  std::uint32_t flags = 0;
  Slot* retTo = nullptr;
  if (nb + fn->frameSize > g.limit) [[unlikely]] {
    retTo = nb;
    nb = splitStack(g, nb, fn);
    flags |= kSplitFrame;
  }
  if (g.frames.size() == g.frames.capacity()) [[unlikely]] {
    checkStackGrowth(g.totalSlots, g.frames.size() * 2);
    g.frames.reserve(g.frames.size() * 2);
  }
  zeroSlots(nb + fn->paramSlots, fn->frameSize - fn->paramSlots);
  g.frames.push_back(Frame{fn, nb, nullptr, nullptr, retTo, flags});
  cf = &g.frames.back();
  fp = nb;
  pc = fn->code.data();
  DISPATCH();
}
L_CALLN : {
  auto* fn = reinterpret_cast<const FuncProto*>(EXT());
  cf->pc = pc + 2;
  if (!fn->native) [[unlikely]]
    fatal("unimplemented native function " + fn->name);
  fn->native(*this, fp + A, fp + A + fn->paramSlots);
  cf = &g.frames.back();
  NEXT(2);
}
L_CALLC : {
  auto* clo = reinterpret_cast<const Closure*>(R(B));
  cf->pc = pc + 1;
  if (!clo) [[unlikely]]
    throwNilDeref();
  const FuncProto* fn = clo->fn;
  Slot* nb = fp + A;
  if (fn->native) {
    fn->native(*this, nb, nb + fn->paramSlots);
    cf = &g.frames.back();
    NEXT(1);
  }
  std::uint32_t flags = 0;
  Slot* retTo = nullptr;
  if (nb + fn->frameSize > g.limit) [[unlikely]] {
    retTo = nb;
    nb = splitStack(g, nb, fn);
    flags |= kSplitFrame;
  }
  if (g.frames.size() == g.frames.capacity()) [[unlikely]] {
    checkStackGrowth(g.totalSlots, g.frames.size() * 2);
    g.frames.reserve(g.frames.size() * 2);
  }
  zeroSlots(nb + fn->paramSlots, fn->frameSize - fn->paramSlots);
  g.frames.push_back(Frame{fn, nb, nullptr, clo, retTo, flags});
  cf = &g.frames.back();
  fp = nb;
  pc = fn->code.data();
  DISPATCH();
}
L_CALLI : {
  auto* site = reinterpret_cast<const IfaceCallSite*>(EXT());
  auto* dyn = reinterpret_cast<const Type*>(R(B));
  Slot data = R(B + 1);
  cf->pc = pc + 2;
  if (!dyn) [[unlikely]]
    throwNilDeref();
  const FuncProto* fn;
  if (dyn == site->cacheType) {
    fn = site->cacheFn;
  } else {
    fn = ifaceMethod(dyn, site);
    site->cacheType = dyn;
    site->cacheFn = fn;
  }
  Slot* nb = fp + A;
  nb[0] = data;
  if (fn->native) {
    fn->native(*this, nb, nb + fn->paramSlots);
    cf = &g.frames.back();
    NEXT(2);
  }
  std::uint32_t flags = 0;
  Slot* retTo = nullptr;
  if (nb + fn->frameSize > g.limit) [[unlikely]] {
    retTo = nb;
    nb = splitStack(g, nb, fn);
    flags |= kSplitFrame;
  }
  if (g.frames.size() == g.frames.capacity()) [[unlikely]] {
    checkStackGrowth(g.totalSlots, g.frames.size() * 2);
    g.frames.reserve(g.frames.size() * 2);
  }
  zeroSlots(nb + fn->paramSlots, fn->frameSize - fn->paramSlots);
  g.frames.push_back(Frame{fn, nb, nullptr, nullptr, retTo, flags});
  cf = &g.frames.back();
  fp = nb;
  pc = fn->code.data();
  DISPATCH();
}
L_RETV:
  // `return x` of a one-slot local: the MOV into the result slot folded into the return, which
  // saves a dispatch at the end of every small leaf function.
  fp[cf->fn->paramSlots] = R(A);
  goto do_return;
L_RET:
do_return : {
  if (!g.defers.empty() && g.defers.back().frame == g.frames.size() - 1) {
    cf->pc = pc + 1;
    runFrameDefers(g);
    cf = &g.frames.back();
  }
  const FuncProto* fn = cf->fn;
  std::int32_t keep = fn->paramSlots + fn->resultSlots;
  // Locals die here; zero them so the caller's frame (which overlaps) holds no stale words.
  zeroSlots(fp + keep, fn->frameSize - keep);
  if (cf->flags & (kSplitFrame | kEntryFrame)) [[unlikely]] {
    std::uint32_t flags = cf->flags;
    if ((flags & kSplitFrame) && cf->retTo)
      std::memcpy(cf->retTo + fn->paramSlots, fp + fn->paramSlots,
                  static_cast<std::size_t>(fn->resultSlots) * sizeof(Slot));
    popFrame(g);
    if (flags & kEntryFrame) return;
  } else {
    g.frames.pop_back();
  }
  cf = &g.frames.back();
  fp = cf->base;
  pc = cf->pc;
  DISPATCH();
}
L_CLOSURE : {
  auto* fn = reinterpret_cast<const FuncProto*>(EXT());
  std::size_t n = C;
  auto* clo = static_cast<Closure*>(heap.allocate(closureGcType(n)));
  clo->fn = fn;
  for (std::size_t k = 0; k < n; k++) clo->captures[k] = reinterpret_cast<void*>(R(B + k));
  R(A) = reinterpret_cast<Slot>(clo);
  NEXT(2);
}
L_LDCAP:
  R(A) = reinterpret_cast<Slot>(cf->closure->captures[B]);
  NEXT(1);
L_DEFER : {
  auto* fn = reinterpret_cast<const FuncProto*>(EXT());
  Defer d;
  d.fn = fn;
  d.args.assign(fp + A, fp + A + fn->paramSlots);
  d.frame = g.frames.size() - 1;
  g.defers.push_back(std::move(d));
  NEXT(2);
}
L_DEFERC : {
  auto* clo = reinterpret_cast<const Closure*>(R(B));
  Defer d;
  d.closure = clo;
  d.fn = clo ? clo->fn : nullptr;
  if (d.fn) d.args.assign(fp + A, fp + A + d.fn->paramSlots);
  d.frame = g.frames.size() - 1;
  g.defers.push_back(std::move(d));
  NEXT(1);
}
L_PANIC:
  SAVE_PC();
  throw PanicSignal{*reinterpret_cast<const GoIface*>(&R(A))};
L_RECOVER : {
  GoIface v{nullptr, nullptr};
  if (B == 0) {
    if (!g.panics.empty()) {
      // recover() works in the frame the panic's deferred call started, and, as in Go, through
      // compiler-made wrappers under it: a deferred method call or method value runs the method
      // under its wrapper (and an interface or embedded-field wrapper).
      Panic* p = g.panics.back().get();
      const std::size_t top = g.frames.size() - 1;
      std::size_t f = p->deferFrame;
      if (!p->recovered && f <= top && (g.frames[f].flags & kPanicDefer)) {
        while (f < top && g.frames[f].fn->wrapper) f++;
        if (f == top) {
          p->recovered = true;
          v = p->value;
        }
      }
    }
  } else if (!(cf->flags & kPanicDefer) && g.frames.size() >= 2 && !g.panics.empty()) {
    // `defer recover()` run at its deferring function's normal return: recovers as a
    // recover() in that function would. Run by a panic, it is the deferred call itself, which
    // recover() is not called by: nil.
    const std::size_t caller = g.frames.size() - 2;
    Panic* p = g.panics.back().get();
    if ((g.frames[caller].flags & kPanicDefer) && !p->recovered && p->deferFrame == caller) {
      p->recovered = true;
      v = p->value;
    }
  }
  R(A) = reinterpret_cast<Slot>(v.type);
  R(A + 1) = reinterpret_cast<Slot>(v.data);
  NEXT(1);
}

  // ---- print ----
L_PRINT_I:
  g.printBuf += std::to_string(I(A));
  NEXT(1);
L_PRINT_U:
  g.printBuf += std::to_string(R(A));
  NEXT(1);
L_PRINT_F64:
  g.printBuf += formatPrintFloat(f64(R(A)));
  NEXT(1);
L_PRINT_BOOL:
  g.printBuf += R(A) ? "true" : "false";
  NEXT(1);
L_PRINT_STR:
  if (R(A + 1)) g.printBuf.append(reinterpret_cast<const char*>(R(A)), R(A + 1));
  NEXT(1);
L_PRINT_PTR:
  g.printBuf += hex(R(A));
  NEXT(1);
L_PRINT_IFACE:
  g.printBuf += "(" + hex(R(A)) + "," + hex(R(A + 1)) + ")";
  NEXT(1);
L_PRINT_SLICE:
  g.printBuf += "[" + std::to_string(I(A + 1)) + "/" + std::to_string(I(A + 2)) + "]" + hex(R(A));
  NEXT(1);
L_PRINT_SP:
  g.printBuf += ' ';
  NEXT(1);
L_PRINT_NL:
  g.printBuf += '\n';
  NEXT(1);
L_PRINT_END:
  flushPrint(g);
  NEXT(1);

L_RUNDEFERS:
  if (!g.defers.empty() && g.defers.back().frame == g.frames.size() - 1) {
    cf->pc = pc + 1;
    runFrameDefers(g);
    cf = &g.frames.back();
  }
  NEXT(1);

  // ---- complex numbers ----
L_ADD_C128 : {
  double re = f64(R(B)) + f64(R(C)), im = f64(R(B + 1)) + f64(R(C + 1));
  R(A) = fromF64(re);
  R(A + 1) = fromF64(im);
  NEXT(1);
}
L_SUB_C128 : {
  double re = f64(R(B)) - f64(R(C)), im = f64(R(B + 1)) - f64(R(C + 1));
  R(A) = fromF64(re);
  R(A + 1) = fromF64(im);
  NEXT(1);
}
L_MUL_C128 : {
  auto r = complexMul(f64(R(B)), f64(R(B + 1)), f64(R(C)), f64(R(C + 1)));
  R(A) = fromF64(r.re);
  R(A + 1) = fromF64(r.im);
  NEXT(1);
}
L_DIV_C128 : {
  auto r = complexDiv(f64(R(B)), f64(R(B + 1)), f64(R(C)), f64(R(C + 1)));
  R(A) = fromF64(r.re);
  R(A + 1) = fromF64(r.im);
  NEXT(1);
}
L_NEG_C128 : {
  Slot re = R(B) ^ (1ull << 63), im = R(B + 1) ^ (1ull << 63);
  R(A) = re;
  R(A + 1) = im;
  NEXT(1);
}
L_EQ_C128:
  R(A) = f64(R(B)) == f64(R(C)) && f64(R(B + 1)) == f64(R(C + 1));
  NEXT(1);
L_NE_C128:
  R(A) = !(f64(R(B)) == f64(R(C)) && f64(R(B + 1)) == f64(R(C + 1)));
  NEXT(1);
L_ADD_C64:
  R(A) = c64(f32(R(B)) + f32(R(C)), c64im(R(B)) + c64im(R(C)));
  NEXT(1);
L_SUB_C64:
  R(A) = c64(f32(R(B)) - f32(R(C)), c64im(R(B)) - c64im(R(C)));
  NEXT(1);
L_MUL_C64 : {
  auto r = complexMul(f32(R(B)), c64im(R(B)), f32(R(C)), c64im(R(C)));
  R(A) = c64(static_cast<float>(r.re), static_cast<float>(r.im));
  NEXT(1);
}
L_DIV_C64 : {
  auto r = complexDiv(f32(R(B)), c64im(R(B)), f32(R(C)), c64im(R(C)));
  R(A) = c64(static_cast<float>(r.re), static_cast<float>(r.im));
  NEXT(1);
}
L_NEG_C64:
  R(A) = R(B) ^ (1ull << 63 | 1ull << 31);
  NEXT(1);
L_EQ_C64:
  R(A) = f32(R(B)) == f32(R(C)) && c64im(R(B)) == c64im(R(C));
  NEXT(1);
L_NE_C64:
  R(A) = !(f32(R(B)) == f32(R(C)) && c64im(R(B)) == c64im(R(C)));
  NEXT(1);
L_CVT_C64_C128 : {
  Slot v = R(B);
  R(A) = fromF64(f32(v));
  R(A + 1) = fromF64(c64im(v));
  NEXT(1);
}
L_CVT_C128_C64:
  R(A) = c64(static_cast<float>(f64(R(B))), static_cast<float>(f64(R(B + 1))));
  NEXT(1);
L_MK_C64:
  R(A) = (R(B) & 0xFFFFFFFFu) | R(C) << 32;
  NEXT(1);
L_IMAG_C64:
  R(A) = R(B) >> 32;
  NEXT(1);
L_PRINT_C128:
  g.printBuf += "(" + formatPrintFloat(f64(R(A))) + formatPrintFloat(f64(R(A + 1))) + "i)";
  NEXT(1);

  // ---- goroutines and channels (runtime/chan.h, runtime/sched.h) ----
L_GO : {
  SAVE_PC();
  spawnGoroutine(reinterpret_cast<const FuncProto*>(EXT()), nullptr, fp + A);
  cf = &g.frames.back();
  NEXT(2);
}
L_GOC : {
  auto* clo = reinterpret_cast<const Closure*>(R(B));
  SAVE_PC();
  if (!clo) throwNilDeref();
  spawnGoroutine(clo->fn, clo, fp + A);
  cf = &g.frames.back();
  NEXT(1);
}
L_MAKECHAN : {
  const Type* et = reinterpret_cast<const Type*>(EXT())->u()->elem;
  std::int64_t size = B == kNoSlot ? 0 : I(B);
  SAVE_PC();
  if (size < 0) throwPlainError("makechan: size out of range");
  R(A) = reinterpret_cast<Slot>(rt_.chans().make(et->gc, et, size));
  NEXT(2);
}
L_SEND:
  SAVE_PC();
  rt_.chans().send(reinterpret_cast<rt::HChan*>(R(A)), &R(B), true);
  cf = &g.frames.back();
  NEXT(2);
L_RECV : {
  const Type* et = reinterpret_cast<const Type*>(EXT())->u()->elem;
  if (B != kNoSlot) std::memset(&R(B), 0, static_cast<std::size_t>(et->slots()) * sizeof(Slot));
  SAVE_PC();
  bool ok = false;
  rt_.chans().recv(reinterpret_cast<rt::HChan*>(R(A)), B == kNoSlot ? nullptr : &R(B), true, &ok);
  cf = &g.frames.back();
  if (C != kNoSlot) R(C) = ok;
  NEXT(2);
}
L_CLOSE:
  SAVE_PC();
  rt_.chans().close(reinterpret_cast<rt::HChan*>(R(A)));
  NEXT(1);
L_CHANLEN:
  R(A) = static_cast<Slot>(rt_.chans().len(reinterpret_cast<const rt::HChan*>(R(B))));
  NEXT(1);
L_CHANCAP:
  R(A) = static_cast<Slot>(rt_.chans().cap(reinterpret_cast<const rt::HChan*>(R(B))));
  NEXT(1);
L_SELECT : {
  auto* site = reinterpret_cast<const SelectSite*>(EXT());
  std::vector<rt::SelectCase> cases;
  std::vector<int> index;
  int defaultIdx = -1;
  for (std::size_t k = 0; k < site->cases.size(); k++) {
    const SelectSite::Case& sc = site->cases[k];
    if (sc.kind == SelectSite::Case::Kind::Default) {
      defaultIdx = static_cast<int>(k);
      continue;
    }
    rt::SelectCase rc;
    rc.c = reinterpret_cast<rt::HChan*>(R(sc.chanSlot));
    rc.isSend = sc.kind == SelectSite::Case::Kind::Send;
    rc.elem = sc.valueSlot == kNoSlot ? nullptr : &R(sc.valueSlot);
    if (!rc.isSend && rc.elem)
      std::memset(rc.elem, 0,
                  static_cast<std::size_t>(sc.chanType->u()->elem->slots()) * sizeof(Slot));
    cases.push_back(rc);
    index.push_back(static_cast<int>(k));
  }
  SAVE_PC();
  bool recvOK = false;
  int r = rt_.chans().select(cases.data(), static_cast<int>(cases.size()), defaultIdx < 0, &recvOK);
  cf = &g.frames.back();
  int chosen = r < 0 ? defaultIdx : index[static_cast<std::size_t>(r)];
  if (r >= 0 && !cases[static_cast<std::size_t>(r)].isSend &&
      site->cases[static_cast<std::size_t>(chosen)].okSlot != kNoSlot)
    R(site->cases[static_cast<std::size_t>(chosen)].okSlot) = recvOK;
  R(A) = static_cast<Slot>(chosen);
  NEXT(2);
}

#undef DISPATCH
#undef NEXT
#undef SAVE_PC
#undef A
#undef B
#undef C
#undef R
#undef I
#undef EXT
#undef PTR_CHECKED
}

}  // namespace gomi::vm
