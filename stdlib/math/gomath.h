// stdlib/math/gomath.h — math functions computed the way Go 1.19 computes them on amd64.
//
// Go's math package does not call libm: Sin, Cos, Tan, Atan, Atan2, Asin, Acos, Cbrt, Log and
// Hypot are its own polynomial algorithms (Cephes / FreeBSD msun), whose results differ from a
// correctly rounded libm in the last bit now and then — visible whenever a program prints them.
// These reimplement the same published algorithms with the same coefficients and evaluation
// order. Exp is Go's amd64 assembly (SLEEF-based), including its FMA variant, which Go selects
// when the CPU has AVX and FMA — so is gomi's.
#pragma once

namespace gomi::stdlib {

double goSin(double x);
double goCos(double x);
double goTan(double x);
double goAtan(double x);
double goAtan2(double y, double x);
double goAsin(double x);
double goAcos(double x);
double goCbrt(double x);
double goLog(double x);
double goHypot(double p, double q);
double goExp(double x);

}  // namespace gomi::stdlib
