# fib: naive recursive Fibonacci (same computation as fib.go).
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 32
    sys.stdout.write("fib(%d) = %d\n" % (n, fib(n)))


main()
