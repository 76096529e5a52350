#!/usr/bin/env python3
"""Robustness sweep: gomi must never crash or hang on a truncated program.

usage: truncation_sweep.py [--max-files N] [--stride K] [--shard I/N] [--timeout S] GOMI_BINARY FILES...

For every file and every k (1, 1+K, 1+2K, ...), the first k lines are written to a temporary
NAME.go and `GOMI_BINARY run NAME.go` is run in that directory. A prefix that is already the whole
program (only blank lines cut) is skipped: the corpus runs it with its own stdin, GC-stress
interval and timeout, and a heavy program (100 000 goroutines) would only time out here under
the sanitizers.
--shard I/N takes every N-th file starting at the I-th (0-based) of the sorted list, so ctest
can run the sweep as N tests side by side.
  PASS: exit 1 and every stderr line looks like `file:LINE:COL: message` (a compile error), or
        exit 0 / 2 (the prefix happens to be a valid program, possibly panicking), or any other
        non-negative exit below 128 when stderr looks like compile errors (e.g. os.Exit(3)).
  FAIL: killed by a signal (negative status, or 128+N like 134/139), timeout, or exit 1 whose
        stderr is not in the compile-error format.
Prints `truncation sweep: N passed, M failed` and exits 1 if anything failed.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

ERR_LINE = re.compile(rb"^[^:]+:\d+:\d+: .+$")


def classify(code, stdout, stderr):
    if code is None:
        return "timeout"
    if code < 0:
        return "killed by signal %d" % -code
    if code >= 128:
        return "exit status %d (crash?)" % code
    if code == 1:
        lines = [l for l in stderr.split(b"\n") if l != b""]
        if not lines:
            # A program that printed and then called os.Exit(1) ran; a compile error never
            # leaves both streams empty.
            return None if stdout else "exit 1 with empty stderr"
        bad = [l for l in lines if not ERR_LINE.match(l)]
        # Go's types2 prints continuation lines ("\thave (...)", "\twant (...)") for some errors.
        bad = [l for l in bad if not l.startswith(b"\t")]
        if bad:
            return "exit 1 with malformed stderr line: %r" % bad[0][:200]
        return None
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-files", type=int, default=0, help="only the first N files (0 = all)")
    ap.add_argument("--stride", type=int, default=1, help="only every K-th prefix length")
    ap.add_argument("--shard", default="0/1", help="I/N: only files I, I+N, I+2N, ...")
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("gomi")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    gomi = os.path.abspath(args.gomi)
    files = sorted(args.files)
    if args.max_files > 0:
        files = files[: args.max_files]
    shard, shards = (int(x) for x in args.shard.split("/"))
    if shards < 1 or not 0 <= shard < shards:
        ap.error("--shard wants I/N with 0 <= I < N")
    files = files[shard::shards]
    stride = max(1, args.stride)

    passed = failed = skipped = 0
    with tempfile.TemporaryDirectory(prefix="gomi-trunc-") as tmp:
        for path in files:
            with open(path, "rb") as f:
                lines = f.read().split(b"\n")
            name = os.path.basename(path)
            whole = b"\n".join(lines).rstrip()
            for k in range(1, len(lines) + 1, stride):
                src = b"\n".join(lines[:k])
                if k < len(lines):
                    src += b"\n"
                if src.rstrip() == whole:
                    skipped += 1
                    continue
                target = os.path.join(tmp, name)
                with open(target, "wb") as f:
                    f.write(src)
                try:
                    p = subprocess.run([gomi, "run", name], cwd=tmp, stdin=subprocess.DEVNULL,
                                       stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                       timeout=args.timeout)
                    code, stdout, stderr = p.returncode, p.stdout, p.stderr
                except subprocess.TimeoutExpired:
                    code, stdout, stderr = None, b"", b""
                problem = classify(code, stdout, stderr)
                if problem is None:
                    passed += 1
                else:
                    failed += 1
                    print("FAIL %s truncated after line %d: %s" % (path, k, problem))
    print("truncation sweep: %d passed, %d failed, %d whole programs left to the corpus"
          % (passed, failed, skipped))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
