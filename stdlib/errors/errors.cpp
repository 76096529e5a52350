// stdlib/errors/errors.cpp — package errors. All Go except the three questions that need type
// information at run time: is a value comparable, is an As target valid, and can an error be
// stored into an As target.
#include <cstring>

#include "interp/gomap.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kPrelude = R"go(package errors

type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

func New(text string) error {
	return &errorString{text}
}

type wrapper interface {
	Unwrap() error
}

type iser interface {
	Is(error) bool
}

type aser interface {
	As(any) bool
}

func Unwrap(err error) error {
	u, ok := err.(wrapper)
	if !ok {
		return nil
	}
	return u.Unwrap()
}

func comparable(v any) bool

func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	isComparable := comparable(target)
	for {
		if isComparable && err == target {
			return true
		}
		if x, ok := err.(iser); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// checkAsTarget: 0 ok, 1 not a non-nil pointer, 2 *target is neither an interface nor an error.
func checkAsTarget(target any) int

// assignAs stores err into *target when err's dynamic type is assignable to *target's type.
func assignAs(err error, target any) bool

func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch checkAsTarget(target) {
	case 1:
		panic("errors: target must be a non-nil pointer")
	case 2:
		panic("errors: *target must be interface or implement error")
	}
	for err != nil {
		if assignAs(err, target) {
			return true
		}
		if x, ok := err.(aser); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}
)go";

void nComparable(NativeContext&, const Slot* a, Slot* r) {
  GoIface v = argIface(a);
  setBool(r, v.type == nullptr || isComparable(v.type));
}

void nCheckAsTarget(NativeContext& ctx, const Slot* a, Slot* r) {
  GoIface t = argIface(a);
  if (t.type == nullptr || t.type->kind != Kind::Pointer || t.data == nullptr) {
    setInt(r, 1);
    return;
  }
  const Type* elem = t.type->u()->elem;
  if (elem->kind != Kind::Interface && !implements(elem, ctx.types().errorType())) {
    setInt(r, 2);
    return;
  }
  setInt(r, 0);
}

void nAssignAs(NativeContext&, const Slot* a, Slot* r) {
  GoIface err = argIface(a);
  GoIface target = argIface(a + 2);
  const Type* elem = target.type->u()->elem;
  if (err.type == nullptr) {
    setBool(r, false);
    return;
  }
  if (elem->kind == Kind::Interface) {
    if (!implements(err.type, elem)) {
      setBool(r, false);
      return;
    }
    std::memcpy(target.data, &err, sizeof err);
    setBool(r, true);
    return;
  }
  if (err.type != elem) {
    setBool(r, false);
    return;
  }
  std::memcpy(target.data, ifaceValue(err), static_cast<std::size_t>(elem->size));
  setBool(r, true);
}

}  // namespace

StdPackage errorsPackage() {
  return StdPackage{"errors",
                    "errors",
                    kPrelude,
                    {
                        {"comparable", nComparable},
                        {"checkAsTarget", nCheckAsTarget},
                        {"assignAs", nAssignAs},
                    }};
}

}  // namespace gomi::stdlib
