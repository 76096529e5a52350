// stdlib/fmt/scan.cpp — fmt's scanning family (Scan, Scanln, Scanf and their S/F forms).
//
// The scanner is Go code appended to fmt's prelude: it reads runes from an io.RuneScanner (or,
// for any other io.Reader, one byte at a time through a one-rune pushback, so a following reader
// of the same source sees the rest, as in Go) and reports errors by panicking with a scanError
// that the entry points recover. The natives below stand in for reflect: they classify the
// operand (a pointer to a bool, integer, float, string or []byte type, named or not) and store
// the scanned value through it.
#include <cstring>
#include <string>

#include "stdlib/fmt/scan.h"
#include "stdlib/internal/native_util.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kScanPrelude = R"go(
// ---- scanning ----

type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// scanError carries an error out of the scanner's depths to the entry point's recover.
type scanError struct {
	err error
}

const scanEOF = -1

const scanNoLimit = 1 << 30

// scanSource reads runes from an io.Reader that is not an io.RuneScanner: a byte at a time, so
// nothing past the last rune used is consumed. back holds the last rune read (peeked is true
// once it has been pushed back).
type scanSource struct {
	rd      io.Reader
	one     [1]byte
	extra   [utf8.UTFMax]byte
	nextra  int
	back    rune
	canBack bool
	peeked  bool
}

func (r *scanSource) byte1() (byte, error) {
	if r.nextra > 0 {
		b := r.extra[0]
		copy(r.extra[:], r.extra[1:r.nextra])
		r.nextra--
		return b, nil
	}
	for {
		n, err := r.rd.Read(r.one[:])
		if n == 1 {
			return r.one[0], nil
		}
		if err != nil {
			return 0, err
		}
	}
}

func (r *scanSource) ReadRune() (rune, int, error) {
	if r.peeked {
		r.peeked = false
		r.canBack = true
		return r.back, utf8.RuneLen(r.back), nil
	}
	b, err := r.byte1()
	if err != nil {
		return 0, 0, err
	}
	if b < utf8.RuneSelf {
		r.back = rune(b)
		r.canBack = true
		return r.back, 1, nil
	}
	var enc [utf8.UTFMax]byte
	enc[0] = b
	n := 1
	for ; !utf8.FullRune(enc[:n]); n++ {
		c, err := r.byte1()
		if err != nil {
			if err != io.EOF {
				return 0, 0, err
			}
			break
		}
		enc[n] = c
	}
	c, size := utf8.DecodeRune(enc[:n])
	if size < n {
		// Bytes after an invalid sequence start the next rune.
		copy(r.extra[r.nextra:], enc[size:n])
		r.nextra += n - size
	}
	r.back = c
	r.canBack = true
	return c, size, nil
}

func (r *scanSource) UnreadRune() error {
	if !r.canBack || r.peeked {
		return errors.New("fmt: scanning called UnreadRune with no rune available")
	}
	r.peeked = true
	return nil
}

// scanString is the io.Reader the Sscan functions read their string through.
type scanString struct {
	s string
}

func (r *scanString) Read(b []byte) (int, error) {
	n := copy(b, r.s)
	r.s = r.s[n:]
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ss is the scanner's state and the ScanState handed to Scanner implementations.
type ss struct {
	rs        io.RuneScanner
	buf       []byte
	count     int  // runes read so far
	atEOF     bool // the input (or a Scanln line) has ended
	nlIsEnd   bool // a newline ends the input (Scanln, Sscanln, Fscanln)
	nlIsSpace bool // a newline is a space (Scan, Sscan, Fscan)
	argLimit  int  // count may not pass this while scanning the current operand
	maxWid    int  // the current operand's width, scanNoLimit when none
}

func newSS(r io.Reader, nlIsSpace, nlIsEnd bool) *ss {
	s := &ss{nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, argLimit: scanNoLimit, maxWid: scanNoLimit}
	if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	} else {
		s.rs = &scanSource{rd: r}
	}
	return s
}

func (s *ss) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func (s *ss) ReadRune() (r rune, size int, err error) {
	if s.atEOF || s.count >= s.argLimit {
		return 0, 0, io.EOF
	}
	r, size, err = s.rs.ReadRune()
	if err == nil {
		s.count++
		if r == '\n' && s.nlIsEnd {
			s.atEOF = true
		}
	} else if err == io.EOF {
		s.atEOF = true
	}
	return
}

func (s *ss) UnreadRune() error {
	s.rs.UnreadRune()
	s.atEOF = false
	s.count--
	return nil
}

func (s *ss) Width() (wid int, ok bool) {
	if s.maxWid == scanNoLimit {
		return 0, false
	}
	return s.maxWid, true
}

func (s *ss) fail(err error) { panic(scanError{err}) }

func (s *ss) failf(msg string) { panic(scanError{errors.New(msg)}) }

// next returns the next rune or scanEOF; read errors other than io.EOF fail the scan.
func (s *ss) next() rune {
	r, _, err := s.ReadRune()
	if err != nil {
		if err == io.EOF {
			return scanEOF
		}
		s.fail(err)
	}
	return r
}

func (s *ss) mustNext() rune {
	r := s.next()
	if r == scanEOF {
		s.fail(io.ErrUnexpectedEOF)
	}
	return r
}

func isScanSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	switch {
	case r == 0x85, r == 0xa0, r == 0x1680, r == 0x2028, r == 0x2029, r == 0x202f, r == 0x205f,
		r == 0x3000:
		return true
	case r >= 0x2000 && r <= 0x200a:
		return true
	}
	return false
}

func notScanSpace(r rune) bool { return !isScanSpace(r) }

func (s *ss) SkipSpace() {
	for {
		r := s.next()
		if r == scanEOF {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.failf("unexpected newline")
		}
		if !isScanSpace(r) {
			s.UnreadRune()
			return
		}
	}
}

func (s *ss) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.next()
		if r == scanEOF {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return s.buf
}

func (s *ss) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			se, ok := e.(scanError)
			if !ok {
				panic(e)
			}
			err = se.err
		}
	}()
	if f == nil {
		f = notScanSpace
	}
	s.buf = s.buf[:0]
	tok = s.token(skipSpace, f)
	return
}

// runeIn reports whether r is one of set's runes; every set the scanner uses is ASCII.
func runeIn(set string, r rune) bool {
	for i := 0; i < len(set); i++ {
		if rune(set[i]) == r {
			return true
		}
	}
	return false
}

// isDigit reports whether r is a digit of base 2, 8, 10 or 16, or an underscore when allowed.
func isDigit(r rune, base int, underscore bool) bool {
	switch {
	case r >= '0' && r <= '9':
		return r-'0' < rune(base)
	case r == '_':
		return underscore
	case base == 16:
		return r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F'
	}
	return false
}

// acceptDigit adds the next rune to the token when it is a digit (see isDigit).
func (s *ss) acceptDigit(base int, underscore bool) bool {
	r := s.next()
	if r == scanEOF {
		return false
	}
	if isDigit(r, base, underscore) {
		s.buf = append(s.buf, byte(r))
		return true
	}
	s.UnreadRune()
	return false
}

// consume reads one rune and reports whether it is in set; with keep, a rune in set is added
// to the token and any other rune is pushed back.
func (s *ss) consume(set string, keep bool) bool {
	r := s.next()
	if r == scanEOF {
		return false
	}
	if runeIn(set, r) {
		if keep {
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return true
	}
	if keep {
		s.UnreadRune()
	}
	return false
}

func (s *ss) accept(set string) bool { return s.consume(set, true) }

func (s *ss) peek(set string) bool {
	r := s.next()
	if r != scanEOF {
		s.UnreadRune()
	}
	return runeIn(set, r)
}

// notEOF panics with io.EOF when the input is exhausted.
func (s *ss) notEOF() {
	if s.next() == scanEOF {
		panic(io.EOF)
	}
	s.UnreadRune()
}

func (s *ss) okVerb(verb rune, verbs, what string) bool {
	if runeIn(verbs, verb) {
		return true
	}
	s.failf("bad verb '%" + string(verb) + "' for " + what)
	return false
}

var errScanBool = errors.New("syntax error scanning boolean")

func (s *ss) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	if !s.okVerb(verb, "tv", "boolean") {
		return false
	}
	switch s.next() {
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && !(s.accept("uU") && s.accept("eE")) {
			s.fail(errScanBool)
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && !(s.accept("lL") && s.accept("sS") && s.accept("eE")) {
			s.fail(errScanBool)
		}
	}
	return false
}

const (
	scanSign   = "+-"
	floatVerbs = "beEfFgGv"
)

func (s *ss) intBase(verb rune) int {
	s.okVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2
	case 'o':
		return 8
	case 'x', 'X', 'U':
		return 16
	}
	return 10
}

// digitsToken accepts a run of digits (at least one unless some were already taken) and
// returns the whole token.
func (s *ss) digitsToken(digitBase int, underscore, have bool) string {
	if !have {
		s.notEOF()
		if !s.acceptDigit(digitBase, underscore) {
			s.failf("expected integer")
		}
	}
	for s.acceptDigit(digitBase, underscore) {
	}
	return string(s.buf)
}

// prefixBase handles %v's 0b, 0o, 0x and leading-0 prefixes: it returns the base of the
// digits that may follow (underscores allowed; strconv then reads the prefix) and whether a
// digit (the 0) was taken.
func (s *ss) prefixBase() (int, bool) {
	if !s.peek("0") {
		return 10, false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.accept("bB")
		return 2, true
	case s.peek("oO"):
		s.accept("oO")
		return 8, true
	case s.peek("xX"):
		s.accept("xX")
		return 16, true
	}
	return 8, true
}

func (s *ss) scanChar(bits int) int64 {
	s.notEOF()
	r := int64(s.next())
	shift := uint(64 - bits)
	if r<<shift>>shift != r {
		s.failf("overflow on character value " + string(rune(r)))
	}
	return r
}

func (s *ss) numberToken(verb rune, signed bool) (string, int) {
	s.SkipSpace()
	s.notEOF()
	base := s.intBase(verb)
	digitBase, underscore, have := base, false, false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.failf("bad unicode format ")
		}
	} else {
		if signed {
			s.accept(scanSign)
		}
		if verb == 'v' {
			digitBase, have = s.prefixBase()
			base, underscore = 0, true
		}
	}
	return s.digitsToken(digitBase, underscore, have), base
}

func (s *ss) scanInt(verb rune, bits int) int64 {
	if verb == 'c' {
		return s.scanChar(bits)
	}
	tok, base := s.numberToken(verb, true)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.fail(err)
	}
	shift := uint(64 - bits)
	if i<<shift>>shift != i {
		s.failf("integer overflow on token " + tok)
	}
	return i
}

func (s *ss) scanUint(verb rune, bits int) uint64 {
	if verb == 'c' {
		return uint64(s.scanChar(bits))
	}
	tok, base := s.numberToken(verb, false)
	u, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.fail(err)
	}
	shift := uint(64 - bits)
	if u<<shift>>shift != u {
		s.failf("unsigned integer overflow on token " + tok)
	}
	return u
}

func (s *ss) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept(scanSign)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	base, exp := 10, "eEpP"
	if s.accept("0") && s.accept("xX") {
		base, exp = 16, "pP"
	}
	for s.acceptDigit(base, true) {
	}
	if s.accept(".") {
		for s.acceptDigit(base, true) {
		}
	}
	if s.accept(exp) {
		s.accept(scanSign)
		for s.acceptDigit(10, true) {
		}
	}
	return string(s.buf)
}

func hasHexMark(str string) bool {
	for i := 0; i < len(str); i++ {
		if str[i] == 'x' || str[i] == 'X' {
			return true
		}
	}
	return false
}

func (s *ss) toFloat(str string, bits int) float64 {
	// A decimal mantissa with a binary exponent: 1.5p3 is 1.5 * 2**3.
	p := 0
	for p < len(str) && str[p] != 'p' {
		p++
	}
	if p < len(str) && !hasHexMark(str) {
		f, err := strconv.ParseFloat(str[:p], bits)
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.fail(err)
		}
		e, err := strconv.Atoi(str[p+1:])
		if err != nil {
			if ne, ok := err.(*strconv.NumError); ok {
				ne.Num = str
			}
			s.fail(err)
		}
		return math.Ldexp(f, e)
	}
	f, err := strconv.ParseFloat(str, bits)
	if err != nil {
		s.fail(err)
	}
	return f
}

func (s *ss) scanFloat(bits int) float64 {
	s.SkipSpace()
	s.notEOF()
	return s.toFloat(s.floatToken(), bits)
}

func (s *ss) scanString(verb rune) string {
	if !s.okVerb(verb, "svqxX", "string") {
		return ""
	}
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		return s.quoted()
	case 'x', 'X':
		return s.hexBytes()
	}
	return string(s.token(true, notScanSpace))
}

func (s *ss) quoted() string {
	s.notEOF()
	q := s.next()
	switch q {
	case '`':
		for {
			r := s.mustNext()
			if r == '`' {
				return string(s.buf)
			}
			s.buf = utf8.AppendRune(s.buf, r)
		}
	case '"':
		s.buf = append(s.buf, '"')
		for {
			r := s.mustNext()
			s.buf = utf8.AppendRune(s.buf, r)
			if r == '\\' {
				s.buf = utf8.AppendRune(s.buf, s.mustNext())
			} else if r == '"' {
				break
			}
		}
		str, err := strconv.Unquote(string(s.buf))
		if err != nil {
			s.fail(err)
		}
		return str
	}
	s.failf("expected quoted string")
	return ""
}

func hexVal(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= 'a' && r <= 'f':
		return int(r-'a') + 10, true
	case r >= 'A' && r <= 'F':
		return int(r-'A') + 10, true
	}
	return -1, false
}

func (s *ss) hexBytes() string {
	s.notEOF()
	for {
		r := s.next()
		if r == scanEOF {
			break
		}
		hi, ok := hexVal(r)
		if !ok {
			s.UnreadRune()
			break
		}
		lo, ok := hexVal(s.mustNext())
		if !ok {
			s.failf("illegal hex digit")
		}
		s.buf = append(s.buf, byte(hi<<4|lo))
	}
	if len(s.buf) == 0 {
		s.failf("no hex data for %x string")
	}
	return string(s.buf)
}

// Operand classes reported by scanTarget (the natives in scan.cpp).
const (
	targetNotPointer = iota
	targetOther
	targetBool
	targetInt
	targetUint
	targetFloat
	targetFloatNamed
	targetString
	targetBytes
)

// scanTarget classifies arg; bits is the pointed-to number's size in bits.
func scanTarget(arg any) (class int, bits int)
func scanTypeName(arg any) string
func storeInt(arg any, v int64)
func fastScanInt(rs io.RuneScanner, arg any) bool
func storeFloat(arg any, v float64)
func storeBool(arg any, v bool)
func storeString(arg any, v string)
func storeBytes(arg any, v string)

func (s *ss) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	if sc, ok := arg.(Scanner); ok {
		if err := sc.Scan(s, verb); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.fail(err)
		}
		return
	}
	// Fscan(reader, &n) with a *bufio.Reader: a number already whole in the reader's buffer is
	// read straight from it, leaving the reader as the rune-by-rune path would.
	if verb == 'v' && s.nlIsSpace && !s.atEOF && s.argLimit == scanNoLimit && fastScanInt(s.rs, arg) {
		return
	}
	class, bits := scanTarget(arg)
	switch class {
	case targetNotPointer:
		s.failf("type not a pointer: " + scanTypeName(arg))
	case targetOther:
		s.failf("can't scan type: " + scanTypeName(arg))
	case targetBool:
		storeBool(arg, s.scanBool(verb))
	case targetInt:
		storeInt(arg, s.scanInt(verb, bits))
	case targetUint:
		storeInt(arg, int64(s.scanUint(verb, bits)))
	case targetFloat:
		if bits == 32 {
			if s.okVerb(verb, floatVerbs, "float32") {
				storeFloat(arg, s.scanFloat(32))
			}
		} else if s.okVerb(verb, floatVerbs, "float64") {
			storeFloat(arg, s.scanFloat(64))
		}
	case targetFloatNamed:
		storeFloat(arg, s.scanFloat(bits))
	case targetString:
		storeString(arg, s.scanString(verb))
	case targetBytes:
		storeBytes(arg, s.scanString(verb))
	}
}

// scanRecover turns the scanner's panics into the entry point's error.
func scanRecover(errp *error) {
	if e := recover(); e != nil {
		if se, ok := e.(scanError); ok {
			*errp = se.err
		} else if err, ok := e.(error); ok && err == io.EOF {
			*errp = err
		} else {
			panic(e)
		}
	}
}

func (s *ss) doScan(a []any) (n int, err error) {
	defer scanRecover(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		n++
	}
	if s.nlIsEnd {
		for {
			r := s.next()
			if r == '\n' || r == scanEOF {
				break
			}
			if !isScanSpace(r) {
				s.failf("expected newline")
			}
		}
	}
	return
}

// matchFormat matches the input against the format's literal text (spaces, newlines, %% and
// other runes) up to the next verb. It returns the bytes of format used, or -1 when an input
// rune does not match a literal one.
func (s *ss) matchFormat(format string) int {
	i := 0
	for i < len(format) {
		fc, w := utf8.DecodeRuneInString(format[i:])
		if isScanSpace(fc) {
			newlines := 0
			trailing := false
			for i < len(format) && isScanSpace(fc) {
				if fc == '\n' {
					newlines++
					trailing = false
				} else {
					trailing = true
				}
				i += w
				fc, w = utf8.DecodeRuneInString(format[i:])
			}
			for k := 0; k < newlines; k++ {
				in := s.next()
				for in != '\n' && isScanSpace(in) {
					in = s.next()
				}
				if in != '\n' && in != scanEOF {
					s.failf("newline in format does not match input")
				}
			}
			if trailing {
				in := s.next()
				if newlines == 0 {
					if in != scanEOF && !isScanSpace(in) {
						s.failf("expected space in input to match format")
					}
					if in == '\n' {
						s.failf("newline in input does not match format")
					}
				}
				for in != '\n' && isScanSpace(in) {
					in = s.next()
				}
				if in != scanEOF {
					s.UnreadRune()
				}
			}
			continue
		}
		if fc == '%' {
			if i+w == len(format) {
				s.failf("missing verb: % at end of format string")
			}
			if format[i+w] != '%' {
				return i
			}
			i += w
		}
		in := s.mustNext()
		if in != fc {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return i
}

// formatWidth reads a decimal width at format[i:]; ok is false when there is none. The
// format's last byte is always taken as the verb, never as a digit.
func formatWidth(format string, i int) (wid int, ok bool, next int) {
	last := len(format) - 1
	if i >= last {
		return 0, false, last
	}
	for next = i; next < last && format[next] >= '0' && format[next] <= '9'; next++ {
		if wid > 1e6 {
			return 0, false, last
		}
		wid = wid*10 + int(format[next]-'0')
		ok = true
	}
	return
}

func (s *ss) doScanf(format string, a []any) (n int, err error) {
	defer scanRecover(&err)
	for i := 0; i < len(format); {
		w := s.matchFormat(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.failf("input does not match format")
			}
			break
		}
		i++
		wid, ok, next := formatWidth(format, i)
		i = next
		s.maxWid = scanNoLimit
		if ok {
			s.maxWid = wid
		}
		verb, vw := utf8.DecodeRuneInString(format[i:])
		i += vw
		if verb != 'c' {
			s.SkipSpace()
		}
		if verb == '%' {
			s.SkipSpace()
			s.notEOF()
			if !s.accept("%") {
				s.failf("missing literal %")
			}
			continue
		}
		s.argLimit = scanNoLimit
		if lim := s.count + s.maxWid; lim < s.argLimit {
			s.argLimit = lim
		}
		if n >= len(a) {
			s.failf("too few operands for format '%" + format[i-vw:] + "'")
		}
		s.scanOne(verb, a[n])
		n++
		s.argLimit = scanNoLimit
	}
	if n < len(a) {
		s.failf("too many operands")
	}
	return
}

func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newSS(r, true, false).doScan(a)
}

func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newSS(r, false, true).doScan(a)
}

func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newSS(r, false, false).doScanf(format, a)
}

func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }

func Sscan(str string, a ...any) (n int, err error) { return Fscan(&scanString{str}, a...) }

func Sscanln(str string, a ...any) (n int, err error) { return Fscanln(&scanString{str}, a...) }

func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf(&scanString{str}, format, a...)
}
)go";

enum Target : std::int64_t {
  kNotPointer,
  kOther,
  kBool,
  kInt,
  kUint,
  kFloat,
  kFloatNamed,
  kString,
  kBytes,
};

// The pointed-to type of a pointer operand (null for anything else).
const Type* pointee(const GoIface& v) {
  return v.type == nullptr || v.type->kind != Kind::Pointer ? nullptr : v.type->u()->elem;
}

// The operand's target, after a nil pointer panics as Go's store through it would.
void* target(NativeContext& ctx, const GoIface& v) {
  if (v.data == nullptr) ctx.panicRuntimeError("invalid memory address or nil pointer dereference");
  return v.data;
}

void nScanTarget(NativeContext&, const Slot* a, Slot* r) {
  GoIface v = argIface(a);
  const Type* t = pointee(v);
  std::int64_t cls = kOther;
  std::int64_t bits = 0;
  if (t == nullptr) {
    cls = kNotPointer;
  } else if (t->kind == Kind::Bool) {
    cls = kBool;
  } else if (t->isInteger()) {
    cls = t->isUnsigned() ? kUint : kInt;
    bits = t->size * 8;
  } else if (t->isFloat()) {
    cls = t->named() && !t->pkg.empty() ? kFloatNamed : kFloat;
    bits = t->size * 8;
  } else if (t->kind == Kind::String) {
    cls = kString;
  } else if (t->kind == Kind::Slice && t->u()->elem->kind == Kind::Uint8) {
    cls = kBytes;
  }
  setInt(r, cls);
  setInt(r + 1, bits);
}

void nScanTypeName(NativeContext& ctx, const Slot* a, Slot* r) {
  GoIface v = argIface(a);
  setStr(r, ctx.newString(v.type == nullptr ? "<nil>" : v.type->str()));
}

void nStoreInt(NativeContext& ctx, const Slot* a, Slot*) {
  GoIface v = argIface(a);
  void* dst = target(ctx, v);
  std::int64_t x = argInt(a + 2);
  std::memcpy(dst, &x, static_cast<std::size_t>(pointee(v)->size));  // little endian
}

void nStoreFloat(NativeContext& ctx, const Slot* a, Slot*) {
  GoIface v = argIface(a);
  void* dst = target(ctx, v);
  double x = argFloat(a + 2);
  if (pointee(v)->size == 4) {
    float f = static_cast<float>(x);
    std::memcpy(dst, &f, sizeof f);
  } else {
    std::memcpy(dst, &x, sizeof x);
  }
}

void nStoreBool(NativeContext& ctx, const Slot* a, Slot*) {
  GoIface v = argIface(a);
  void* dst = target(ctx, v);
  *static_cast<std::uint8_t*>(dst) = argBool(a + 2) ? 1 : 0;
}

void nStoreString(NativeContext& ctx, const Slot* a, Slot*) {
  GoIface v = argIface(a);
  void* dst = target(ctx, v);
  GoString s = load<GoString>(a + 2);
  std::memcpy(dst, &s, sizeof s);
}

void nStoreBytes(NativeContext& ctx, const Slot* a, Slot*) {
  GoIface v = argIface(a);
  void* dst = target(ctx, v);
  const Type* t = pointee(v);
  std::string_view s = argStr(a + 2);
  auto n = static_cast<std::int64_t>(s.size());
  GoSlice b = ctx.newSlice(t->u()->elem, n, n);
  if (n > 0) std::memcpy(b.ptr, s.data(), s.size());
  std::memcpy(dst, &b, sizeof b);
}

// Where package bufio's Reader keeps its buffer state, found by field name (see fastScanInt).
struct ReaderLayout {
  const Type* type = nullptr;  // the Reader struct type these offsets belong to
  bool ok = false;
  std::int64_t buf = 0, r = 0, w = 0, lastByte = 0, lastRuneSize = 0;
};

bool findReaderLayout(const Type* st, ReaderLayout& l) {
  l = ReaderLayout{};
  l.type = st;
  int found = 0;
  for (const Field& f : st->u()->fields) {
    const Kind k = f.type->kind;
    if (f.name == "buf" && k == Kind::Slice) {
      l.buf = f.offset, ++found;
    } else if (k != Kind::Int) {
      continue;
    } else if (f.name == "r") {
      l.r = f.offset, ++found;
    } else if (f.name == "w") {
      l.w = f.offset, ++found;
    } else if (f.name == "lastByte") {
      l.lastByte = f.offset, ++found;
    } else if (f.name == "lastRuneSize") {
      l.lastRuneSize = f.offset, ++found;
    }
  }
  l.ok = found == 5;
  return l.ok;
}

// fastScanInt(rs, arg): when rs is a *bufio.Reader whose buffered bytes hold spaces, a decimal
// integer without prefix or underscores that fits arg's type, and then an ASCII byte that ends
// it, it stores the number, leaves the reader at that byte (as ReadRune + UnreadRune would:
// no unread possible) and returns true. Anything else (a number running to the end of the
// buffer, a sign on an unsigned operand, overflow, ...) returns false for the general path.
void nFastScanInt(NativeContext&, const Slot* a, Slot* res) {
  setBool(res, false);
  GoIface rs = argIface(a);
  GoIface arg = argIface(a + 2);
  const Type* target = pointee(arg);
  if (target == nullptr || !target->isInteger() || arg.data == nullptr) return;
  if (rs.type == nullptr || rs.type->kind != Kind::Pointer || rs.data == nullptr) return;
  const Type* st = rs.type->u()->elem;
  if (st->name != "Reader" || st->pkg != "bufio" || st->kind != Kind::Struct) return;
  static ReaderLayout layout;
  if (layout.type != st && !findReaderLayout(st, layout)) return;
  if (!layout.ok) return;

  auto* base = static_cast<unsigned char*>(rs.data);
  auto field = [&](std::int64_t off) { return reinterpret_cast<std::int64_t*>(base + off); };
  GoSlice buf = load<GoSlice>(reinterpret_cast<const Slot*>(base + layout.buf));
  std::int64_t i = *field(layout.r);
  const std::int64_t w = *field(layout.w);
  if (i < 0 || w > buf.len || i > w) return;
  const auto* p = static_cast<const unsigned char*>(buf.ptr);

  while (i < w && (p[i] == ' ' || (p[i] >= '\t' && p[i] <= '\r'))) ++i;
  bool neg = false;
  if (i < w && (p[i] == '+' || p[i] == '-')) {
    if (target->isUnsigned()) return;
    neg = p[i] == '-';
    ++i;
  }
  if (i >= w || p[i] < '1' || p[i] > '9') return;  // no digit, or a 0 that may start a prefix
  std::uint64_t mag = 0;
  int digits = 0;
  for (; i < w && p[i] >= '0' && p[i] <= '9'; ++i) {
    if (++digits > 19) return;  // may overflow 64 bits: let strconv report it
    mag = mag * 10 + (p[i] - '0');
  }
  if (i >= w || p[i] >= 0x80 || p[i] == '_') return;

  const int bits = static_cast<int>(target->size * 8);
  std::uint64_t value;
  if (target->isUnsigned()) {
    if (bits < 64 && mag >> bits != 0) return;
    value = mag;
  } else {
    const std::uint64_t limit = (std::uint64_t{1} << (bits - 1)) - (neg ? 0 : 1);
    if (mag > limit) return;
    value = neg ? ~mag + 1 : mag;
  }
  std::memcpy(arg.data, &value, static_cast<std::size_t>(target->size));  // little endian
  *field(layout.r) = i;
  *field(layout.lastByte) = -1;
  *field(layout.lastRuneSize) = -1;
  setBool(res, true);
}

}  // namespace

std::string_view scanPrelude() {
  return kScanPrelude;
}

void addScanNatives(std::vector<NativeFunc>& natives) {
  natives.push_back({"scanTarget", nScanTarget});
  natives.push_back({"scanTypeName", nScanTypeName});
  natives.push_back({"storeInt", nStoreInt});
  natives.push_back({"fastScanInt", nFastScanInt});
  natives.push_back({"storeFloat", nStoreFloat});
  natives.push_back({"storeBool", nStoreBool});
  natives.push_back({"storeString", nStoreString});
  natives.push_back({"storeBytes", nStoreBytes});
}

}  // namespace gomi::stdlib
