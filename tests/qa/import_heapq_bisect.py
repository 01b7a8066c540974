# heapq and bisect.
import heapq, bisect
h = [5, 1, 4, 2]
heapq.heapify(h)
heapq.heappush(h, 0)
print([heapq.heappop(h) for _ in range(len(h))], heapq.nlargest(2, [3, 9, 1]), heapq.nsmallest(2, [3, 9, 1]))
a = [1, 3, 5]
bisect.insort(a, 4)
print(a, bisect.bisect_left(a, 3), bisect.bisect_right(a, 3))
