# A backtracking sudoku solver with constraint propagation of candidates.
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
def parse(s):
    rows = [r for r in s.split() if r]
    return [[0 if ch == '.' else int(ch) for ch in r] for r in rows]
def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [v for v in range(1, 10) if v not in used]
steps = [0]
def solve(g):
    best = None
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                cand = candidates(g, r, c)
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
    if best is None:
        return True
    r, c, cand = best
    for v in cand:
        steps[0] += 1
        g[r][c] = v
        if solve(g):
            return True
    g[r][c] = 0
    return False
def show(g):
    for i, row in enumerate(g):
        if i and i % 3 == 0:
            print('------+-------+------')
        print(' | '.join(' '.join(str(v or '.') for v in row[k:k + 3]) for k in (0, 3, 6)))
def valid(g):
    groups = [row for row in g] + [[g[r][c] for r in range(9)] for c in range(9)]
    groups += [[g[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(grp) == list(range(1, 10)) for grp in groups)
grid = parse(PUZZLE)
show(grid)
print()
print(solve(grid), steps[0])
show(grid)
print(valid(grid))
hard = parse('..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..')
print(len(hard), len(hard[0]))
flat = '..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..'
hard = [[0 if ch == '.' else int(ch) for ch in flat[i * 9:i * 9 + 9]] for i in range(9)]
steps[0] = 0
print(solve(hard), valid(hard), ''.join(str(v) for v in hard[0]))
