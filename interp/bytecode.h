// interp/bytecode.h — gomi's typed register bytecode: the contract between the compiler and the VM.
//
// CHANGELOG for the compiler (additive only; times UTC):
//   2026-11-22 04:20  first version.
//   2026-11-22 04:50  RUNDEFERS opcode and FuncProto::recoverPc, for functions whose named
//                     results live in heap boxes (captured by a deferred closure): their
//                     epilogue must be `RUNDEFERS; copy boxes -> result slots; RET`, and
//                     recoverPc = index of that RUNDEFERS (a recovered panic resumes there,
//                     as Go's deferreturn). Without it deferred writes to named results are lost.
//   2026-11-22 04:55  BYTES_STR / RUNES_STR: c = 1 makes cap == len. Use it when the operand is
//                     a constant string: Go compiles []byte("lit") like a composite literal
//                     (cap == len), while a dynamic conversion rounds cap up to a size class.
//   2026-12-06 19:30  RECOVER takes b: b = 1 recovers on behalf of the caller's frame (the
//                     thunk of `defer recover()`); b = 0 as before.
//   2026-12-06 22:00  complex numbers: *_C128 / *_C64 arithmetic, comparison, conversion,
//                     MK_C64, IMAG_C64, PRINT_C128 (at the end of the table).
//
// NOTES for the compiler (seen from the VM side while running tests/go; 05:00):
//  * `x = append(y, x...)` (and `ints = append([]int{4}, ints...)`): the destination slice is
//    MOV3'd over before APPENDSL reads its operand `b` when b is the same variable; evaluate
//    the operand into a temporary first (tests/go/slice_basic_1, convert_string_1).
//  * Named results captured by a deferred closure: see RUNDEFERS above (defer_basic_1,
//    recover_1, named_results_1, prog_interp_1).
//  * The constant -0.0 is 0 in Go (constants are exact): float_basic_1 prints -0.
//
// ---------------------------------------------------------------------------------------------
// Design
// ---------------------------------------------------------------------------------------------
// * Typed: no instruction looks at a type tag to decide what to do. ADD_I and ADD_F64 are
//   different opcodes; the compiler picks the one for the static type.
// * Register machine over frame slots. A function's frame is `frameSize` 8-byte Slots:
//
//       [ params (paramSlots) | results (resultSlots) | locals and temporaries ... ]
//
//   A value of type T occupies T.slots() consecutive slots holding T's exact Go memory bytes
//   (value.h). Methods take the receiver as their first parameter.
// * Encoding: one instruction is one 8-byte word {op, a, b, c} of uint16 fields. Formats
//   ending in X are followed by ONE extension word holding a raw 64-bit value (a pointer to a
//   Type / FuncProto / side record, a big immediate or a byte size); the next instruction
//   starts after it. Slot operands are uint16 (frames are limited to 65535 slots: the compiler
//   heap-boxes anything bigger). kNoSlot (0xFFFF) means "absent" where an operand is optional.
// * Jumps: offsets are relative to the index of the jump instruction itself
//   (target = here + offset). Format J: signed 32-bit offset in b (low 16) | c (high 16).
//   Format ABj: fused compare-and-branch, c is a signed 16-bit offset.
//
// Slot conventions (the compiler guarantees them; the VM relies on them)
// ---------------------------------------------------------------------------------------------
// * Scalars held on their own in slots are CANONICAL: integers sign- (signed kinds) or zero-
//   (unsigned kinds, bool) extended to 64 bits; float32 as its IEEE bits in the low 32 bits with
//   the upper 32 bits zero; float64 as its bits; pointers/maps/chans/funcs as addresses.
//   The low bytes of a canonical slot are therefore the value's Go memory bytes.
// * Integer arithmetic is 64-bit. After an op whose result has a narrow type (int8/16/32,
//   uint8/16/32) the compiler emits the matching EXT_* so the result is canonical again
//   (wraparound happens there). Division of narrow signed types works on the canonical values
//   (e.g. int8 -128 / -1 = 128 -> EXT_I8 -> -128, as Go).
// * Inside a composite value (struct, array) held in slots, fields are at their Go byte offsets
//   (NOT one per slot): use LDF_*/STF_* (or MOV for 8-byte aligned 8-byte fields).
// * Loads of whole values from memory (LDPV, ASSERT, MAPGET, IDX via LDPV ...) copy the value's
//   bytes and zero the rest of the last slot. Such a load produces a canonical value for every
//   type except signed narrow integers: for those the compiler follows with EXT_I8/16/32.
//   (The typed scalar loads LDP_I8, LDF_I16, ... extend by themselves.)
// * GC precision: every slot of a function holds pointers or non-pointers for the whole function
//   (FuncProto::ptrmask, one bit per slot, set = may hold a pointer). Pointer slots are
//   zeroed at entry. While a call is active, the caller's frame is scanned only below the call
//   window base `a`; the callee scans its own params/results.
//
// Calls
// ---------------------------------------------------------------------------------------------
// * CALL a, X=proto: the arguments are in the caller's slots [a, a+callee.paramSlots) and the
//   callee's frame starts AT fp+a (windows overlap, no copying). Everything in the caller at or
//   above slot a may be overwritten by the call, so `a` must be above every live slot. After
//   the call the results are at caller slots [a+paramSlots, a+paramSlots+resultSlots).
//   The caller's frameSize must cover a+paramSlots+resultSlots (for natives too).
// * The callee's slots from paramSlots up are zero at entry (named results start at zero;
//   locals still need explicit initialisation only if re-entered in a loop).
// * RET has no operands: the function stores its results into its result slots first.
// * Natives (CALLN) get args = fp+a, results = fp+a+paramSlots (native.h convention).
// * A func value is a Closure* (value.h). CALLC loads fn from it; captured variables are read
//   with LDCAP (each capture is a pointer to the heap box of the variable).
// * Interface method calls (CALLI): the VM puts the interface's data word in slot a (the
//   receiver) and calls the method-set proto of the dynamic type; the compiler places the
//   arguments at a+1... Therefore every proto in a MethodSet takes its receiver as ONE slot:
//   the data word. For pointer-shaped dynamic types (pointers, maps, chans, funcs) that is the
//   value itself; otherwise it is a pointer to the boxed value and the compiler provides a
//   wrapper proto that loads *recv and calls the real method (Go's autogenerated wrappers),
//   also for methods promoted through embedded fields.
// * DEFER a, X=proto / DEFERC a, b: arguments are copied out of [a, a+paramSlots) now; the call
//   runs when the function returns or panics. For deferred builtins, interface method calls
//   and method values the compiler emits a small thunk proto (or a closure) and defers that.
//
// Strings are {ptr,len} (2 slots), slices {ptr,len,cap} (3), interfaces {type,data} (2).
// len(s)/cap(s) of strings and slices are plain MOVs of slot+1/slot+2. len(map) is MAPLEN.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "interp/native.h"
#include "interp/types.h"
#include "interp/value.h"

namespace gomi {

// ---------------------------------------------------------------------------------------------
// The opcode table. X(NAME, FORMAT, "semantics")
//   Formats: N (no operands), A, AB, ABC, AX, ABX, ABCX, AI (a, signed 32-bit imm in b|c<<16),
//            J (signed 32-bit offset in b|c<<16, a = condition slot when used), ABj (c = int16
//            jump offset), ABiC (b = signed 16-bit immediate).
//   In the text: fp[a] is slot a; "imm" is the signed immediate; X is the extension word.
// ---------------------------------------------------------------------------------------------
#define GOMI_OPCODES(X)                                                                         \
  X(NOP, N, "")                                                                                 \
  /* ---- moves and constants ---- */                                                           \
  X(MOV, AB, "fp[a] = fp[b]")                                                                   \
  X(MOV2, AB, "fp[a..a+2) = fp[b..b+2) (strings, interfaces)")                                  \
  X(MOV3, AB, "fp[a..a+3) = fp[b..b+3) (slices)")                                               \
  X(MOVN, ABC, "fp[a..a+c) = fp[b..b+c) (memmove)")                                             \
  X(ZERO, AB, "fp[a..a+b) = 0")                                                                 \
  X(LOADI, AI, "fp[a] = imm (sign-extended 32-bit)")                                            \
  X(LOADK, AX, "fp[a] = X (64-bit bits: ints, float bits, static pointers)")                    \
  X(LOADC, ABX, "fp[a..a+b) = ((const Slot*)X)[0..b) (string literals, composite consts)")      \
  /* ---- integer arithmetic (64-bit; narrow results need EXT_*) ---- */                        \
  X(ADD_I, ABC, "fp[a] = fp[b] + fp[c] (wrapping)")                                             \
  X(SUB_I, ABC, "fp[a] = fp[b] - fp[c]")                                                        \
  X(MUL_I, ABC, "fp[a] = fp[b] * fp[c]")                                                        \
  X(DIV_I, ABC, "signed; panics 'integer divide by zero'; x/-1 = -x (wrapping)")                \
  X(DIV_U, ABC, "unsigned; panics on zero")                                                     \
  X(REM_I, ABC, "signed remainder (sign of dividend); x%-1 = 0; panics on zero")                \
  X(REM_U, ABC, "unsigned remainder; panics on zero")                                           \
  X(AND, ABC, "fp[a] = fp[b] & fp[c]")                                                          \
  X(OR, ABC, "fp[a] = fp[b] | fp[c]")                                                           \
  X(XOR, ABC, "fp[a] = fp[b] ^ fp[c]")                                                          \
  X(ANDNOT, ABC, "fp[a] = fp[b] &^ fp[c]")                                                      \
  X(SHL, ABC, "fp[a] = fp[b] << fp[c]; count unsigned, >= 64 gives 0")                          \
  X(SHLS, ABC, "as SHL, count is signed: negative panics 'negative shift amount'")              \
  X(SHR_I, ABC, "arithmetic >>, count unsigned (>= 64 acts as 63)")                             \
  X(SHR_IS, ABC, "arithmetic >>, signed count (negative panics)")                               \
  X(SHR_U, ABC, "logical >>, count unsigned (>= 64 gives 0)")                                   \
  X(SHR_US, ABC, "logical >>, signed count (negative panics)")                                  \
  X(NEG_I, AB, "fp[a] = -fp[b]")                                                                \
  X(COM, AB, "fp[a] = ^fp[b] (narrow unsigned: follow with EXT_U*)")                            \
  X(NOT, AB, "fp[a] = !fp[b] (bool)")                                                           \
  X(ADDI, ABiC, "fp[a] = fp[c] + imm16(b)")                                                     \
  X(MULI, ABiC, "fp[a] = fp[c] * imm16(b)")                                                     \
  X(DIVI_I, ABiC, "fp[a] = fp[c] / imm16(b), signed, imm16(b) > 0")                             \
  X(REMI_I, ABiC, "fp[a] = fp[c] % imm16(b), signed, imm16(b) > 0")                             \
  X(ANDI, ABiC, "fp[a] = fp[c] & imm16(b)")                                                     \
  X(EXT_I8, AB, "fp[a] = sign-extend low 8 bits of fp[b]")                                      \
  X(EXT_I16, AB, "")                                                                            \
  X(EXT_I32, AB, "")                                                                            \
  X(EXT_U8, AB, "fp[a] = zero-extend low 8 bits of fp[b]")                                      \
  X(EXT_U16, AB, "")                                                                            \
  X(EXT_U32, AB, "")                                                                            \
  /* ---- floating point ---- */                                                                \
  X(ADD_F64, ABC, "")                                                                           \
  X(SUB_F64, ABC, "")                                                                           \
  X(MUL_F64, ABC, "")                                                                           \
  X(DIV_F64, ABC, "(no panic: IEEE)")                                                           \
  X(NEG_F64, AB, "")                                                                            \
  X(SQRT_F64, AB, "fp[a] = math.Sqrt(fp[b]) (the native, inlined: IEEE sqrt, as Go's)")         \
  X(ABS_F64, AB, "fp[a] = math.Abs(fp[b]) (clears the sign bit)")                               \
  X(ADD_F32, ABC, "float32 ops round to float32 every time")                                    \
  X(SUB_F32, ABC, "")                                                                           \
  X(MUL_F32, ABC, "")                                                                           \
  X(DIV_F32, ABC, "")                                                                           \
  X(NEG_F32, AB, "")                                                                            \
  /* ---- conversions (ints are canonical 64-bit; then EXT_* for narrow targets) ---- */        \
  X(CVT_I_F64, AB, "float64(signed int)")                                                       \
  X(CVT_U_F64, AB, "float64(unsigned int)")                                                     \
  X(CVT_F64_I, AB, "int64(float64), out of range gives 0x8000000000000000 as amd64")            \
  X(CVT_F64_U, AB, "uint64(float64) as amd64 Go does")                                          \
  X(CVT_I_F32, AB, "")                                                                          \
  X(CVT_U_F32, AB, "")                                                                          \
  X(CVT_F32_I, AB, "")                                                                          \
  X(CVT_F32_U, AB, "")                                                                          \
  X(CVT_F32_F64, AB, "")                                                                        \
  X(CVT_F64_F32, AB, "")                                                                        \
  /* ---- comparisons: fp[a] = bool (0/1). For > and >= swap the operands. ---- */              \
  X(EQ_I, ABC, "ints, bools, pointers, maps, chans, funcs (nil compares)")                      \
  X(NE_I, ABC, "")                                                                              \
  X(LT_I, ABC, "signed")                                                                        \
  X(LE_I, ABC, "")                                                                              \
  X(LT_U, ABC, "unsigned")                                                                      \
  X(LE_U, ABC, "")                                                                              \
  X(EQ_F64, ABC, "IEEE (NaN != NaN, +0 == -0)")                                                 \
  X(NE_F64, ABC, "")                                                                            \
  X(LT_F64, ABC, "")                                                                            \
  X(LE_F64, ABC, "")                                                                            \
  X(EQ_F32, ABC, "")                                                                            \
  X(NE_F32, ABC, "")                                                                            \
  X(LT_F32, ABC, "")                                                                            \
  X(LE_F32, ABC, "")                                                                            \
  X(EQ_STR, ABC, "strings at b and c (2 slots each)")                                           \
  X(NE_STR, ABC, "")                                                                            \
  X(LT_STR, ABC, "bytewise")                                                                    \
  X(LE_STR, ABC, "")                                                                            \
  X(EQ_IFACE, ABC,                                                                              \
    "interfaces: same dynamic type and equal values; panics "                                   \
    "'runtime error: comparing uncomparable type T'")                                           \
  X(NE_IFACE, ABC, "")                                                                          \
  X(EQ_VAL, ABCX,                                                                               \
    "values of comparable type X=(const Type*) at slots b and c (structs, "                     \
    "arrays: field by field with float/string/interface semantics)")                            \
  X(NE_VAL, ABCX, "")                                                                           \
  /* ---- branches ---- */                                                                      \
  X(JMP, J, "pc = here + off32")                                                                \
  X(JT, J, "if fp[a] != 0: pc = here + off32")                                                  \
  X(JF, J, "if fp[a] == 0: pc = here + off32")                                                  \
  X(JEQ_I, ABj, "if fp[a] == fp[b]: pc = here + off16(c)")                                      \
  X(JNE_I, ABj, "")                                                                             \
  X(JLT_I, ABj, "signed <")                                                                     \
  X(JLE_I, ABj, "")                                                                             \
  X(JLT_U, ABj, "unsigned <")                                                                   \
  X(JLE_U, ABj, "")                                                                             \
  X(JEQI_I, ABj, "if fp[a] == imm16(b): pc = here + off16(c)")                                  \
  X(JNEI_I, ABj, "")                                                                            \
  X(JLTI_I, ABj, "signed fp[a] < imm16(b)")                                                     \
  X(JLEI_I, ABj, "")                                                                            \
  X(JGTI_I, ABj, "")                                                                            \
  X(JGEI_I, ABj, "")                                                                            \
  /* ---- composite values held in frame slots (fields at byte offsets) ---- */                 \
  X(LDF_I8, ABC, "fp[a] = sext(*(int8*)((char*)&fp[b] + c))")                                   \
  X(LDF_U8, ABC, "")                                                                            \
  X(LDF_I16, ABC, "")                                                                           \
  X(LDF_U16, ABC, "")                                                                           \
  X(LDF_I32, ABC, "")                                                                           \
  X(LDF_U32, ABC, "(float32 fields too)")                                                       \
  X(STF_8, ABC, "*(uint8*)((char*)&fp[a] + c) = fp[b]")                                         \
  X(STF_16, ABC, "")                                                                            \
  X(STF_32, ABC, "")                                                                            \
  X(FADDR, AB,                                                                                  \
    "fp[a] = &fp[b]: a transient pointer into the frame (frames never move while "              \
    "they live) for indexing local arrays; must not outlive the frame or reach "                \
    "the heap")                                                                                 \
  /* ---- memory through pointers (all nil-checked: panic nil pointer dereference) ---- */      \
  X(LDP_I8, ABC, "fp[a] = sext(*(int8*)(fp[b] + c))")                                           \
  X(LDP_U8, ABC, "")                                                                            \
  X(LDP_I16, ABC, "")                                                                           \
  X(LDP_U16, ABC, "")                                                                           \
  X(LDP_I32, ABC, "")                                                                           \
  X(LDP_U32, ABC, "")                                                                           \
  X(LDP_64, ABC, "fp[a] = *(uint64*)(fp[b] + c)")                                               \
  X(LDPV, ABCX, "copy X bytes from fp[b]+c into fp[a...] (zero-fill the last slot)")            \
  X(STP_8, ABC, "*(uint8*)(fp[a] + c) = fp[b]")                                                 \
  X(STP_16, ABC, "")                                                                            \
  X(STP_32, ABC, "")                                                                            \
  X(STP_64, ABC, "")                                                                            \
  X(STPV, ABCX, "copy X bytes from fp[b...] to fp[a]+c")                                        \
  X(PADD, ABC, "fp[a] = fp[b] + c (nil-checked: &p.f)")                                         \
  X(PADDX, ABX, "fp[a] = fp[b] + X (nil-checked)")                                              \
  X(NILCHK, A, "panic if fp[a] == nil")                                                         \
  X(NILWRAP, AX, "panic(plainError(*(std::string*)X)) if fp[a] == nil (runtime.panicwrap)")     \
  /* ---- globals (one area of Slots that never moves; see CompiledProgram) ---- */             \
  X(GGET, ABX, "fp[a..a+b) = globals[X..X+b)")                                                  \
  X(GSET, ABX, "globals[X..X+b) = fp[a..a+b)")                                                  \
  X(GADDR, AX, "fp[a] = &globals[X]")                                                           \
  /* ---- allocation ---- */                                                                    \
  X(NEW, AX, "fp[a] = new zeroed object of type X (const Type*)")                               \
  /* ---- slices, arrays, strings ---- */                                                       \
  X(IDX_64, ABC, "fp[a] = ((uint64*)fp[b])[fp[c]], bounds-checked against fp[b+1]")             \
  X(IDX_U8, ABC, "byte of a []byte / string at b, index fp[c]")                                 \
  X(IDX_I32, ABC, "")                                                                           \
  X(IDX_U32, ABC, "")                                                                           \
  X(STIDX_64, ABC, "((uint64*)fp[a])[fp[b]] = fp[c], bounds-checked against fp[a+1]")           \
  X(STIDX_8, ABC, "")                                                                           \
  X(STIDX_32, ABC, "")                                                                          \
  X(IDXADDR, ABCX, "fp[a] = fp[b] + fp[c]*X, bounds-checked against fp[b+1] (b: {ptr,len})")    \
  X(BOUNDS, AB, "panic index out of range [fp[a]] with length fp[b] unless 0 <= fp[a] < fp[b]") \
  X(SLICE, ABCX,                                                                                \
    "fp[a..) = fp[b..)[lo:hi:max]; lo,hi,max in fp[c],fp[c+1],fp[c+2]; "                        \
    "X = SliceSpec bits (below)")                                                               \
  X(MAKESLICE, ABCX, "fp[a..a+3) = make([]X, fp[b], fp[c]) (c == kNoSlot: cap = len)")          \
  X(APPEND, ABCX,                                                                               \
    "fp[a..a+3) = append(fp[a..a+3), c values of type X at fp[b...]) "                          \
    "(each value occupies X.slots() slots)")                                                    \
  X(APPENDSL, ABX,                                                                              \
    "fp[a..a+3) = append(fp[a..a+3), fp[b..b+2)...) elem type X; b may be a "                   \
    "slice or a string ({ptr,len})")                                                            \
  X(COPY, ABCX, "fp[a] = copy(dst slice fp[b..], src slice/string fp[c..]); X = elem size")     \
  X(STRCAT, ABC, "fp[a..a+2) = fp[b..b+2) + fp[c..c+2)")                                        \
  X(STR_BYTES, AB, "string(fp[b..b+3) []byte)")                                                 \
  X(BYTES_STR, AB, "[]byte(fp[b..b+2) string); c = 1: cap = len (constant operand)")            \
  X(STR_RUNES, AB, "string([]rune)")                                                            \
  X(SLICE_ARRP, ABX, "fp[a] = (*[X]T)(slice fp[b..b+3)); panics unless len >= X")               \
  X(RUNES_STR, AB, "[]rune(string); c = 1: cap = len (constant operand)")                       \
  X(STR_RUNE, AB,                                                                               \
    "string(rune(fp[b])) (invalid code points give \\uFFFD); fp[b] canonical "                  \
    "int64 or uint64 value (uint64 > MaxInt64 treated as invalid)")                             \
  X(STRNEXT, ABC,                                                                               \
    "range over string: decode at byte index fp[c] of string fp[b..]: "                         \
    "fp[a] = rune, fp[a+1] = next index")                                                       \
  /* ---- maps (X = the map type, const Type*) ---- */                                          \
  X(MAKEMAP, ABX, "fp[a] = make(map, hint fp[b] or 0 when b == kNoSlot)")                       \
  X(MAPGET, ABCX, "fp[a...] = m[k] (zero value when absent or nil map); m=fp[b], k at fp[c]")   \
  X(MAPGET2, ABCX, "as MAPGET, and fp[a + valueSlots] = ok")                                    \
  X(MAPSET, ABCX, "m=fp[a], key at fp[b...], value at fp[c...]; nil map panics")                \
  X(MAPADDR, ABCX,                                                                              \
    "fp[a] = &m[k] (inserting a zero value when absent; nil map panics); "                      \
    "m=fp[b], k at fp[c]; for m[k]++ and m[k] op= v")                                           \
  X(MAPDEL, ABX, "delete(m=fp[a], key at fp[b...])")                                            \
  X(MAPLEN, AB, "fp[a] = len(map fp[b])")                                                       \
  X(MAPITER, ABX, "fp[a] = new iterator over map fp[b] (a pointer slot)")                       \
  X(MAPNEXT, ABCX,                                                                              \
    "advance iterator fp[a]: key to fp[b...], value to fp[c...] (either may be "                \
    "kNoSlot); when exhausted jump: pc = here + (int64)X")                                      \
  /* ---- interfaces ---- */                                                                    \
  X(IFACE_DIRECT, ABX, "fp[a..a+2) = {X, fp[b]} (pointer-shaped X: ptr, map, chan, func)")      \
  X(IFACE_BOX, ABX, "fp[a..a+2) = {X, heap copy of X.size bytes at fp[b...]}")                  \
  X(ASSERT, ABCX,                                                                               \
    "fp[a...] = fp[b..b+2).(T) for concrete T; X = const AssertSite*; "                         \
    "c = ok slot or kNoSlot (then mismatch panics)")                                            \
  X(ASSERTI, ABCX,                                                                              \
    "fp[a..a+2) = fp[b..b+2).(I) for interface I; X = const AssertSite*; c as "                 \
    "ASSERT")                                                                                   \
  X(TYPEIS, ABX, "fp[a] = (dynamic type of iface fp[b..] == X) (X null: iface is nil)")         \
  /* ---- calls (see the header comment) ---- */                                                \
  X(CALL, AX, "call bytecode proto X with the window at fp+a")                                  \
  X(CALLN, AX, "call native proto X: args fp+a, results fp+a+paramSlots")                       \
  X(CALLC, AB, "call Closure* fp[b] (nil panics) with the window at fp+a")                      \
  X(CALLI, ABX,                                                                                 \
    "interface method call: iface at fp[b..b+2), X = IfaceCallSite*; "                          \
    "fp[a] = data word, args from fp[a+1]")                                                     \
  X(RET, N, "return (results are in the result slots)")                                         \
  X(RETV, A, "fp[paramSlots] = fp[a], then return (a one-slot result from a local)")            \
  X(CLOSURE, ABCX, "fp[a] = new Closure{X, captures fp[b..b+c)}")                               \
  X(LDCAP, AB, "fp[a] = current closure's captures[b]")                                         \
  X(DEFER, AX, "defer proto X (bytecode or native) with args copied from fp[a...]")             \
  X(DEFERC, AB, "defer Closure* fp[b] with args copied from fp[a...] (nil panics when run)")    \
  X(PANIC, A, "panic(fp[a..a+2) interface value)")                                              \
  X(RECOVER, AB,                                                                                \
    "fp[a..a+2) = recover(); b = 1: as called by the caller's frame (the thunk of "             \
    "`defer recover()`)")                                                                       \
  /* ---- builtin print/println (to stderr, Go's print formats) ---- */                         \
  X(PRINT_I, A, "signed integer")                                                               \
  X(PRINT_U, A, "unsigned integer")                                                             \
  X(PRINT_F64, A, "+1.500000e+000 (float32: convert first)")                                    \
  X(PRINT_BOOL, A, "")                                                                          \
  X(PRINT_STR, A, "")                                                                           \
  X(PRINT_PTR, A, "0xc000012345 (pointers, maps, chans, funcs, unsafe pointers)")               \
  X(PRINT_IFACE, A, "(0x..,0x..)")                                                              \
  X(PRINT_SLICE, A, "[len/cap]0x..")                                                            \
  X(PRINT_SP, N, "one space")                                                                   \
  X(PRINT_NL, N, "newline")                                                                     \
  X(PRINT_END, N, "flush the print buffer to stderr (end of each print/println call)")          \
  /* ---- goroutines and channels (reserved; VM support comes later) ---- */                    \
  X(GO, AX, "go proto X with args copied from fp[a...]")                                        \
  X(GOC, AB, "go Closure* fp[b] with args copied from fp[a...]")                                \
  X(MAKECHAN, ABX, "fp[a] = make(chan X.elem, fp[b] or 0 when b == kNoSlot); X = chan type")    \
  X(SEND, ABX, "fp[a] <- value at fp[b...]; X = chan type")                                     \
  X(RECV, ABCX, "fp[b...] = <-fp[a]; c = ok slot or kNoSlot; X = chan type")                    \
  X(CLOSE, A, "close(fp[a])")                                                                   \
  X(CHANLEN, AB, "fp[a] = len(chan fp[b])")                                                     \
  X(CHANCAP, AB, "fp[a] = cap(chan fp[b])")                                                     \
  X(SELECT, ABX,                                                                                \
    "select: X = SelectSite*; fp[a] = chosen case index; b = first slot of the "                \
    "case operand area (layout in SelectSite)")                                                 \
  /* ---- added after the first version (see CHANGELOG) ---- */                                 \
  X(RUNDEFERS, N,                                                                               \
    "run the current frame's pending deferred calls now (function epilogue "                    \
    "before results are copied out of heap boxes; RET then finds none left)")                   \
  /* ---- complex numbers: complex128 in 2 slots {re, im}, complex64 in 1 slot with the  */     \
  /*      float32 real part in the low 32 bits and the imaginary part in the high 32 bits */    \
  X(ADD_C128, ABC, "fp[a..a+2) = fp[b..b+2) + fp[c..c+2)")                                      \
  X(SUB_C128, ABC, "")                                                                          \
  X(MUL_C128, ABC, "")                                                                          \
  X(DIV_C128, ABC, "runtime.complex128div (no panic: Inf/NaN)")                                 \
  X(NEG_C128, AB, "")                                                                           \
  X(EQ_C128, ABC, "fp[a] = both parts equal (IEEE)")                                            \
  X(NE_C128, ABC, "")                                                                           \
  X(ADD_C64, ABC, "float32 parts")                                                              \
  X(SUB_C64, ABC, "")                                                                           \
  X(MUL_C64, ABC, "computed in float64, rounded to float32 (as Go)")                            \
  X(DIV_C64, ABC, "complex128div, rounded to float32")                                          \
  X(NEG_C64, AB, "")                                                                            \
  X(EQ_C64, ABC, "")                                                                            \
  X(NE_C64, ABC, "")                                                                            \
  X(CVT_C64_C128, AB, "fp[a..a+2) = complex128(fp[b])")                                         \
  X(CVT_C128_C64, AB, "fp[a] = complex64(fp[b..b+2))")                                          \
  X(MK_C64, ABC, "fp[a] = complex(float32 fp[b], float32 fp[c])")                               \
  X(IMAG_C64, AB, "fp[a] = imag(fp[b]) (float32; real is EXT_U32)")                             \
  X(PRINT_C128, A, "(+1.000000e+000+2.000000e+000i)")

// (gomi::Op in ast.h is the AST operator enum; instructions use Opcode.)
enum class Opcode : std::uint16_t {
#define GOMI_OP_ENUM(name, fmt, doc) name,
  GOMI_OPCODES(GOMI_OP_ENUM)
#undef GOMI_OP_ENUM
      NumOps
};

enum class Fmt : std::uint8_t { N, A, AB, ABC, AX, ABX, ABCX, AI, J, ABj, ABiC };

struct OpInfo {
  const char* name;
  Fmt fmt;
  bool hasExt;  // followed by one extension word
};
extern const OpInfo kOpInfo[];  // indexed by Opcode (bytecode.cpp)

constexpr std::uint16_t kNoSlot = 0xFFFF;

// One instruction word. An extension word (formats ...X) is stored as the next Instr.
struct Instr {
  std::uint16_t op;
  std::uint16_t a;
  std::uint16_t b;
  std::uint16_t c;

  std::int32_t imm32() const {  // formats AI and J
    return static_cast<std::int32_t>(static_cast<std::uint32_t>(b) |
                                     (static_cast<std::uint32_t>(c) << 16));
  }
  std::int16_t simmB() const { return static_cast<std::int16_t>(b); }
  std::int16_t simmC() const { return static_cast<std::int16_t>(c); }
};
static_assert(sizeof(Instr) == 8);

inline std::uint64_t extWord(const Instr* at) {  // the extension word following `at`
  std::uint64_t v;
  std::memcpy(&v, at + 1, 8);
  return v;
}

// X of SLICE: elemSize in bits 0..31; flags above.
namespace slicespec {
constexpr std::uint64_t kHasLo = 1ull << 32;
constexpr std::uint64_t kHasHi = 1ull << 33;
constexpr std::uint64_t kHasMax = 1ull << 34;  // 3-index slice
constexpr std::uint64_t kString = 1ull << 35;  // source is a string {ptr,len}, result a string
// Source is an array (built by the compiler as {ptr,len,cap=len} in 3 slots): only changes the
// wording of bounds errors ("with length" for hi of arrays/strings vs "with capacity").
constexpr std::uint64_t kArray = 1ull << 36;
inline std::uint64_t make(std::uint32_t elemSize, std::uint64_t flags) {
  return elemSize | flags;
}
}  // namespace slicespec

struct FuncProto;

// Side record of ASSERT / ASSERTI (owned by CompiledProgram).
struct AssertSite {
  const Type* iface = nullptr;   // static type of the operand (for messages: "interface {}")
  const Type* target = nullptr;  // T
  bool direct = false;           // ASSERT: T is pointer-shaped (data word is the value)
  // VM cache (ASSERTI): last dynamic type seen and whether it implemented target.
  mutable const Type* cacheType = nullptr;
  mutable bool cacheOk = false;
};

// Side record of CALLI.
struct IfaceCallSite {
  const Type* iface = nullptr;  // static interface type of the receiver expression
  int methodIndex = -1;         // index into iface->u()->imethods
  // VM inline cache.
  mutable const Type* cacheType = nullptr;
  mutable const FuncProto* cacheFn = nullptr;
};

// Side record of SELECT (goroutines milestone; layout fixed when channels land).
struct SelectSite {
  struct Case {
    enum class Kind : std::uint8_t { Send, Recv, Default } kind = Kind::Default;
    const Type* chanType = nullptr;
    std::uint16_t chanSlot = kNoSlot;   // slot holding the channel
    std::uint16_t valueSlot = kNoSlot;  // send: value; recv: destination (kNoSlot: discard)
    std::uint16_t okSlot = kNoSlot;     // recv: ok destination
  };
  std::vector<Case> cases;
};

// One compiled function (or a native, when `native` is set).
struct FuncProto {
  // As Go's traceback prints it: "main.main", "main.f", "main.T.M", "main.(*T).M",
  // "main.main.func1", "strings.ToUpper".
  std::string name;
  std::string file;  // source path as given (for tracebacks); "" for natives
  int line = 0;      // declaration line

  std::int32_t paramSlots = 0;  // receiver first for methods
  std::int32_t resultSlots = 0;
  std::int32_t frameSize = 0;    // >= paramSlots + resultSlots; covers every call window
  std::int32_t numCaptures = 0;  // closures
  const Type* sig = nullptr;     // func type without receiver (may be null for thunks)
  bool hasParams = false;        // traceback prints "f(...)" instead of "f()"
  bool wrapper = false;          // a compiler-made method wrapper: not shown in tracebacks

  std::vector<Instr> code;
  std::vector<std::int32_t> lines;    // source line per instruction word (same length as code)
  std::vector<std::uint8_t> ptrmask;  // one bit per frame slot: may hold a pointer

  // Where execution resumes when a deferred call of this frame recovers a panic: the RUNDEFERS
  // of an epilogue that reloads boxed named results. -1: return with the result slots as they
  // are (fine when no named result is boxed).
  std::int32_t recoverPc = -1;

  NativeFn native = nullptr;   // set for natives (then code is empty)
  bool nativeMissing = false;  // a prelude function without a registered native: calling it
                               //   is a fatal error naming it

  // A top-level function used as a value points at this static Closure (no captures).
  const Closure* staticClosure() const { return reinterpret_cast<const Closure*>(&self_); }

  // ---- building ----
  void setPointer(std::int32_t slot) {
    if (static_cast<std::size_t>(slot / 8) >= ptrmask.size()) ptrmask.resize(slot / 8 + 1, 0);
    ptrmask[slot / 8] |= static_cast<std::uint8_t>(1u << (slot % 8));
  }
  bool isPointer(std::int32_t slot) const {
    return static_cast<std::size_t>(slot / 8) < ptrmask.size() &&
           (ptrmask[slot / 8] >> (slot % 8) & 1);
  }
  // Appends one instruction; returns its index.
  std::size_t emit(Opcode op, std::uint16_t a = 0, std::uint16_t b = 0, std::uint16_t c = 0,
                   std::int32_t srcLine = 0) {
    code.push_back({static_cast<std::uint16_t>(op), a, b, c});
    lines.push_back(srcLine);
    return code.size() - 1;
  }
  void emitExt(std::uint64_t x) {  // the extension word after an X-format instruction
    Instr w;
    std::memcpy(&w, &x, 8);
    code.push_back(w);
    lines.push_back(lines.empty() ? 0 : lines.back());
  }
  void emitExt(const void* p) { emitExt(reinterpret_cast<std::uint64_t>(p)); }
  // Format J: sets the 32-bit offset of the jump at `at` so it lands on `target`.
  void patchJump(std::size_t at, std::size_t target) {
    auto off = static_cast<std::uint32_t>(static_cast<std::int64_t>(target) -
                                          static_cast<std::int64_t>(at));
    code[at].b = static_cast<std::uint16_t>(off & 0xFFFF);
    code[at].c = static_cast<std::uint16_t>(off >> 16);
  }
  // Format ABj: returns false when the distance does not fit 16 bits.
  bool patchShortJump(std::size_t at, std::size_t target) {
    std::int64_t off = static_cast<std::int64_t>(target) - static_cast<std::int64_t>(at);
    if (off < INT16_MIN || off > INT16_MAX) return false;
    code[at].c = static_cast<std::uint16_t>(static_cast<std::int16_t>(off));
    return true;
  }
  void patchExt(std::size_t at, std::uint64_t x) { std::memcpy(&code[at + 1], &x, 8); }

 private:
  const FuncProto* self_ = this;  // the Closure word staticClosure() points at
};

// A type's method set as seen through interfaces: every method callable on a value of the
// type stored in an interface, each as a proto taking the interface data word as its receiver.
struct MethodSet {
  std::vector<std::pair<std::string, const FuncProto*>> methods;  // sorted by name
  const FuncProto* find(std::string_view name) const {
    for (const auto& [n, f] : methods)
      if (n == name) return f;
    return nullptr;
  }
};

// The compiler's output: everything the VM needs to run the program.
struct CompiledProgram {
  std::vector<std::unique_ptr<FuncProto>> protos;  // owns every proto (natives included)
  // No params/results: runs each package's var initialisers and init funcs in dependency
  // order, then main.main.
  const FuncProto* entry = nullptr;

  // Globals: one zeroed Slot area of this size, which never moves (GADDR pointers stay valid).
  std::int64_t globalSlots = 0;
  std::vector<std::uint8_t> globalPtrmask;  // one bit per global slot
  void setGlobalPointer(std::int64_t slot) {
    if (static_cast<std::size_t>(slot / 8) >= globalPtrmask.size())
      globalPtrmask.resize(slot / 8 + 1, 0);
    globalPtrmask[slot / 8] |= static_cast<std::uint8_t>(1u << (slot % 8));
  }

  // For every dynamic type that may sit in an interface (every type the program converts to
  // an interface), its method set. The VM also adds its own runtime error types.
  std::unordered_map<const Type*, MethodSet> methodSets;

  // ---- constant storage (stable addresses for LOADC / LOADK / side records) ----
  // A string literal: returns slots {ptr,len} for LOADC (b = 2). Interned.
  const Slot* stringConst(std::string_view s);
  // Arbitrary multi-slot constant data.
  const Slot* slotsConst(std::vector<Slot> v);
  // Keeps any side record (AssertSite, IfaceCallSite, SelectSite, ...) alive; returns it.
  template <class T>
  T* own(T value) {
    auto p = std::make_shared<T>(std::move(value));
    T* raw = p.get();
    keep_.push_back(std::move(p));
    return raw;
  }

 private:
  std::unordered_map<std::string, const Slot*> strings_;
  std::vector<std::shared_ptr<void>> keep_;
};

// Disassembly (bytecode.cpp): one function / the whole program.
std::string disassemble(const FuncProto& fn);
std::string disassemble(const CompiledProgram& prog);

}  // namespace gomi
