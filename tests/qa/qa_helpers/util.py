import string
def slugify(s):
    return "-".join("".join(c for c in w.lower() if c in string.ascii_lowercase + string.digits) for w in s.split())
_private = 1
def _hidden(): pass
