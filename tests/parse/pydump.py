#!/usr/bin/env python3
"""Reference side of the front-end tests: what CPython 3.11 says.

    pydump.py [--attrs|--error|--symtable] [--mode exec|eval|single] FILE

prints ast.dump(tree) (optionally with positions), or for --error the
first error compile() reports as "Kind: msg (line L, col C)" (or "OK"),
or for --symtable the symbol tables in the format of tools/astdump.
Output must match tools/astdump/astdump byte for byte.
"""
import ast
import sys

import symdump


def decode(src):
    """Source bytes to text as CPython reads a file (BOM, coding cookie)."""
    import io
    import tokenize
    enc, _ = tokenize.detect_encoding(io.BytesIO(src).readline)
    return src.decode(enc)


def main(argv):
    mode, what, path = "exec", "ast", None
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ("--attrs", "--error", "--symtable"):
            what = a[2:]
        elif a == "--mode":
            i += 1
            mode = argv[i]
        else:
            path = a
        i += 1
    with open(path, "rb") as f:
        src = f.read()
    if what == "error":
        try:
            compile(src, path, mode, dont_inherit=True)
            print("OK")
        except SyntaxError as e:
            print("%s: %s (line %s, col %s)" % (type(e).__name__, e.msg, e.lineno, e.offset))
        except (MemoryError, RecursionError) as e:
            print("%s: %s (line None, col None)" % (type(e).__name__, e))
        return 0
    if what == "symtable":
        try:
            compile(src, path, mode, dont_inherit=True)
        except SyntaxError as e:
            print("%s: %s (line %s, col %s)" % (type(e).__name__, e.msg, e.lineno, e.offset))
            return 1
        sys.stdout.write(symdump.dump(decode(src), path, mode))
        return 0
    try:
        tree = ast.parse(src, path, mode)
    except SyntaxError as e:
        print("%s: %s (line %s, col %s)" % (type(e).__name__, e.msg, e.lineno, e.offset))
        return 1
    print(ast.dump(tree, include_attributes=(what == "attrs")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
