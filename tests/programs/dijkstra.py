# Dijkstra's shortest paths on a small weighted graph (no heapq: linear scans).
EDGES = [('A', 'B', 7), ('A', 'C', 9), ('A', 'F', 14), ('B', 'C', 10), ('B', 'D', 15), ('C', 'D', 11),
         ('C', 'F', 2), ('D', 'E', 6), ('E', 'F', 9), ('F', 'G', 3), ('G', 'E', 1), ('H', 'I', 1)]
graph = {}
for a, b, w in EDGES:
    graph.setdefault(a, {})[b] = w
    graph.setdefault(b, {})[a] = w
def dijkstra(graph, source):
    dist = {n: float('inf') for n in graph}
    prev = {n: None for n in graph}
    dist[source] = 0
    unvisited = set(graph)
    order = []
    while unvisited:
        u = min(sorted(unvisited), key=lambda n: dist[n])
        if dist[u] == float('inf'):
            break
        unvisited.remove(u)
        order.append(u)
        for v, w in sorted(graph[u].items()):
            alt = dist[u] + w
            if alt < dist[v]:
                dist[v] = alt
                prev[v] = u
    return dist, prev, order
def path(prev, target):
    p = []
    while target is not None:
        p.append(target)
        target = prev[target]
    return p[::-1]
dist, prev, order = dijkstra(graph, 'A')
print('visit order:', order)
for n in sorted(graph):
    d = dist[n]
    print(n, d if d != float('inf') else 'unreachable', '->'.join(path(prev, n)) if d != float('inf') else '-')
grid = ['S.#.....',
        '.##.###.',
        '....#...',
        '.##...#E']
cells = {}
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if ch != '#':
            cells[(r, c)] = ch
g2 = {p: {} for p in cells}
for (r, c) in cells:
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        q = (r + dr, c + dc)
        if q in cells:
            g2[(r, c)][q] = 1 + (r + dr) % 2
start = next(p for p, ch in cells.items() if ch == 'S')
end = next(p for p, ch in cells.items() if ch == 'E')
d2, p2, _ = dijkstra(g2, start)
route = path(p2, end)
print(d2[end], len(route), route)
canvas = [list(row) for row in grid]
for (r, c) in route[1:-1]:
    canvas[r][c] = '*'
print('\n'.join(''.join(row) for row in canvas))
