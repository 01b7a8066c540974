"""Graph algorithms with a hand-written binary heap, BFS, DFS, topo sort, Dijkstra."""
from collections import defaultdict, deque
import itertools

class MinHeap:
    def __init__(self, items=()):
        self._a = []
        for it in items: self.push(it)
    def __len__(self): return len(self._a)
    def __bool__(self): return bool(self._a)
    def push(self, x):
        a = self._a; a.append(x); i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            p = (i - 1) // 2; a[p], a[i] = a[i], a[p]; i = p
    def pop(self):
        a = self._a
        if not a: raise IndexError("pop from empty heap")
        a[0], a[-1] = a[-1], a[0]
        top = a.pop(); i = 0; n = len(a)
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < n and a[l] < a[m]: m = l
            if r < n and a[r] < a[m]: m = r
            if m == i: return top
            a[i], a[m] = a[m], a[i]; i = m

class Graph:
    def __init__(self, directed=False):
        self.adj = defaultdict(dict); self.directed = directed
    def add(self, u, v, w=1):
        self.adj[u][v] = w
        if not self.directed: self.adj[v][u] = w
        else: self.adj[v]
        return self
    def bfs(self, s):
        seen, order, q = {s}, [], deque([s])
        while q:
            u = q.popleft(); order.append(u)
            for v in sorted(self.adj[u]):
                if v not in seen: seen.add(v); q.append(v)
        return order
    def dfs(self, s, seen=None):
        seen = set() if seen is None else seen
        seen.add(s); yield s
        for v in sorted(self.adj[s]):
            if v not in seen: yield from self.dfs(v, seen)
    def dijkstra(self, s):
        dist = {s: 0}; prev = {}; h = MinHeap([(0, s)]); done = set()
        while h:
            d, u = h.pop()
            if u in done: continue
            done.add(u)
            for v, w in self.adj[u].items():
                if (nd := d + w) < dist.get(v, float("inf")):
                    dist[v] = nd; prev[v] = u; h.push((nd, v))
        return dist, prev
    def path(self, s, t):
        _, prev = self.dijkstra(s); p = [t]
        while p[-1] != s: p.append(prev[p[-1]])
        return p[::-1]
    def topo(self):
        indeg = {u: 0 for u in self.adj}
        for u in self.adj:
            for v in self.adj[u]: indeg[v] += 1
        q = deque(sorted(u for u, d in indeg.items() if d == 0)); out = []
        while q:
            u = q.popleft(); out.append(u)
            for v in sorted(self.adj[u]):
                indeg[v] -= 1
                if indeg[v] == 0: q.append(v)
        if len(out) != len(indeg): raise ValueError("cycle detected")
        return out
    def components(self):
        seen = set(); comps = []
        for u in sorted(self.adj):
            if u not in seen:
                comp = sorted(self.dfs(u, seen)); comps.append(comp)
        return comps

g = Graph()
for u, v, w in [("a", "b", 4), ("a", "c", 2), ("b", "c", 5), ("b", "d", 10), ("c", "e", 3), ("e", "d", 4), ("d", "f", 11), ("x", "y", 1)]:
    g.add(u, v, w)
print("bfs", g.bfs("a"))
print("dfs", list(g.dfs("a")))
dist, _ = g.dijkstra("a")
print("dist", sorted(dist.items()))
print("path", "->".join(g.path("a", "f")))
print("components", g.components())
dag = Graph(directed=True)
for u, v in [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"), ("belt", "jacket"), ("socks", "shoes"), ("shirt", "belt")]:
    dag.add(u, v)
print("topo", dag.topo())
dag.add("jacket", "shirt")
try: dag.topo()
except ValueError as e: print("error:", e)
h = MinHeap(x * 37 % 101 for x in range(20))
print([h.pop() for _ in range(len(h))])
try: h.pop()
except IndexError as e: print(e)
grid = ["S.#.....", ".##.###.", "....#...", "#.#...#E"]
start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
end = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "E")
q = deque([(start, 0)]); seen = {start}
while q:
    (r, c), d = q.popleft()
    if (r, c) == end: print("maze steps", d); break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in seen:
            seen.add((nr, nc)); q.append(((nr, nc), d + 1))
print(sum(1 for _ in itertools.permutations(range(6)) if all(abs(a - b) != 1 for a, b in zip(_[:-1] if False else _, _[1:]))))
