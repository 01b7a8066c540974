# nqueens.py -- enumerate every solution of the N-queens puzzle.
# Exercises: recursive generators (a chain of N suspended generator
# frames, each re-yielding what the deeper one yields), `yield from`,
# set literals, set union / membership / len, frozensets, list, set and
# dict comprehensions, generator expressions consumed by sum() / any(),
# tuple concatenation and sorting of tuples.
#
# Two independent solvers are run and must agree:
#   * a backtracking generator that threads three sets (used columns and
#     the two diagonal directions) through the recursion;
#   * a generate-and-test solver that yields column permutations from a
#     hand-written recursive permutation generator and keeps those whose
#     diagonals are all distinct (checked with set comprehensions).
#
# Usage: nqueens.py [n [rounds]]
#   n defaults to DEFAULT_SIZE (work grows like n!); everything is repeated
#   `rounds` times (default ROUNDS) and every round must agree.
import sys

DEFAULT_SIZE = 8
SIZE_KIND = "fixed"
ROUNDS = 18


def backtrack(n, row, cols, up, down):
    if row == n:
        yield ()
        return
    for c in range(n):
        if c in cols or (row + c) in up or (row - c) in down:
            continue
        for rest in backtrack(n, row + 1, cols | {c}, up | {row + c},
                              down | {row - c}):
            yield (c,) + rest


def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        head = items[i]
        remaining = items[:i] + items[i + 1:]
        for tail in permutations(remaining):
            yield (head,) + tail


def generate_and_test(n):
    rows = range(n)
    yield from (perm for perm in permutations(list(rows))
                if len({perm[r] + r for r in rows}) == n
                and len({perm[r] - r for r in rows}) == n)


def describe(solutions, n):
    # A few order-independent facts about the solution set.
    corner = sum(1 for s in solutions if s[0] == 0 or s[0] == n - 1)
    symmetric = sum(1 for s in solutions if tuple(reversed(s)) in solutions)
    firsts = {c: 0 for c in range(n)}
    for s in solutions:
        firsts[s[0]] += 1
    weight = 0
    for s in sorted(solutions):
        weight = (weight * 131 + sum([(i + 1) * c for i, c in enumerate(s)])) \
            % 1000000007
    return corner, symmetric, [firsts[c] for c in range(n)], weight


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else ROUNDS
    result = None
    for _ in range(rounds):
        a = frozenset(backtrack(n, 0, set(), set(), set()))
        b = frozenset(generate_and_test(n))
        if a != b:
            print("nqueens: solvers disagree")
            sys.exit(1)
        info = describe(a, n)
        if result is not None and result != (len(a), info):
            print("nqueens: rounds disagree")
            sys.exit(1)
        result = (len(a), info)
    count, (corner, symmetric, firsts, weight) = result
    print("nqueens n=%d solutions=%d" % (n, count))
    print("queen in corner column: %d" % corner)
    print("solutions whose mirror image is a solution: %d" % symmetric)
    print("first-row histogram: %s" % " ".join(str(f) for f in firsts))
    print("weight: %d" % weight)
    found_any = any(s == tuple(range(n)) for s in a)
    print("identity is a solution: %s" % found_any)


main()
