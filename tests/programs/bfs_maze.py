# Breadth-first search through a maze; shortest path and reachable-area flood fill.
MAZE = """
###################
#S    #           #
# ### # ### # ### #
#   #   #   #   # #
### ##### ### # # #
#   #     #   # # #
# ### ##### # # # #
#     #     # #  E#
###################
""".strip().splitlines()
H, W = len(MAZE), len(MAZE[0])
def find(ch):
    for r, row in enumerate(MAZE):
        c = row.find(ch)
        if c >= 0:
            return (r, c)
start, end = find('S'), find('E')
def neighbors(p):
    r, c = p
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < H and 0 <= nc < W and MAZE[nr][nc] != '#':
            yield (nr, nc)
def bfs(src):
    dist = {src: 0}
    parent = {src: None}
    queue = [src]
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        for nb in neighbors(cur):
            if nb not in dist:
                dist[nb] = dist[cur] + 1
                parent[nb] = cur
                queue.append(nb)
    return dist, parent
dist, parent = bfs(start)
print('start', start, 'end', end, 'reachable cells', len(dist))
print('shortest path length', dist.get(end))
path = []
p = end
while p is not None:
    path.append(p)
    p = parent[p]
path.reverse()
grid = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    grid[r][c] = '.'
print('\n'.join(''.join(row) for row in grid))
far = max(dist.values())
print('farthest distance', far, sorted(p for p, d in dist.items() if d == far))
hist = {}
for d in dist.values():
    hist[d // 10] = hist.get(d // 10, 0) + 1
print(sorted(hist.items()))
