# binary_trees.py -- allocate and walk many perfect binary trees.
# Exercises: allocation and deallocation of huge numbers of small objects
# (2-tuples for the short-lived trees, small class instances with two
# attributes for the long-lived tree), deep-ish recursion, tuple
# unpacking, attribute reads, and the garbage collector / allocator
# coping with a large long-lived structure while short-lived trees churn.
#
# Usage: binary_trees.py [max_depth]   (default: DEFAULT_SIZE; work ~ 2^depth)
import sys

DEFAULT_SIZE = 15
SIZE_KIND = "log2"
MIN_DEPTH = 4
ITER_SHIFT = 5   # 2**ITER_SHIFT trees of depth max_depth, more of smaller


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def build_tuple_tree(depth):
    # A leaf is (None, None); an inner node is (left, right).
    if depth == 0:
        return (None, None)
    depth -= 1
    return (build_tuple_tree(depth), build_tuple_tree(depth))


def count_tuple_tree(tree):
    left, right = tree
    if left is None:
        return 1
    return 1 + count_tuple_tree(left) + count_tuple_tree(right)


def build_node_tree(depth):
    if depth == 0:
        return Node(None, None)
    return Node(build_node_tree(depth - 1), build_node_tree(depth - 1))


def count_node_tree(node):
    if node.left is None:
        return 1
    return 1 + count_node_tree(node.left) + count_node_tree(node.right)


def main():
    max_depth = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    if max_depth < MIN_DEPTH + 2:
        max_depth = MIN_DEPTH + 2

    stretch = max_depth + 1
    print("stretch tree of depth %d\t check: %d"
          % (stretch, count_tuple_tree(build_tuple_tree(stretch))))

    # Lives until the end of the program.
    long_lived = build_node_tree(max_depth)

    depth = MIN_DEPTH
    while depth <= max_depth:
        iterations = 1 << (max_depth - depth + ITER_SHIFT)
        check = 0
        for _ in range(iterations):
            check += count_tuple_tree(build_tuple_tree(depth))
        print("%d\t trees of depth %d\t check: %d" % (iterations, depth, check))
        depth += 2

    print("long lived tree of depth %d\t check: %d"
          % (max_depth, count_node_tree(long_lived)))


main()
