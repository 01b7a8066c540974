# A binary-heap priority queue implemented with a list, used for task scheduling.
class PriorityQueue:
    def __init__(self):
        self.heap = []
        self.counter = 0
    def __len__(self):
        return len(self.heap)
    def push(self, priority, item):
        self.heap.append((priority, self.counter, item))
        self.counter += 1
        self._up(len(self.heap) - 1)
    def pop(self):
        if not self.heap:
            raise IndexError('pop from empty queue')
        top = self.heap[0]
        last = self.heap.pop()
        if self.heap:
            self.heap[0] = last
            self._down(0)
        return top[0], top[2]
    def peek(self):
        return self.heap[0][0], self.heap[0][2]
    def _up(self, i):
        h = self.heap
        while i > 0:
            parent = (i - 1) // 2
            if h[i] < h[parent]:
                h[i], h[parent] = h[parent], h[i]
                i = parent
            else:
                break
    def _down(self, i):
        h = self.heap
        n = len(h)
        while True:
            smallest = i
            for c in (2 * i + 1, 2 * i + 2):
                if c < n and h[c] < h[smallest]:
                    smallest = c
            if smallest == i:
                return
            h[i], h[smallest] = h[smallest], h[i]
            i = smallest

pq = PriorityQueue()
tasks = [(3, 'write docs'), (1, 'fix crash'), (2, 'review PR'), (1, 'deploy hotfix'), (5, 'refactor'), (2, 'triage')]
for p, t in tasks:
    pq.push(p, t)
print(len(pq), pq.peek())
while pq:
    print(pq.pop())
try:
    pq.pop()
except IndexError as e:
    print('IndexError:', e)
nums = [(i * 7919) % 1009 for i in range(300)]
for n in nums:
    pq.push(n, n)
out = [pq.pop()[0] for _ in range(len(pq))]
print(out == sorted(nums), out[:10], out[-5:])
def merge_sorted(*lists):
    q = PriorityQueue()
    for idx, lst in enumerate(lists):
        if lst:
            q.push(lst[0], (idx, 0))
    result = []
    while q:
        val, (idx, pos) = q.pop()
        result.append(val)
        if pos + 1 < len(lists[idx]):
            q.push(lists[idx][pos + 1], (idx, pos + 1))
    return result
print(merge_sorted([1, 4, 9], [2, 3, 10, 11], [], [0, 5]))
