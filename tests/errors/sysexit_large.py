# Exit status 42 via raise SystemExit(42) from inside a with/finally.
class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print('exit handler saw', a[0].__name__)

with CM():
    raise SystemExit(42)
