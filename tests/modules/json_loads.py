import json
import io
from collections import OrderedDict
from json import JSONDecodeError

docs = ['null', 'true', 'false', '0', '-0', '42', '-17', '1.5', '-2.5e3', '1E-2', '1e+2', '0.000001',
        '123456789012345678901234567890', '1.7976931348623157e308', '1e400', '-1e400',
        '"abc"', '"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t"', '"\\u00e9\\u65e5"', '"\\ud83d\\ude00"', '"\\uD834\\uDD1E"',
        '"\\udc00"', '"\\ud800x"', '"é日😀"', '""', '[]', '{}', '[ ]', '{ }', ' [1 , 2 ,3 ] ',
        '{"a": 1, "b": [true, false, null], "c": {"d": "e"}}', '{"a": 1, "a": 2}',
        '\n\t {"x" :\r\n 1}\n', '[[[[]]]]', '[{"a":[{"b":[]}]}]', 'NaN', 'Infinity', '-Infinity', '[NaN, -Infinity]',
        '"\x7f"']
for d in docs:
    print(repr(d), '->', repr(json.loads(d)))
print(json.loads(b'{"b": [1, 2]}'), json.loads(bytearray(b'[3]')), json.loads('"\u00e9"'.encode()))
print(json.loads('[1, 2]'.encode('utf-16')), json.loads('{"\u00e9": 1}'.encode('utf-8-sig')))

bad = ['', ' ', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{"a" 1}', '{a:1}', '{"a":1 "b":2}',
       '[', '[1', '[1,', '[1,]', '[1 2]', '[,]', ']', '"abc', '"a\\', '"a\\x"', '"\\u12"', '"\\u12g4"',
       '"a\tb"', '"a\nb"', '1 2', 'nul', 'tru', 'fals', '-', '-x', '01', '1.', '1e', '.5', '1.5e+', '+1',
       '{"a":1}x', '\n\n  [1,\n  x]', '[1,2,]', '{"a":[1,{"b":}]}', '\ufeff[1]', '  \t', 'true false',
       '[1]]', "'single'", '{"a":1}\n\n}', '"\\ud800\\u12"', 'nan', 'infinity', '[1,\n2,\n3\n4]', '{1:2}',
       '"abc\x01', '"\\']
for d in bad:
    try:
        r = json.loads(d)
        print(repr(d), "unexpectedly ->", r)
    except JSONDecodeError as e:
        print(repr(d), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == d)
try:
    json.loads('[')
except ValueError as e:
    print("is ValueError", type(e).__name__, isinstance(e, json.decoder.JSONDecodeError))
for wrong in [1, None, [1]]:
    try:
        json.loads(wrong)
    except TypeError as e:
        print("TypeError:", e)

print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"z": 1, "a": {"y": 2, "b": 3}}', object_pairs_hook=OrderedDict))
print(json.loads('{"z": 1, "a": [{}]}', object_pairs_hook=lambda p: ("pairs", p)))
print(json.loads('{"x": 1}', object_hook=lambda d: "hook", object_pairs_hook=lambda p: "pairs"))
print(json.loads('[1.5, 2, 3e2]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[1.10, 100]', parse_float=str, parse_int=float))
print(json.loads('[NaN, Infinity]', parse_constant=lambda s: "C:" + s))
print(json.load(io.StringIO('{"from": "file", "n": [1, 2]}')))
dec = json.JSONDecoder()
print(dec.decode(' [1] '), dec.raw_decode('[1, 2] trailing'), dec.raw_decode('  "x"  ', 2))
print(json.loads('"a\tb"', strict=False), json.JSONDecoder(strict=False).decode('["\\n\n"]'))
s = json.dumps({"k": ["v", 1, 2.5, None, True, {"n": "é😀\n"}]})
print(s, json.loads(s) == {"k": ["v", 1, 2.5, None, True, {"n": "é😀\n"}]})
for v in [0.1, 1/3, 1e22, 5e-324, 123456.789, -1.5e-10]:
    print(json.loads(json.dumps(v)) == v, json.dumps(v))
deep = json.loads("[" * 50 + "]" * 50)
print(len(json.dumps(deep)))
e = JSONDecodeError("msg", "ab\ncd", 4)
print(e, e.lineno, e.colno, e.args)
