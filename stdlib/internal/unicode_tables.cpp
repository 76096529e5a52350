// stdlib/internal/unicode_tables.cpp — lookups over the generated tables (unicode_data.cpp).
//
// Predicates follow Go's split: Latin-1 answers come from a per-byte property table, anything
// beyond from binary search over sorted runs.
#include "stdlib/internal/unicode_tables.h"

#include <algorithm>

namespace gomi::stdlib {

namespace {

bool inRuns(const URun* runs, std::size_t n, std::int32_t r) {
  const URun* end = runs + n;
  const URun* it =
      std::upper_bound(runs, end, r, [](std::int32_t c, const URun& u) { return c < u.lo; });
  if (it == runs) return false;
  --it;
  return r <= it->hi && (r - it->lo) % it->stride == 0;
}

const UTableEntry& table(std::string_view name) {
  return kUnicodeTables[uTableIndex(name)];
}

bool latin1(std::int32_t r, std::uint16_t bit) {
  return (kLatin1Props[r] & bit) != 0;
}

// The category tables a predicate needs, found once.
struct Sets {
  const UTableEntry& L = table("L");
  const UTableEntry& Lu = table("Lu");
  const UTableEntry& Ll = table("Ll");
  const UTableEntry& Lt = table("Lt");
  const UTableEntry& M = table("M");
  const UTableEntry& N = table("N");
  const UTableEntry& Nd = table("Nd");
  const UTableEntry& P = table("P");
  const UTableEntry& S = table("S");
  const UTableEntry& Zs = table("Zs");
  const UTableEntry& whiteSpace = table("White_Space");
};

const Sets& sets() {
  static const Sets s;
  return s;
}

bool isLatin1(std::int32_t r) {
  return r >= 0 && r < 256;
}

// The mapping of r in upper (0), lower (1) or title (2) case.
std::int32_t toCase(int which, std::int32_t r) {
  if (r < 0x80) {
    if (which == 1) return (r >= 'A' && r <= 'Z') ? r + 32 : r;
    return (r >= 'a' && r <= 'z') ? r - 32 : r;
  }
  const UCaseRun* end = kCaseRuns + kCaseRunCount;
  const UCaseRun* it = std::upper_bound(kCaseRuns, end, r,
                                        [](std::int32_t c, const UCaseRun& u) { return c < u.lo; });
  if (it == kCaseRuns) return r;
  --it;
  if (r > it->hi) return r;
  if (it->stride == 0) {
    bool upper = (r - it->lo) % 2 == 0;
    if (which == 1) return upper ? r + 1 : r;
    return upper ? r : r - 1;
  }
  if ((r - it->lo) % it->stride != 0) return r;
  return r + (which == 0 ? it->du : which == 1 ? it->dl : it->dt);
}

}  // namespace

int uTableIndex(std::string_view name) {
  for (std::size_t i = 0; i < kUnicodeTableCount; i++)
    if (name == kUnicodeTables[i].name) return static_cast<int>(i);
  return -1;
}

bool uInTable(const UTableEntry& t, std::int32_t r) {
  return inRuns(t.runs, t.n, r);
}

bool uIsSpace(std::int32_t r) {
  if (isLatin1(r)) return latin1(r, kL1Space);
  return uInTable(sets().whiteSpace, r);
}
bool uIsLetter(std::int32_t r) {
  if (isLatin1(r)) return latin1(r, kL1Letter);
  return uInTable(sets().L, r);
}
bool uIsDigit(std::int32_t r) {
  if (isLatin1(r)) return latin1(r, kL1Digit);
  return uInTable(sets().Nd, r);
}
bool uIsNumber(std::int32_t r) {
  if (isLatin1(r)) return latin1(r, kL1Number);
  return uInTable(sets().N, r);
}
bool uIsPunct(std::int32_t r) {
  if (isLatin1(r)) return latin1(r, kL1Punct);
  return uInTable(sets().P, r);
}
bool uIsSymbol(std::int32_t r) {
  if (isLatin1(r)) return latin1(r, kL1Symbol);
  return uInTable(sets().S, r);
}
bool uIsMark(std::int32_t r) {
  if (isLatin1(r)) return latin1(r, kL1Mark);
  return uInTable(sets().M, r);
}
bool uIsUpper(std::int32_t r) {
  if (isLatin1(r)) return latin1(r, kL1Upper);
  return uInTable(sets().Lu, r);
}
bool uIsLower(std::int32_t r) {
  if (isLatin1(r)) return latin1(r, kL1Lower);
  return uInTable(sets().Ll, r);
}
bool uIsTitle(std::int32_t r) {
  if (isLatin1(r)) return latin1(r, kL1Title);
  return uInTable(sets().Lt, r);
}
bool uIsControl(std::int32_t r) {
  return isLatin1(r) && latin1(r, kL1Control);
}
bool uIsGraphic(std::int32_t r) {
  if (isLatin1(r)) return latin1(r, kL1Graphic);
  const Sets& s = sets();
  return uInTable(s.L, r) || uInTable(s.M, r) || uInTable(s.N, r) || uInTable(s.P, r) ||
         uInTable(s.S, r) || uInTable(s.Zs, r);
}
bool uIsPrint(std::int32_t r) {
  if (isLatin1(r)) return latin1(r, kL1Print);
  const Sets& s = sets();
  return uInTable(s.L, r) || uInTable(s.M, r) || uInTable(s.N, r) || uInTable(s.P, r) ||
         uInTable(s.S, r);
}

std::int32_t uToUpper(std::int32_t r) {
  return toCase(0, r);
}
std::int32_t uToLower(std::int32_t r) {
  return toCase(1, r);
}
std::int32_t uToTitle(std::int32_t r) {
  return toCase(2, r);
}

std::int32_t uSimpleFold(std::int32_t r) {
  if (r < 0 || r > 0x10FFFF) return r;
  const UFold* end = kFoldExceptions + kFoldExceptionCount;
  const UFold* it = std::lower_bound(kFoldExceptions, end, r,
                                     [](const UFold& f, std::int32_t c) { return f.r < c; });
  if (it != end && it->r == r) return it->fold;
  std::int32_t l = uToLower(r);
  return l != r ? l : uToUpper(r);
}

}  // namespace gomi::stdlib
