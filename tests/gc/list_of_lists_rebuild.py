# Repeatedly rebuilding a grid (Game-of-Life-like churn) and checking results.
W, H = 60, 40
grid = [[(x * 7 + y * 13) % 5 == 0 for x in range(W)] for y in range(H)]
def step(g):
    new = []
    for y in range(H):
        row = []
        for x in range(W):
            n = 0
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    if dx or dy:
                        if g[(y + dy) % H][(x + dx) % W]:
                            n += 1
            row.append(n == 3 or (g[y][x] and n == 2))
        new.append(row)
    return new
for gen_no in range(40):
    grid = step(grid)
print(sum(sum(r) for r in grid))
print(''.join('#' if c else '.' for c in grid[0]))
