"""Heap queue (priority queue) algorithms, written for Weft.

Heaps are plain lists for which ``a[k] <= a[2*k+1]`` and
``a[k] <= a[2*k+2]`` hold for every valid k; ``a[0]`` is the smallest item.
The sifting scheme is the classic one (sink the new item to a leaf, then
bubble it back up), so the list layouts produced here are the same as the
ones CPython produces for the same sequence of operations.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _bubble_up(heap, top, pos):
    """Move heap[pos] towards the root (not above index top) while it is
    smaller than its parent."""
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if item < above:
            heap[pos] = above
            pos = parent
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    """Move the smaller child up into the hole at pos until the hole reaches
    a leaf, put the displaced item there and bubble it back up."""
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, top, pos)


def _bubble_up_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if above < item:
            heap[pos] = above
            pos = parent
        else:
            break
    heap[pos] = item


def _sink_max(heap, pos):
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up_max(heap, top, pos)


def _check_list(heap, fname):
    if not isinstance(heap, list):
        raise TypeError(f"{fname}() argument 1 must be list, not "
                        f"{type(heap).__name__}")


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    _check_list(heap, 'heappush')
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop and return the smallest item of heap, keeping the invariant."""
    _check_list(heap, 'heappop')
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sink(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item (the heap size does
    not change).  The returned value may be larger than item."""
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop and return the smallest item; faster than a
    heappush() followed by a heappop()."""
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(x):
    """Rearrange the list x into a heap, in place, in linear time."""
    _check_list(x, 'heapify')
    for i in range(len(x) // 2 - 1, -1, -1):
        _sink(x, i)


def _heapify_max(x):
    for i in range(len(x) // 2 - 1, -1, -1):
        _sink_max(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sink_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge already-sorted iterables into one sorted iterator.

    Items that compare equal come out in the order of the iterables they
    came from.  With reverse=True the inputs must be sorted largest first.
    """
    entries = []
    if reverse:
        make_heap, pop, replace, step = (_heapify_max, _heappop_max,
                                         _heapreplace_max, -1)
    else:
        make_heap, pop, replace, step = heapify, heappop, heapreplace, 1
    # Each entry is [sort key, tie-breaker, value, next]; the tie-breaker
    # makes earlier iterables win ties in either direction.
    for index, iterable in enumerate(iterables):
        nxt = iter(iterable).__next__
        try:
            value = nxt()
        except StopIteration:
            continue
        sort_key = value if key is None else key(value)
        entries.append([sort_key, index * step, value, nxt])
    make_heap(entries)
    while len(entries) > 1:
        try:
            while True:
                entry = entries[0]
                yield entry[2]
                value = entry[3]()
                entry[0] = value if key is None else key(value)
                entry[2] = value
                replace(entries, entry)
        except StopIteration:
            pop(entries)
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from _rest(entry[3])


def _rest(nxt):
    while True:
        try:
            value = nxt()
        except StopIteration:
            return
        yield value


def nsmallest(n, iterable, key=None):
    """Return a list of the n smallest items of iterable, smallest first.

    Equivalent to sorted(iterable, key=key)[:n].
    """
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Return a list of the n largest items of iterable, largest first.

    Equivalent to sorted(iterable, key=key, reverse=True)[:n].
    """
    return _select(n, iterable, key, True)


def _select(n, iterable, key, largest):
    if n == 1:
        it = iter(iterable)
        missing = object()
        pick = max if largest else min
        if key is None:
            found = pick(it, default=missing)
        else:
            found = pick(it, default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    if n <= 0:
        return []
    # Keep the n best items seen so far in a heap whose root is the worst
    # of them; entries are (key, order, value) with order making ties
    # resolve in favour of earlier items.
    it = iter(iterable)
    if largest:
        entries = []
        for order in range(0, -n, -1):
            try:
                value = next(it)
            except StopIteration:
                break
            entries.append((value if key is None else key(value),
                            order, value))
        if not entries:
            return []
        heapify(entries)
        worst = entries[0][0]
        order = -n
        for value in it:
            k = value if key is None else key(value)
            if worst < k:
                heapreplace(entries, (k, order, value))
                worst = entries[0][0]
                order -= 1
        entries.sort(reverse=True)
    else:
        entries = []
        for order in range(n):
            try:
                value = next(it)
            except StopIteration:
                break
            entries.append((value if key is None else key(value),
                            order, value))
        if not entries:
            return []
        _heapify_max(entries)
        worst = entries[0][0]
        order = n
        for value in it:
            k = value if key is None else key(value)
            if k < worst:
                _heapreplace_max(entries, (k, order, value))
                worst = entries[0][0]
                order += 1
        entries.sort()
    return [entry[2] for entry in entries]
