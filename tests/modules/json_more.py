import json
from collections import OrderedDict
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])), json.dumps(OrderedDict([("z", 1), ("a", 2)]), sort_keys=True))
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"a": [], "b": {}, "c": [[]], "d": [{}]}, indent=2))
print(json.dumps([1, 2], indent=-1), json.dumps([1, [2]], indent=None, separators=(",", ":")))
print(json.dumps(10**40), json.dumps(-10**20), json.dumps([1e-5, 1e21, 1.0, 100.0, 123e-20]))
print(json.loads('"\\u0000\\u001f"') == "\x00\x1f", json.dumps("\x00\x1f\x7f\x80\xff\u0100"))
print(json.dumps("\x7f\x80", ensure_ascii=False) == '"\x7f\x80"')
print(json.loads('[1e5, 1E+5, -0.5e-3, 0e0]'))
print(json.loads('  {"nested": {"deep": [1, {"x": [null]}]}}  '))
class F(float): pass
class I(int): pass
print(json.dumps({I(3): F(2.5)}), json.dumps(True), json.dumps({True: False}))
print(json.dumps("a/b"), json.loads('"a\\/b"'))
import io
s = io.StringIO()
json.dump({"x": [1, 2, {"y": None}]}, s, indent="--", sort_keys=True)
print(s.getvalue())
try:
    json.loads('{"a": 1}', object_hook=lambda d: 1 / 0)
except ZeroDivisionError:
    print("hook exception propagates")
dec = json.JSONDecoder(object_pairs_hook=lambda p: p)
print(dec.decode('{"b": 1, "a": {"c": 2}}'))
print(json.loads('{"a": 1, "a": 2, "b": 3}', object_pairs_hook=list))
enc = json.JSONEncoder(sort_keys=True, indent=1)
print(list(enc.iterencode({"a": 1})) == [enc.encode({"a": 1})] or "".join(enc.iterencode({"a": 1})) == enc.encode({"a": 1}))
print(json.decoder.JSONDecodeError is json.JSONDecodeError, json.encoder.JSONEncoder is json.JSONEncoder)
