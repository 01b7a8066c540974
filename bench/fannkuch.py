# fannkuch.py -- "pancake flipping" over every permutation of 0..n-1.
# Exercises: small integer lists, list indexing and item assignment,
# list copying (slicing), element swaps and slice assignment with a
# negative step (prefix reversal), list.pop / list.insert (rotation), tight while loops and
# integer comparisons.
#
# For each permutation p of 0..n-1 we repeatedly reverse the prefix
# p[0..p[0]] until p[0] == 0 and count the reversals ("flips").  We report
# the maximum flip count and a checksum that weights each permutation's
# flip count by its position in the enumeration order.
#
# Usage: fannkuch.py [n [rounds]]
#   n defaults to DEFAULT_SIZE (work grows like n!); the whole enumeration
#   is repeated `rounds` times (default ROUNDS) and every round must agree.
import sys

DEFAULT_SIZE = 9
SIZE_KIND = "fixed"
ROUNDS = 4


def count_flips(perm):
    p = perm[:]
    flips = 0
    first = p[0]
    while first:
        # Reverse p[0..first] in place.
        if first < 7:
            # short prefixes: swap element by element
            i = 0
            j = first
            while i < j:
                t = p[i]
                p[i] = p[j]
                p[j] = t
                i += 1
                j -= 1
        else:
            p[:first + 1] = p[first::-1]
        flips += 1
        first = p[0]
    return flips


def fannkuch(n):
    perm = list(range(n))
    # counters[k] says how many more rotations of the prefix of length k+1
    # remain before the next-longer prefix has to rotate.
    counters = [0] * n
    max_flips = 0
    checksum = 0
    index = 0
    level = n
    while True:
        while level > 1:
            counters[level - 1] = level
            level -= 1

        if perm[0] != 0:
            flips = count_flips(perm)
            if flips > max_flips:
                max_flips = flips
            if index % 3 == 0:
                checksum += flips
            elif index % 3 == 1:
                checksum -= flips
            else:
                checksum += 2 * flips

        # Advance to the next permutation: rotate the prefix of length
        # level+1 left by one place, carrying into longer prefixes when a
        # counter runs out.
        while True:
            if level == n:
                return max_flips, checksum, index + 1
            perm.insert(level, perm.pop(0))
            counters[level] -= 1
            if counters[level] > 0:
                break
            level += 1
        index += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else ROUNDS
    first = fannkuch(n)
    for _ in range(rounds - 1):
        if fannkuch(n) != first:
            print("fannkuch: rounds disagree")
            sys.exit(1)
    max_flips, checksum, count = first
    print("fannkuch n=%d permutations=%d" % (n, count))
    print("checksum: %d" % checksum)
    print("max flips: %d" % max_flips)


main()
