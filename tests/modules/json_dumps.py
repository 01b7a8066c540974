import json
import io

vals = [None, True, False, 0, -1, 12345678901234567890, 1.5, -0.0, 0.1, 1e16, 1e-7, 3.141592653589793,
        1e300, 2.5e-310, float('inf'), float('-inf'), float('nan'), "", "abc", 'q"uo\\te',
        "tab\there\nnl\r\x00\x01\x1f\x7f\b\f", "é ü ñ", "日本語", "emoji 😀 𝄞", "\u2028\u2029",
        [], {}, [1, [2, [3, []]]], (1, 2), {"a": {}}, {"k": [1, {"z": None}]}]
for v in vals:
    print(json.dumps(v), json.dumps(v, ensure_ascii=False))
for v in vals[-6:]:
    print(json.dumps(v, indent=2))
    print(json.dumps(v, indent=0))
    print(json.dumps(v, indent="\t"))
    print(json.dumps(v, indent=""))
d = {"b": 1, "a": [1, 2, {"d": 4, "c": 3}], "c": "x"}
print(json.dumps(d))
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, sort_keys=True, indent=4))
print(json.dumps(d, separators=(",", ":")))
print(json.dumps(d, indent=1, separators=(",", " = ")))
print(json.dumps(d, indent=2, separators=(", ", ": ")))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: "e", -3: "f"}))
print(json.dumps({float("inf"): 1, float("nan"): 2}))
print(json.dumps({(1, 2): 1, "x": 2}, skipkeys=True))
print(json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
for bad in [{(1,): 1}, object(), {1, 2}, b"bytes", 1j]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
for kw in [{}, {"indent": 2}]:
    for bad in [float("nan"), [float("inf")], {"a": float("-inf")}, {float("nan"): 1}]:
        try:
            json.dumps(bad, allow_nan=False, **kw)
        except ValueError as e:
            print("ValueError:", e)
a = [1]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
dd = {}
dd["self"] = dd
try:
    json.dumps(dd, indent=1)
except ValueError as e:
    print("ValueError:", e)
shared = [1, 2]
print(json.dumps([shared, shared, {"s": shared}]))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("nope " + type(o).__name__)
print(json.dumps([Point(1, 2), {3, 1, 2}], default=enc))
print(json.dumps({"p": Point(0, [Point(5, 6)])}, default=enc, indent=2))
try:
    json.dumps(object(), default=enc)
except TypeError as e:
    print("TypeError:", e)

class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps(2 + 3j, cls=MyEncoder), MyEncoder().encode({"c": 1j}))
print(MyEncoder(indent=3, sort_keys=True).encode({"z": 1, "a": [1j]}))
print(list(json.JSONEncoder().iterencode([1, "a"]))[0][:1])
print(json.JSONEncoder().encode("é\n"), json.JSONEncoder(ensure_ascii=False).encode("é\n"))

class MyInt(int):
    def __repr__(self):
        return "MyInt!"
class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"
class MyStr(str):
    pass
class MyList(list):
    pass
class MyDict(dict):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("s"), MyList([1]), MyDict(a=1)]))
print(json.dumps({MyInt(7): 1, MyStr("k"): 2}))

buf = io.StringIO()
json.dump({"a": [1, 2, 3], "b": None}, buf)
print(buf.getvalue())
buf = io.StringIO()
json.dump([{"a": 1}, "é"], buf, indent=2, ensure_ascii=False)
print(buf.getvalue())
buf = io.StringIO()
try:
    json.dump([float("nan")], buf, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps("x" * 3 + "\u0000" + "\uffff" + "\U0010ffff"))
big = {"list%d" % i: list(range(i)) for i in range(5)}
print(json.dumps(big, indent=2, sort_keys=True))
print(json.dumps("\ud800\udfff"), json.dumps(["\udc00x"]))
