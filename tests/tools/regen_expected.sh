#!/usr/bin/env bash
# Regenerates the expected-output files of the conformance corpus with real Go 1.19.
#
#   tests/tools/regen_expected.sh                 # whole corpus (tests/go, tests/errors)
#   tests/tools/regen_expected.sh FILE.go ...     # only these programs
#
# tests/go/*.go and tests/errors/panic_*.go are built and run with cwd = their directory, stdin
# NAME.in when it exists (else /dev/null):
#   NAME.out    exact stdout
#   NAME.exit   exit status (only written when non-zero)
#   NAME.panic  first line of stderr (tests/errors/panic_*, and any program that exits 2)
# tests/errors/compile_*.go must fail to build:
#   NAME.err    go build's stderr without the "# command-line-arguments" header and "./" prefix
# GO may point at another go binary (default /usr/lib/go-1.19/bin/go).
set -euo pipefail
GO=${GO:-/usr/lib/go-1.19/bin/go}
root=$(cd "$(dirname "$0")/../.." && pwd)
export GOFLAGS= GOWORK=off CGO_ENABLED=0
# gomi schedules goroutines on one thread in the order Go uses with GOMAXPROCS=1.
export GOMAXPROCS=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ $# -eq 0 ]; then
  set -- "$root"/tests/go/*.go "$root"/tests/errors/*.go
fi

status=0
for f in "$@"; do
  dir=$(cd "$(dirname "$f")" && pwd)
  base=$(basename "$f" .go)
  stem="$dir/$base"
  rm -f "$stem.out" "$stem.exit" "$stem.err" "$stem.panic"
  case "$base" in
    compile_*)
      if (cd "$dir" && "$GO" build -o "$tmp/prog" "$base.go") >/dev/null 2>"$tmp/err"; then
        echo "ERROR: $f compiled successfully but is a compile-error test" >&2
        status=1
        continue
      fi
      grep -v '^# command-line-arguments$' "$tmp/err" | sed -e 's|^\./||' -e 's|^\(\t*\)\./|\1|' >"$stem.err"
      ;;
    *)
      if ! (cd "$dir" && "$GO" build -o "$tmp/prog" "$base.go") 2>"$tmp/err"; then
        echo "ERROR: $f does not build:" >&2
        cat "$tmp/err" >&2
        status=1
        continue
      fi
      rc=0
      input=/dev/null
      if [ -f "$stem.in" ]; then input="$stem.in"; fi
      (cd "$dir" && timeout 60 "$tmp/prog" <"$input" >"$stem.out" 2>"$tmp/stderr") || rc=$?
      if [ "$rc" -ne 0 ]; then echo "$rc" >"$stem.exit"; fi
      case "$base" in
        panic_*)
          head -n 1 "$tmp/stderr" >"$stem.panic"
          if [ "$rc" -ne 2 ]; then echo "WARNING: $f exited $rc (expected a panic, 2)" >&2; fi
          ;;
        *)
          if [ "$rc" -eq 2 ]; then
            # A panic or fatal error the program is meant to end with (debug_maxstack_*).
            head -n 1 "$tmp/stderr" >"$stem.panic"
          elif [ "$rc" -ne 0 ] && ! grep -q 'os.Exit' "$f"; then
            echo "WARNING: $f exited $rc" >&2
          fi
          ;;
      esac
      ;;
  esac
done
exit $status
