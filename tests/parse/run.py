#!/usr/bin/env python3
"""Differential tests of the Weft front end (src/parse) against CPython.

Every case runs tools/astdump on a file and compares its output with what
this CPython (3.11) says about the same file:

  ok/*.py         valid programs: ast.dump, ast.dump with positions, and
                  the symbol tables must match exactly
  ok/*.eval.py    the same in 'eval' mode (*.single.py: 'single' mode)
  err/*.py        invalid programs: exception class, message, line and
                  column of the first error must match
  weft/*.py       behaviour that deliberately differs from CPython
                  (async, match, \\N{...}): astdump --error output compared
                  with weft/*.expected
  --stdlib N      also N modules of the installed standard library (all
                  three comparisons), skipping files that use async, match
                  or \\N{...} escapes
  --fuzz N        also N mutated copies of stdlib lines (random token
                  deletions/insertions/replacements) through --error

The last line printed is "N passed, N failed".
"""
import argparse
import ast
import io
import multiprocessing
import os
import random
import subprocess
import sys
import sysconfig
import tokenize
import warnings

warnings.simplefilter("ignore")  # CPython's SyntaxWarnings are not compared

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import symdump  # noqa: E402

ASTDUMP = os.path.join(ROOT, "tools", "astdump", "astdump")
SAVE_DIR = os.environ.get("PARSE_TEST_SAVE")  # keep failing fuzz inputs here


def mode_of(path):
    base = os.path.basename(path)
    if base.endswith(".eval.py"):
        return "eval"
    if base.endswith(".single.py"):
        return "single"
    return "exec"


def fmt_error(e):
    if isinstance(e, SyntaxError):
        return "%s: %s (line %s, col %s)\n" % (type(e).__name__, e.msg, e.lineno, e.offset)
    return "%s: %s (line None, col None)\n" % (type(e).__name__, e)


def reference(what, src, path, mode):
    """CPython's answer, in astdump's output format."""
    if what == "error":
        try:
            compile(src, path, mode, dont_inherit=True)
            return "OK\n"
        except (SyntaxError, MemoryError, RecursionError, ValueError) as e:
            return fmt_error(e)
    try:
        if what == "symtable":
            compile(src, path, mode, dont_inherit=True)
            import pydump
            return symdump.dump(pydump.decode(src), path, mode)
        tree = ast.parse(src, path, mode)
        return ast.dump(tree, include_attributes=(what == "attrs")) + "\n"
    except (SyntaxError, MemoryError, RecursionError) as e:
        return fmt_error(e)


def ours(what, path, mode, src=None):
    args = [ASTDUMP, "--mode", mode]
    if what != "ast":
        args.append("--" + what)
    args.append(path if src is None else "-")
    try:
        r = subprocess.run(args, input=src, capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return "TIMEOUT\n"
    out = r.stdout.decode("utf-8", "replace")
    if r.returncode not in (0, 1) or r.stderr:
        out += "[exit %d] %s" % (r.returncode, r.stderr.decode("utf-8", "replace"))
    return out


def first_difference(a, b):
    al, bl = a.splitlines(), b.splitlines()
    for i in range(max(len(al), len(bl))):
        x = al[i] if i < len(al) else "<end>"
        y = bl[i] if i < len(bl) else "<end>"
        if x != y:
            k = next((j for j in range(min(len(x), len(y))) if x[j] != y[j]), min(len(x), len(y)))
            lo = max(0, k - 100)
            return "line %d:\n    weft:    %s\n    cpython: %s" % (i + 1, x[lo:k + 100], y[lo:k + 100])
    return "(outputs differ only in line endings)"


def run_case(case):
    """case = (label, what, path, mode, src or None, expected or None)."""
    label, what, path, mode, src, expected = case
    if what == "api":
        r = subprocess.run([path], capture_output=True, timeout=60)
        out = r.stdout.decode("utf-8", "replace") + r.stderr.decode("utf-8", "replace")
        return (r.returncode == 0 and not r.stderr, label, out.strip())
    data = src if src is not None else open(path, "rb").read()
    want = expected if expected is not None else reference(what, data, path, mode)
    got = ours(what, path, mode, src)
    if got == want:
        return (True, label, "")
    if src is not None and SAVE_DIR:
        name = label.split()[0].replace("#", "_") + ".py"
        with open(os.path.join(SAVE_DIR, name), "wb") as fh:
            fh.write(src)
    return (False, label, first_difference(got, want))


def uses_unsupported(src):
    """async/await, match or \\N{...}: features Weft rejects on purpose."""
    if b"\\N{" in src:
        return True
    try:
        tree = ast.parse(src)
    except (SyntaxError, ValueError):
        return True
    for n in ast.walk(tree):
        if isinstance(n, (ast.AsyncFunctionDef, ast.AsyncFor, ast.AsyncWith, ast.Await,
                          ast.Match)):
            return True
        if isinstance(n, ast.comprehension) and n.is_async:
            return True
    return False


def stdlib_files(n):
    lib = sysconfig.get_paths()["stdlib"]
    out = []
    for dirpath, dirnames, filenames in os.walk(lib):
        dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "__pycache__"))
        for f in sorted(filenames):
            if f.endswith(".py"):
                out.append(os.path.join(dirpath, f))
    random.Random(1).shuffle(out)
    picked = []
    for path in out:
        if len(picked) >= n:
            break
        with open(path, "rb") as fh:
            src = fh.read()
        if not uses_unsupported(src):
            picked.append(path)
    return picked


def mutate(rng, src):
    """One random token-level edit of a valid source text."""
    try:
        toks = list(tokenize.tokenize(io.BytesIO(src).readline))
    except (tokenize.TokenError, SyntaxError):
        return None
    toks = [t for t in toks if t.type not in (tokenize.ENCODING, tokenize.ENDMARKER)]
    if not toks:
        return None
    lines = src.decode("utf-8").splitlines(keepends=True)
    t = rng.choice(toks)
    if t.start[0] != t.end[0] or t.start[0] > len(lines):
        return None
    line = lines[t.start[0] - 1]
    # columns are in characters
    a, b = t.start[1], t.end[1]
    pieces = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "==", "*", "**", ".", "lambda",
              "if", "else", "for", "in", "not", "yield", "return", "'", '"', "1", "x",
              "\\", "\t", "    ", "\n", "@", "->", ":=", "f'{", "}", "def", "class",
              "import", "from", "as", "pass", "del", "global", "nonlocal", "0x", "1_",
              "async", "await", ";", "#", "print ", "=", "+=", "**x", "*x"]
    op = rng.randrange(3)
    if op == 0:
        new = line[:a] + line[b:]
    elif op == 1:
        new = line[:a] + rng.choice(pieces) + line[a:]
    else:
        new = line[:a] + rng.choice(pieces) + line[b:]
    lines[t.start[0] - 1] = new
    return "".join(lines).encode("utf-8")


def fuzz_cases(n, seed=12345):
    rng = random.Random(seed)
    files = stdlib_files(200)
    cases = []
    tries = 0
    while len(cases) < n and tries < n * 10:
        tries += 1
        path = rng.choice(files)
        with open(path, "rb") as fh:
            lines = fh.read().splitlines(keepends=True)
        if not lines:
            continue
        start = rng.randrange(len(lines))
        chunk = b"".join(lines[start:start + 30])
        try:
            ast.parse(chunk)
        except (SyntaxError, ValueError):
            continue
        m = mutate(rng, chunk)
        if m is None or uses_unsupported_bytes(m):
            continue
        label = "fuzz#%d (%s:%d)" % (len(cases), os.path.basename(path), start + 1)
        cases.append((label, "error", "<fuzz>", "exec", m, None))
    return cases


def uses_unsupported_bytes(src):
    return b"async" in src or b"await" in src or b"match" in src or b"\\N" in src


def corpus_cases():
    cases = []
    for sub, whats in (("ok", ("ast", "attrs", "symtable")), ("err", ("error",))):
        d = os.path.join(HERE, sub)
        for f in sorted(os.listdir(d)):
            if f.endswith(".py"):
                path = os.path.join(d, f)
                for what in whats:
                    cases.append(("%s/%s [%s]" % (sub, f, what), what, path, mode_of(path),
                                  None, None))
    d = os.path.join(HERE, "weft")
    for f in sorted(os.listdir(d)):
        if f.endswith(".py"):
            path = os.path.join(d, f)
            with open(path[:-3] + ".expected", encoding="utf-8") as fh:
                expected = fh.read()
            what = "error"
            cases.append(("weft/%s" % f, what, path, mode_of(path), None, expected))
    return cases


def main():
    global ASTDUMP
    ap = argparse.ArgumentParser()
    ap.add_argument("--stdlib", type=int, default=0)
    ap.add_argument("--fuzz", type=int, default=0)
    ap.add_argument("--seed", type=int, default=12345, help="fuzz seed")
    ap.add_argument("--astdump", default=ASTDUMP)
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("-v", action="store_true", help="list every case")
    args = ap.parse_args()
    ASTDUMP = args.astdump
    cases = corpus_cases()
    api = os.path.join(os.path.dirname(ASTDUMP),
                       "api_test-asan" if ASTDUMP.endswith("-asan") else "api_test")
    if os.path.exists(api):
        cases.append(("api_test (C API checks)", "api", api, "", None, None))
    for path in stdlib_files(args.stdlib):
        for what in ("ast", "attrs", "symtable"):
            cases.append(("stdlib %s [%s]" % (os.path.relpath(path, sysconfig.get_paths()["stdlib"]),
                                              what), what, path, "exec", None, None))
    cases += fuzz_cases(args.fuzz, args.seed)
    passed = failed = 0
    with multiprocessing.Pool(args.j) as pool:
        for ok, label, why in pool.imap(run_case, cases, 4):
            if ok:
                passed += 1
                if args.v:
                    print("ok   " + label)
            else:
                failed += 1
                print("FAIL " + label)
                print("  " + why)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
