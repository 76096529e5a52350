# wordfreq: word frequencies over a deterministic synthetic text (same computation as wordfreq.go).
import sys

VOCAB_SIZE = 2000
state = 42


def next_rand():
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state


def make_vocab():
    vocab = []
    for _ in range(VOCAB_SIZE):
        n = 3 + next_rand() % 6
        vocab.append("".join(chr(97 + next_rand() % 26) for _ in range(n)))
    return vocab


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000000
    vocab = make_vocab()
    parts = []
    for _ in range(n):
        k = next_rand() % VOCAB_SIZE
        k = k * k // VOCAB_SIZE
        parts.append(vocab[k])
    text = " ".join(parts) + " "
    del parts

    counts = {}
    total = 0
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
        total += 1
    words = sorted(counts, key=lambda w: (-counts[w], w))
    out = sys.stdout
    out.write("words: %d distinct: %d\n" % (total, len(counts)))
    for w in words[:3]:
        out.write("%s %d\n" % (w, counts[w]))


main()
