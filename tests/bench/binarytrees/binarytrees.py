# binarytrees: the benchmarks game binary-trees (same computation as binarytrees.go).
# A node is a tuple (left, right); a leaf is (None, None).
import sys


def bottom_up_tree(depth):
    if depth <= 0:
        return (None, None)
    depth -= 1
    return (bottom_up_tree(depth), bottom_up_tree(depth))


def item_check(tree):
    left, right = tree
    if left is None:
        return 1
    return 1 + item_check(left) + item_check(right)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 16
    min_depth = 4
    max_depth = n
    if min_depth + 2 > n:
        max_depth = min_depth + 2
    stretch_depth = max_depth + 1
    out = sys.stdout
    out.write("stretch tree of depth %d\t check: %d\n"
              % (stretch_depth, item_check(bottom_up_tree(stretch_depth))))
    long_lived = bottom_up_tree(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + min_depth)
        check = 0
        for _ in range(iterations):
            check += item_check(bottom_up_tree(depth))
        out.write("%d\t trees of depth %d\t check: %d\n" % (iterations, depth, check))
    out.write("long lived tree of depth %d\t check: %d\n" % (max_depth, item_check(long_lived)))


main()
