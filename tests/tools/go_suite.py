#!/usr/bin/env python3
"""Measures gomi against Go 1.19's own test suite (/usr/lib/go-1.19/test, from golang-1.19-go).

usage: go_suite.py run GOMI       `// run` programs of test/, test/ken, test/fixedbugs: stdout
                                  (or stdout+stderr) compared with NAME.out, or empty
       go_suite.py errors GOMI    `// errorcheck` programs, rewritten as package main (line
                                  numbers kept) under /tmp/gomi-errorcheck: gomi's stderr
                                  compared byte for byte with `go build`'s (header and ./ removed)

Not a CI test: the suite exercises much that gomi leaves out (unsafe, reflect, generics). It
prints the counts and, for each program that differs, why (errors: the first differing line).
"""
import glob
import os
import re
import subprocess
import sys

GO = "/usr/lib/go-1.19/bin/go"
TEST = "/usr/lib/go-1.19/test"


def suite_files(dirs, first_line):
    for d in dirs:
        for f in sorted(glob.glob(os.path.join(d, "*.go"))):
            with open(f, "rb") as fh:
                head = fh.read(2000)
            if head.split(b"\n", 1)[0].strip() != first_line:
                continue
            if re.search(rb"^\s*//\s*\+build|^//go:build", head, re.M):
                continue
            yield f


def run_programs(gomi):
    results = {"pass": [], "fail": [], "compile": [], "crash": [], "timeout": []}
    for f in suite_files([TEST, TEST + "/ken", TEST + "/fixedbugs"], b"// run"):
        out = f[:-3] + ".out"
        want = open(out, "rb").read() if os.path.exists(out) else b""
        try:
            p = subprocess.run([gomi, "run", f], capture_output=True, timeout=20,
                               stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            results["timeout"].append((f, ""))
            continue
        first = (p.stderr or p.stdout).decode(errors="replace").split("\n")[0][:160]
        if p.returncode == 0 and (p.stdout == want or p.stdout + p.stderr == want):
            results["pass"].append((f, ""))
        elif p.returncode == 1:
            results["compile"].append((f, first))
        elif p.returncode < 0 or p.returncode >= 128 or b"fatal error" in p.stderr:
            results["crash"].append((f, first))
        else:
            results["fail"].append((f, first))
    for kind, items in results.items():
        print("==", kind, len(items))
        if kind != "pass":
            for f, why in items:
                print("  ", os.path.relpath(f, TEST), why)


def compare_errors(gomi):
    work = "/tmp/gomi-errorcheck"
    os.makedirs(work, exist_ok=True)
    same, differ = 0, []
    for f in suite_files([TEST, TEST + "/fixedbugs"], b"// errorcheck"):
        src = open(f, encoding="utf-8", errors="replace").read()
        body = re.sub(r"^package\s+\w+", "package main", src, count=1, flags=re.M)
        if not re.search(r"^func main\(\)", body, re.M):
            body += "\nfunc main() {}\n"
        base = os.path.basename(f)
        with open(os.path.join(work, base), "w") as fh:
            fh.write(body)
        g = subprocess.run([GO, "build", "-o", "/dev/null", base], cwd=work, capture_output=True,
                           timeout=60)
        want = "\n".join(line for line in g.stderr.decode(errors="replace").split("\n")
                         if not line.startswith("# "))
        want = re.sub(r"^(\t*)\./", r"\1", want, flags=re.M)
        if g.returncode == 0 or "go: " in want or "is not in GOROOT" in want:
            continue  # Go accepts it, or the go command (not the compiler) refuses it
        try:
            p = subprocess.run([gomi, "run", base], cwd=work, capture_output=True, timeout=20,
                               stdin=subprocess.DEVNULL)
            got = p.stderr.decode(errors="replace")
        except subprocess.TimeoutExpired:
            got = "TIMEOUT"
        if got.strip() == want.strip():
            same += 1
            continue
        wl, gl = want.strip().split("\n"), got.strip().split("\n")
        k = next(i for i in range(max(len(wl), len(gl)) + 1)
                 if i >= len(wl) or i >= len(gl) or wl[i] != gl[i])
        differ.append((base, wl[k] if k < len(wl) else "<end>", gl[k] if k < len(gl) else "<end>"))
    print("same", same, "differ", len(differ))
    for base, w, g in differ:
        print("%s\n   go:   %s\n   gomi: %s" % (base, w[:200], g[:200]))


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("run", "errors"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    gomi = os.path.abspath(sys.argv[2])
    if sys.argv[1] == "run":
        run_programs(gomi)
    else:
        compare_errors(gomi)
    return 0


if __name__ == "__main__":
    sys.exit(main())
