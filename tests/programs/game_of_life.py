# Conway's Game of Life on a set of live cells (glider, blinker, R-pentomino).
def step(live):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    p = (x + dx, y + dy)
                    counts[p] = counts.get(p, 0) + 1
    return {p for p, n in counts.items() if n == 3 or (n == 2 and p in live)}
def render(live, x0, y0, w, h):
    return '\n'.join(''.join('#' if (x, y) in live else '.' for x in range(x0, x0 + w)) for y in range(y0, y0 + h))
def bbox(live):
    xs = [x for x, _ in live]
    ys = [y for _, y in live]
    return min(xs), min(ys), max(xs), max(ys)
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
g = glider
for gen in range(5):
    print('glider gen', gen)
    print(render(g, 0, 0, 6, 6))
    g = step(g)
print(sorted(g))
g = glider
for _ in range(40):
    g = step(g)
print('after 40 gens glider moved by', min(x for x, _ in g) - 0, min(y for _, y in g) - 0, len(g))
blinker = {(0, 1), (1, 1), (2, 1)}
print(render(blinker, 0, 0, 3, 3), '', render(step(blinker), 0, 0, 3, 3), sep='\n')
print(step(step(blinker)) == blinker)
r = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
pop = []
for gen in range(200):
    r = step(r)
    pop.append(len(r))
print(pop[:20])
print(pop[-5:], bbox(r))
