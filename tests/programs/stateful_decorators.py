# Decorators that keep state: call counting, memoization, simulated rate limiting, retries, registries.
def counted(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    return wrapper
def memo(fn):
    cache = {}
    def wrapper(*args):
        if args in cache:
            wrapper.hits += 1
            return cache[args]
        result = cache[args] = fn(*args)
        return result
    wrapper.hits = 0
    wrapper.cache = cache
    return wrapper
class Clock:
    def __init__(self):
        self.now = 0
    def tick(self, n=1):
        self.now += n
clock = Clock()
def rate_limited(max_calls, per):
    def deco(fn):
        history = []
        def wrapper(*args):
            while history and history[0] <= clock.now - per:
                history.pop(0)
            if len(history) >= max_calls:
                return 'rate limited at t=%d' % clock.now
            history.append(clock.now)
            return fn(*args)
        return wrapper
    return deco
def retry(times):
    def deco(fn):
        def wrapper(*args):
            errors = []
            for attempt in range(1, times + 1):
                try:
                    return fn(*args), attempt, errors
                except ValueError as e:
                    errors.append(str(e))
            raise RuntimeError('gave up after %d attempts: %s' % (times, '; '.join(errors)))
        return wrapper
    return deco
ROUTES = {}
def route(path, methods=('GET',)):
    def deco(fn):
        for m in methods:
            ROUTES[(m, path)] = fn
        return fn
    return deco

@counted
@memo
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.calls, paths.__name__)
@rate_limited(3, per=10)
def ping(x):
    return 'pong %s at t=%d' % (x, clock.now)
for i in range(8):
    print(ping(i))
    clock.tick(3)
flaky_state = {'n': 0}
@retry(4)
def flaky(threshold):
    flaky_state['n'] += 1
    if flaky_state['n'] < threshold:
        raise ValueError('attempt %d failed' % flaky_state['n'])
    return 'ok'
print(flaky(3))
flaky_state['n'] = 0
try:
    flaky(10)
except RuntimeError as e:
    print(e)
@route('/')
def index():
    return 'home'
@route('/items', methods=('GET', 'POST'))
def items():
    return 'items'
for key in sorted(ROUTES):
    print(key, ROUTES[key].__name__, ROUTES[key]())
