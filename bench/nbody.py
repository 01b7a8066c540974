# nbody.py -- gravitational N-body simulation.
# Exercises: float arithmetic (+ - * /), math.sqrt, bodies stored as plain
# lists indexed by small integer constants (no attribute access), pairs of
# lists in a precomputed list of tuples, tuple unpacking in for-loops,
# augmented assignment on list items, simple while/for loops.
#
# Usage: nbody.py [steps]     (default: DEFAULT_SIZE steps)
import sys
import math

DEFAULT_SIZE = 400000
SIZE_KIND = "linear"

# Indexes into a body list.
X, Y, Z, VX, VY, VZ, MASS = 0, 1, 2, 3, 4, 5, 6

CENTRAL_MASS = 1000.0
DT = 0.0005


def make_system(planets):
    """A heavy central mass with `planets` bodies on roughly circular orbits.

    Positions come from a small linear congruential generator so the system
    is fully deterministic and does not depend on any library RNG.
    """
    state = [20240601]

    def rnd():
        state[0] = (state[0] * 1103515245 + 12345) % 2147483648
        return state[0] / 2147483648.0

    bodies = [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, CENTRAL_MASS]]
    for k in range(planets):
        radius = 6.0 + 5.0 * k + rnd()
        angle = rnd() * 2.0 * math.pi
        tilt = (rnd() - 0.5) * 0.1
        speed = math.sqrt(CENTRAL_MASS / radius)
        bodies.append([
            radius * math.cos(angle),
            radius * math.sin(angle),
            radius * tilt,
            -speed * math.sin(angle),
            speed * math.cos(angle),
            speed * tilt * 0.01,
            0.05 + rnd() * 0.5,
        ])
    # Give the central body the opposite total momentum so the centre of
    # mass stays put.
    px = py = pz = 0.0
    for b in bodies:
        px += b[VX] * b[MASS]
        py += b[VY] * b[MASS]
        pz += b[VZ] * b[MASS]
    sun = bodies[0]
    sun[VX] = -px / sun[MASS]
    sun[VY] = -py / sun[MASS]
    sun[VZ] = -pz / sun[MASS]
    return bodies


def all_pairs(bodies):
    pairs = []
    n = len(bodies)
    for i in range(n):
        for j in range(i + 1, n):
            pairs.append((bodies[i], bodies[j]))
    return pairs


def energy(bodies, pairs):
    e = 0.0
    for b in bodies:
        e += 0.5 * b[MASS] * (b[VX] * b[VX] + b[VY] * b[VY] + b[VZ] * b[VZ])
    for (a, b) in pairs:
        dx = a[X] - b[X]
        dy = a[Y] - b[Y]
        dz = a[Z] - b[Z]
        e -= a[MASS] * b[MASS] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, pairs, dt, steps):
    sqrt = math.sqrt
    for _ in range(steps):
        for (a, b) in pairs:
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * sqrt(d2))
            ma = a[6] * mag
            mb = b[6] * mag
            a[3] -= dx * mb
            a[4] -= dy * mb
            a[5] -= dz * mb
            b[3] += dx * ma
            b[4] += dy * ma
            b[5] += dz * ma
        for body in bodies:
            body[0] += dt * body[3]
            body[1] += dt * body[4]
            body[2] += dt * body[5]


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    bodies = make_system(4)
    pairs = all_pairs(bodies)
    e0 = energy(bodies, pairs)
    advance(bodies, pairs, DT, steps)
    e1 = energy(bodies, pairs)
    spread = 0.0
    for b in bodies:
        spread += abs(b[X]) + abs(b[Y]) + abs(b[Z])
    print("nbody steps=%d bodies=%d" % (steps, len(bodies)))
    print("energy before: %.6f" % e0)
    print("energy after:  %.6f" % e1)
    print("position spread: %.6f" % spread)


main()
