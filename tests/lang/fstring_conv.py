# f-string conversions !r !s !a.
s = "héllo\n"
print(f"{s!r}")
print(f"{s!s}")
print(f"{s!a}")
print(f"{'x'!r}", f"{1!r}", f"{1.5!a}")
class C:
    def __repr__(self):
        return "C-repr"
    def __str__(self):
        return "C-str"
c = C()
print(f"{c}", f"{c!s}", f"{c!r}", f"{c!a}")
print(f"{c!r:>10}|", f"{c!s:<8}|")
print(f"{[s]}")
print(f"{'ü'!a}", f"{'€'!a}", f"{chr(0x1F600)!a}")
print(f"{b'bytes'!r}", f"{b'bytes'!s}")
print(f"{None!r}", f"{[1, 'a']!s}")
