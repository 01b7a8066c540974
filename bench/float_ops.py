# float_ops.py -- many small objects with float attributes.
# Exercises: instance creation (__init__ with several float attributes),
# attribute loads and stores, method calls, math.sin / math.cos /
# math.sqrt, float arithmetic and comparisons, the max() builtin on
# floats, __repr__ with %-formatting, lists of instances built with a
# list comprehension, and freeing a large list of instances.
#
# Each round creates a list of points on a distorted helix, normalises
# them, rotates them, and folds them together into a component-wise
# maximum and a running mean.
#
# Usage: float_ops.py [points]     (default: DEFAULT_SIZE points per round)
import sys
import math

DEFAULT_SIZE = 100000
SIZE_KIND = "linear"
ROUNDS = 10


class Point:
    def __init__(self, i):
        t = i * 0.001
        self.x = x = math.sin(t) * 2.0
        self.y = math.cos(t) * 3.0 + 0.25
        self.z = (x * x) / 2.0 + 0.125

    def __repr__(self):
        return "<Point x=%.6f y=%.6f z=%.6f>" % (self.x, self.y, self.z)

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def normalize(self):
        norm = self.length()
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def rotate_z(self, angle):
        c = math.cos(angle)
        s = math.sin(angle)
        x = self.x
        y = self.y
        self.x = x * c - y * s
        self.y = x * s + y * c

    def maximize(self, other):
        self.x = max(self.x, other.x)
        self.y = max(self.y, other.y)
        self.z = max(self.z, other.z)
        return self

    def accumulate(self, other):
        self.x += other.x
        self.y += other.y
        self.z += other.z
        return self


def one_round(count, angle):
    points = [Point(i) for i in range(count)]
    for p in points:
        p.normalize()
        p.rotate_z(angle)
    best = points[0]
    total = Point(0)
    total.x = total.y = total.z = 0.0
    for p in points[1:]:
        best = best.maximize(p)
        total.accumulate(p)
    # Report the mean rather than the raw sum so that the printed digits
    # stay well clear of accumulated last-bit rounding differences.
    total.x /= count
    total.y /= count
    total.z /= count
    return best, total


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    print("float_ops points=%d rounds=%d" % (count, ROUNDS))
    for r in range(ROUNDS):
        best, total = one_round(count, 0.1 * (r + 1))
        print("round %d max %r" % (r, best))
        print("round %d mean %r" % (r, total))


main()
