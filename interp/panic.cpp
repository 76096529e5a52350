// interp/panic.cpp — runtime error messages as Go's runtime words them.
#include "interp/panic.h"

namespace gomi {

std::string boundsMessage(BoundsCode code, std::int64_t x, std::int64_t y) {
  std::string xs = std::to_string(x), ys = std::to_string(y);
  if (x < 0) {
    switch (code) {
      case BoundsCode::Index:
        return "index out of range [" + xs + "]";
      case BoundsCode::SliceAlen:
      case BoundsCode::SliceAcap:
        return "slice bounds out of range [:" + xs + "]";
      case BoundsCode::SliceB:
        return "slice bounds out of range [" + xs + ":]";
      case BoundsCode::Slice3Alen:
      case BoundsCode::Slice3Acap:
        return "slice bounds out of range [::" + xs + "]";
      case BoundsCode::Slice3B:
        return "slice bounds out of range [:" + xs + ":]";
      case BoundsCode::Slice3C:
        return "slice bounds out of range [" + xs + "::]";
    }
  }
  switch (code) {
    case BoundsCode::Index:
      return "index out of range [" + xs + "] with length " + ys;
    case BoundsCode::SliceAlen:
      return "slice bounds out of range [:" + xs + "] with length " + ys;
    case BoundsCode::SliceAcap:
      return "slice bounds out of range [:" + xs + "] with capacity " + ys;
    case BoundsCode::SliceB:
      return "slice bounds out of range [" + xs + ":" + ys + "]";
    case BoundsCode::Slice3Alen:
      return "slice bounds out of range [::" + xs + "] with length " + ys;
    case BoundsCode::Slice3Acap:
      return "slice bounds out of range [::" + xs + "] with capacity " + ys;
    case BoundsCode::Slice3B:
      return "slice bounds out of range [:" + xs + ":" + ys + "]";
    case BoundsCode::Slice3C:
      return "slice bounds out of range [" + xs + ":" + ys + ":]";
  }
  return "index out of range";
}

void throwBounds(BoundsCode code, std::int64_t x, std::int64_t y) {
  throw RuntimeErrorSignal{RuntimeErrorKind::BoundsError, boundsMessage(code, x, y)};
}
void throwRuntimeError(const std::string& msg) {
  throw RuntimeErrorSignal{RuntimeErrorKind::ErrorString, msg};
}
void throwPlainError(const std::string& msg) {
  throw RuntimeErrorSignal{RuntimeErrorKind::PlainError, msg};
}
void throwNilDeref() {
  throw RuntimeErrorSignal{RuntimeErrorKind::ErrorString,
                           "invalid memory address or nil pointer dereference", true};
}
void throwDivideByZero() {
  throwRuntimeError("integer divide by zero");
}

}  // namespace gomi
