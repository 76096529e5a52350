# threadring: 503 generators in a ring pass a token decremented at every hop; the one that
# receives 0 reports its id (same computation as threadring.go). The main loop is the
# scheduler: it sends the token into generator i and hands what it yields to generator i+1.
import sys

RING_SIZE = 503


def worker(ident):
    t = yield
    while True:
        if t == 0:
            yield ident
            return
        t = yield t - 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    ring = []
    for ident in range(1, RING_SIZE + 1):
        g = worker(ident)
        next(g)
        ring.append(g)
    token, i = n, 0
    while True:
        r = ring[i].send(token)
        if token == 0:
            sys.stdout.write("%d\n" % r)
            return
        token = r
        i = (i + 1) % RING_SIZE


main()
