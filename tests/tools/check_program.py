#!/usr/bin/env python3
"""Runs one corpus program under gomi and compares it with what Go 1.19 produced.

usage: check_program.py GOMI_BINARY PROGRAM.go

`GOMI_BINARY run NAME.go` is run with cwd = the program's directory (so compile errors name the
file by its basename) and a timeout of 30 s (env GOMI_TEST_TIMEOUT overrides). The environment is
inherited (GOGC, GODEBUG, ...). Standard input is NAME.in when that file exists, else /dev/null.
Expected files next to PROGRAM.go:

  NAME.out    stdout, compared byte for byte
  NAME.exit   exit status (default 0, or 1 when NAME.err exists)
  NAME.err    the complete stderr (compile errors, `name.go:L:C: msg` lines)
  NAME.panic  the first line of stderr
  NAME.gcstress  an interval N: under GODEBUG=gcstress=1 this program collects at every Nth
              allocation instead (for programs whose size makes a collection per allocation
              take hours, such as 100 000 parked goroutines, each collection scanning them all)
  NAME.timeout  seconds this program may take when that is more than the default (the
              100 000-goroutine programs under ASan, where each fiber stack costs page faults)
  NAME.timing   why this program's output depends on wall-clock time the way Go's does (a
              sync.Mutex waiter that waits over 1 ms starves, and a descheduled CI machine can
              make it wait that long): a mismatch is retried, up to three runs in all, and the
              program passes when one run matches. A wrong implementation fails all three.

Exit status: 0 pass, 1 fail, 77 skipped because the program is listed in tests/known_failures.txt
(a listed program that passes is a failure: remove it from the list).
"""
import difflib
import os
import subprocess
import sys

SKIP = 77


def read(path):
    with open(path, "rb") as f:
        return f.read()


def known_failures(tests_dir):
    """Returns {name: reason} from tests/known_failures.txt, plus the file named by the
    environment variable GOMI_KNOWN_FAILURES_EXTRA (failures specific to one mode, such as
    GC stress, which must not count as failures of the plain run)."""
    result = read_failures(os.path.join(tests_dir, "known_failures.txt"))
    extra = os.environ.get("GOMI_KNOWN_FAILURES_EXTRA")
    if extra:
        result.update(read_failures(extra))
    return result


def read_failures(path):
    result = {}
    if not os.path.exists(path):
        return result
    pending = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                pending = []
                continue
            if line.startswith("#"):
                pending.append(line.lstrip("#").strip())
                continue
            name, _, comment = line.partition("#")
            name = name.strip()
            reason = comment.strip() or " ".join(pending) or "(no reason given)"
            result[name] = reason
    return result


def listed(failures, prog):
    base = os.path.basename(prog)
    stem = base[:-3] if base.endswith(".go") else base
    parent = os.path.basename(os.path.dirname(os.path.abspath(prog)))
    for key in (base, stem, parent + "/" + base, parent + "/" + stem):
        if key in failures:
            return failures[key]
    return None


def show(data):
    return data.decode("utf-8", errors="replace")


def diff(kind, expected, actual):
    exp = show(expected).splitlines(keepends=True)
    act = show(actual).splitlines(keepends=True)
    lines = list(difflib.unified_diff(exp, act, "expected " + kind, "actual " + kind))
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def run_once(gomi, base, directory, stem, env, timeout):
    """Runs the program once; returns (problems, stderr)."""
    problems = []
    stdin = open(stem + ".in", "rb") if os.path.exists(stem + ".in") else subprocess.DEVNULL
    try:
        proc = subprocess.run([gomi, "run", base], cwd=directory, stdin=stdin, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        stdout, stderr, code = proc.stdout, proc.stderr, proc.returncode
    except subprocess.TimeoutExpired as e:
        stdout, stderr, code = e.stdout or b"", e.stderr or b"", None
        problems.append("timed out after %g s" % timeout)
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()

    if code is not None:
        # Compile errors exit 1 (like `go build`/`go run`); everything else defaults to 0.
        want_exit = 1 if os.path.exists(stem + ".err") else 0
        if os.path.exists(stem + ".exit"):
            want_exit = int(read(stem + ".exit").strip())
        if code != want_exit:
            if code < 0:
                problems.append("killed by signal %d (expected exit status %d)" % (-code, want_exit))
            else:
                problems.append("exit status %d, expected %d" % (code, want_exit))
    if os.path.exists(stem + ".out"):
        want = read(stem + ".out")
        if stdout != want:
            problems.append("stdout differs:\n" + diff("stdout", want, stdout))
    if os.path.exists(stem + ".err"):
        want = read(stem + ".err")
        if stderr != want:
            problems.append("stderr differs:\n" + diff("stderr", want, stderr))
    if os.path.exists(stem + ".panic"):
        want = read(stem + ".panic").rstrip(b"\n")
        first = stderr.split(b"\n", 1)[0]
        if first != want:
            problems.append("first line of stderr differs:\n  expected: %s\n  actual:   %s"
                            % (show(want), show(first)))

    return problems, stderr


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    gomi = os.path.abspath(sys.argv[1])
    prog = os.path.abspath(sys.argv[2])
    directory = os.path.dirname(prog)
    base = os.path.basename(prog)
    stem = prog[:-3] if prog.endswith(".go") else prog
    tests_dir = os.path.dirname(directory)
    timeout = float(os.environ.get("GOMI_TEST_TIMEOUT", "30"))
    if os.path.exists(stem + ".timeout"):
        timeout = max(timeout, float(read(stem + ".timeout").strip()))
    attempts = 3 if os.path.exists(stem + ".timing") else 1

    reason = listed(known_failures(tests_dir), prog)

    env = dict(os.environ)
    if os.path.exists(stem + ".gcstress"):
        interval = read(stem + ".gcstress").decode().strip()
        fields = env.get("GODEBUG", "").split(",")
        env["GODEBUG"] = ",".join("gcstress=" + interval if f == "gcstress=1" else f
                                  for f in fields)

    for attempt in range(1, attempts + 1):
        problems, stderr = run_once(gomi, base, directory, stem, env, timeout)
        if not problems:
            if attempt > 1:
                print("(matched on run %d of %d; see %s.timing)" % (attempt, attempts, base[:-3]))
            break

    if reason is not None:
        if problems:
            print("SKIP %s: known failure: %s" % (base, reason))
            return SKIP
        print("FAIL %s: unexpectedly passed; remove it from known_failures.txt" % base)
        return 1
    if problems:
        print("FAIL %s" % base)
        for p in problems:
            print(p if p.endswith("\n") else p + "\n", end="")
        if stderr and not os.path.exists(stem + ".err"):
            print("--- stderr (first 40 lines) ---")
            print("\n".join(show(stderr).splitlines()[:40]))
        return 1
    print("PASS %s" % base)
    return 0


if __name__ == "__main__":
    sys.exit(main())
