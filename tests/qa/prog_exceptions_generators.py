import itertools, sys

class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code
class ParseError(AppError):
    pass
class ValidationError(AppError):
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

def parse(line):
    try:
        k, v = line.split("=")
    except ValueError as e:
        raise ParseError(f"bad line {line!r}") from e
    try:
        return k.strip(), int(v)
    except ValueError:
        raise ValidationError(f"not int: {v.strip()}", code=2)

lines = ["a = 1", "b=2", "junk", "c = x", "d= 10"]
for ln in lines:
    try:
        print(parse(ln))
    except ParseError as e:
        print("PE", e, type(e.__cause__).__name__, e.__cause__, e.code)
    except AppError as e:
        print("AE", e, repr(e), e.__context__.__class__.__name__, e.__suppress_context__)
    else:
        print("ok")
    finally:
        print("done", ln)

def gen_numbers():
    n = 0
    while True:
        x = yield n
        if x is not None:
            n = x
        else:
            n += 1

g = gen_numbers()
print(next(g), next(g), g.send(10), next(g))
g.close()
try:
    next(g)
except StopIteration:
    print("closed")

def chunks(it, n):
    it = iter(it)
    while chunk := list(itertools.islice(it, n)):
        yield chunk

print(list(chunks(range(10), 3)))

def pipeline():
    data = (x * x for x in range(20))
    evens = (x for x in data if x % 2 == 0)
    pairs = zip(evens, itertools.count(1))
    return [(a, b) for a, b in pairs if b < 6]
print(pipeline())

def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, (3, [4, 5])], 6, [[7]]])))

def delegator():
    result = yield from sub()
    yield f"sub returned {result}"
def sub():
    yield 1
    yield 2
    return "xyz"
print(list(delegator()))

def tracker():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
t = tracker()
print(next(t))
t.close()

def thrower():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
th = thrower(); next(th)
th.throw(ValueError("boom"))
th.throw(ValueError("bam"))
try:
    th.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))

print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(itertools.groupby("aaabbcdd")) and [(k, len(list(g))) for k, g in itertools.groupby("aaabbcdd")])
print(list(itertools.permutations("abc", 2)))
print(list(itertools.combinations(range(4), 3)))
print(list(itertools.product([0, 1], repeat=2)))
print(list(itertools.chain.from_iterable(["ab", "cd"])))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.repeat("x", 3)))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.pairwise([1, 2, 3])))
try:
    raise ValidationError("final", 7)
except Exception as e:
    print(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("x")
except KeyError as e:
    print(repr(e.__context__))
sys.stdout.write("end\n")
