# f(**d) / {**d} with a dict subclass whose __getitem__ is overridden (but not
# __iter__/keys) copies the stored values, as CPython's dict fast path does.
class Upper(dict):
    def __getitem__(self, k):
        return str(dict.__getitem__(self, k)).upper()

d = Upper(name="bob")
print(d["name"], d.get("name"), {**d}, dict(d))
print("{name}".format(**d), (lambda **kw: kw)(**d))
