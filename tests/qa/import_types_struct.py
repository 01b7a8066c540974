# types.SimpleNamespace and struct.pack/unpack.
import types, struct
ns = types.SimpleNamespace(a=1, b="x")
ns.c = 3
print(ns, ns.a + ns.c)
data = struct.pack("<IhB", 1, -2, 255)
print(data, struct.unpack("<IhB", data), struct.calcsize("<IhB"))
