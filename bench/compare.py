#!/usr/bin/env python3
"""Compare Weft against CPython on the programs in bench/.

Every benchmark is run under both interpreters, alternating (weft, then
python3, then weft again, ...) `--repeat` times.  For each interpreter the
minimum wall time and the maximum peak RSS over the repeats are reported,
and the standard output of every run must be identical (otherwise the row
is a MISMATCH).  A weft run that cannot start, exits non-zero, is killed by
a signal or times out makes its row FAILED.  MISMATCH and FAILED rows are
left out of the geometric means.

Run it with CPython from the repository root:

    python3 bench/compare.py                   # all benchmarks, 3 repeats
    python3 bench/compare.py --only nbody,richards --repeat 5
    python3 bench/compare.py --markdown        # table for docs/performance.md
    python3 bench/compare.py --weft python3    # self-check: ratios ~ 1.0

Progress goes to stderr; the table goes to stdout.
"""

import argparse
import json
import math
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))

# Preferred order; any other bench/*.py declaring DEFAULT_SIZE is appended.
ORDER = [
    "nbody", "fannkuch", "spectral_norm", "binary_trees", "richards",
    "nqueens", "float_ops", "dict_str", "generators", "closures_calls",
    "raytrace_simple", "gc_pause", "alloc_10g",
]

SIZE_RE = re.compile(r"^DEFAULT_SIZE\s*=\s*(\d+)\s*$", re.M)
KIND_RE = re.compile(r"^SIZE_KIND\s*=\s*[\"'](\w+)[\"']\s*$", re.M)
ROUNDS_RE = re.compile(r"^ROUNDS\s*=\s*(\d+)\s*$", re.M)


# --------------------------------------------------------------------------
# Discovery and sizing
# --------------------------------------------------------------------------

class Benchmark:
    def __init__(self, name, path, default_size, size_kind, rounds):
        self.name = name
        self.path = path
        self.default_size = default_size
        self.size_kind = size_kind
        self.rounds = rounds      # ROUNDS of a "fixed"-size program, or None

    def args_for(self, scale):
        """Command-line arguments for a work scale factor ([] = defaults)."""
        if scale == 1.0:
            return []
        d = self.default_size
        kind = self.size_kind
        if kind == "linear":
            return [str(max(1, int(round(d * scale))))]
        if kind == "quadratic":
            return [str(max(1, int(round(d * math.sqrt(scale)))))]
        if kind == "log2":
            return [str(max(1, d + int(round(math.log2(scale)))))]
        if self.rounds is not None:
            # "fixed": the size is not a work knob, but `prog n rounds`
            # repeats the whole computation.
            return [str(d), str(max(1, int(round(self.rounds * scale))))]
        return []


def discover():
    found = {}
    for fname in os.listdir(BENCH_DIR):
        if not fname.endswith(".py") or fname == "compare.py":
            continue
        path = os.path.join(BENCH_DIR, fname)
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError:
            continue
        m = SIZE_RE.search(text)
        if not m:
            continue  # not a benchmark program
        k = KIND_RE.search(text)
        kind = k.group(1) if k else "fixed"
        r = ROUNDS_RE.search(text)
        rounds = int(r.group(1)) if (r and kind == "fixed") else None
        name = fname[:-3]
        found[name] = Benchmark(name, path, int(m.group(1)), kind, rounds)
    ordered = [found.pop(n) for n in ORDER if n in found]
    ordered.extend(found[n] for n in sorted(found))
    return ordered


# --------------------------------------------------------------------------
# Running one child process
# --------------------------------------------------------------------------

class RunResult:
    def __init__(self):
        self.ok = False
        self.seconds = None
        self.rss_kib = None
        self.stdout = ""
        self.stderr = ""
        self.error = None        # short reason when not ok


def _maxrss_kib(ru):
    # ru_maxrss is in KiB on Linux and the BSDs, in bytes on macOS.
    if sys.platform == "darwin":
        return ru.ru_maxrss / 1024.0
    return float(ru.ru_maxrss)


def _describe_status(code):
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except (ValueError, AttributeError):
            name = "signal %d" % -code
        return "killed by %s" % name
    return "exit status %d" % code


def _first_line(text):
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line[:200]
    return ""


# A child forked from this (15 MB) Python process starts with our resident
# pages counted in its peak RSS, which floors every small measurement.  GNU
# time forks the benchmark from its own tiny image and reports that peak.
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def _gnu_time_rss(path):
    try:
        with open(path) as f:
            lines = [l.strip() for l in f if l.strip()]
        return float(lines[-1]) if lines and lines[-1].isdigit() else None
    except OSError:
        return None


def run_child(argv, timeout):
    """Run argv; measure wall time and the child's peak RSS (GNU time's
    report when available, else wait4())."""
    res = RunResult()
    rss_file = None
    if GNU_TIME:
        fd, rss_file = tempfile.mkstemp(prefix="weft-rss-")
        os.close(fd)
        argv = [GNU_TIME, "-f", "%M", "-o", rss_file] + list(argv)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        try:
            # Own session / process group, so that a timeout also kills
            # anything the interpreter (or a wrapper script) spawned.
            proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL,
                                    stdout=out, stderr=err,
                                    start_new_session=True)
        except OSError as e:
            res.error = "cannot start %s: %s" % (argv[0], e.strerror or e)
            return res

        lock = threading.Lock()
        state = {"reaped": False, "timed_out": False}

        def kill_group(timed_out=False):
            # Only while the child is unreaped, so its pid (= the process
            # group id) cannot have been recycled.
            with lock:
                if state["reaped"]:
                    return
                state["timed_out"] = timed_out
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except OSError:
                    pass

        def on_timeout():
            kill_group(timed_out=True)

        timer = threading.Timer(timeout, on_timeout)
        timer.daemon = True
        timer.start()
        try:
            while True:
                try:
                    _, status, ru = os.wait4(proc.pid, 0)
                    break
                except InterruptedError:
                    continue
        except KeyboardInterrupt:
            kill_group()
            proc.wait()
            raise
        finally:
            with lock:
                state["reaped"] = True
            timer.cancel()
        elapsed = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        proc.returncode = code  # tell Popen the child is gone

        out.seek(0)
        err.seek(0)
        res.stdout = out.read().decode("utf-8", "replace")
        res.stderr = err.read().decode("utf-8", "replace")

    res.seconds = elapsed
    res.rss_kib = _maxrss_kib(ru)
    if rss_file:
        measured = _gnu_time_rss(rss_file)
        os.unlink(rss_file)
        if measured is not None:
            res.rss_kib = measured
    if state["timed_out"]:
        res.error = "timed out after %g s" % timeout
    elif code != 0:
        line = _first_line(res.stderr)
        res.error = _describe_status(code) + (": " + line if line else "")
    else:
        res.ok = True
    return res


# --------------------------------------------------------------------------
# One benchmark row
# --------------------------------------------------------------------------

class Row:
    def __init__(self, bench, extra_args):
        self.bench = bench
        self.extra_args = extra_args
        self.status = "OK"       # OK, MISMATCH, FAILED, PY-FAILED
        self.note = ""
        self.weft_s = None
        self.py_s = None
        self.weft_kib = None
        self.py_kib = None

    @property
    def name(self):
        return self.bench.name

    def time_ratio(self):
        if self.weft_s is None or not self.py_s:
            return None
        return self.weft_s / self.py_s

    def rss_ratio(self):
        if self.weft_kib is None or not self.py_kib:
            return None
        return self.weft_kib / self.py_kib


def _fold(best_s, best_kib, res):
    s = res.seconds if best_s is None else min(best_s, res.seconds)
    k = res.rss_kib if best_kib is None else max(best_kib, res.rss_kib)
    return s, k


def run_benchmark(bench, extra_args, weft, python, repeat, timeout,
                  weft_missing, log):
    row = Row(bench, extra_args)
    args = [bench.path] + extra_args
    weft_out = None
    py_out = None
    weft_failed = weft_missing
    py_failed = None
    if weft_missing:
        row.status = "FAILED"
        row.note = weft_missing

    for i in range(repeat):
        if not weft_failed:
            r = run_child([weft] + args, timeout)
            if not r.ok:
                weft_failed = r.error
                row.status = "FAILED"
                row.note = "weft: " + r.error
                log("  %-16s weft    run %d: FAILED (%s)" % (bench.name, i + 1,
                                                            r.error))
            else:
                row.weft_s, row.weft_kib = _fold(row.weft_s, row.weft_kib, r)
                log("  %-16s weft    run %d: %8.3f s %8.1f MiB"
                    % (bench.name, i + 1, r.seconds, r.rss_kib / 1024.0))
                if weft_out is None:
                    weft_out = r.stdout
                elif r.stdout != weft_out and row.status == "OK":
                    row.status = "MISMATCH"
                    row.note = "weft output differs between repeats"
        if py_failed is None:
            r = run_child([python] + args, timeout)
            if not r.ok:
                py_failed = r.error
                log("  %-16s python3 run %d: FAILED (%s)" % (bench.name,
                                                             i + 1, r.error))
            else:
                row.py_s, row.py_kib = _fold(row.py_s, row.py_kib, r)
                log("  %-16s python3 run %d: %8.3f s %8.1f MiB"
                    % (bench.name, i + 1, r.seconds, r.rss_kib / 1024.0))
                if py_out is None:
                    py_out = r.stdout
                elif r.stdout != py_out and row.status == "OK":
                    row.status = "MISMATCH"
                    row.note = "python3 output differs between repeats"
        if weft_failed and py_failed:
            break

    if py_failed is not None and row.status != "FAILED":
        row.status = "PY-FAILED"
        row.note = "python3: " + py_failed
    elif row.status == "OK" and weft_out != py_out:
        row.status = "MISMATCH"
        row.note = "output differs: " + first_difference(weft_out, py_out)
    if row.status == "FAILED":
        row.weft_s = row.weft_kib = None
    return row


def first_difference(a, b):
    la = a.splitlines()
    lb = b.splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<missing>"
        y = lb[i] if i < len(lb) else "<missing>"
        if x != y:
            return "line %d: weft %r vs python3 %r" % (i + 1, x[:80], y[:80])
    return "trailing whitespace/newlines differ"


# --------------------------------------------------------------------------
# Reporting
# --------------------------------------------------------------------------

def geomean(values):
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def fmt_s(v):
    return "-" if v is None else "%.3f" % v


def fmt_mib(kib):
    return "-" if kib is None else "%.1f" % (kib / 1024.0)


def fmt_ratio(v):
    return "-" if v is None else "%.2f" % v


def summarize(rows):
    good = [r for r in rows if r.status == "OK"]
    t = geomean([r.time_ratio() for r in good if r.time_ratio()])
    m = geomean([r.rss_ratio() for r in good if r.rss_ratio()])
    excluded = {}
    for r in rows:
        if r.status != "OK":
            excluded[r.status] = excluded.get(r.status, 0) + 1
    return good, t, m, excluded


def table_cells(row):
    if row.status == "FAILED":
        weft_s = weft_m = "FAILED"
    else:
        weft_s = fmt_s(row.weft_s)
        weft_m = fmt_mib(row.weft_kib)
    t = row.time_ratio() if row.status in ("OK", "MISMATCH") else None
    m = row.rss_ratio() if row.status in ("OK", "MISMATCH") else None
    name = row.name
    if row.extra_args:
        name = "%s(%s)" % (name, ",".join(row.extra_args))
    return [name, weft_s, fmt_s(row.py_s), fmt_ratio(t), weft_m,
            fmt_mib(row.py_kib), fmt_ratio(m), row.status]


HEADERS = ["benchmark", "weft s", "python3 s", "time weft/py", "weft MiB",
           "python3 MiB", "RSS weft/py", "status"]


def exclusion_text(rows, good, excluded):
    if not excluded:
        return "all %d benchmarks included" % len(rows)
    parts = ", ".join("%d %s" % (n, s) for s, n in sorted(excluded.items()))
    return "%d of %d benchmarks excluded (%s)" % (len(rows) - len(good),
                                                   len(rows), parts)


def print_plain(rows, meta, out):
    cells = [table_cells(r) for r in rows]
    widths = [max(len(HEADERS[i]), *(len(c[i]) for c in cells))
              for i in range(len(HEADERS))]

    def line(vals):
        parts = []
        for i, v in enumerate(vals):
            if i == 0 or i == len(vals) - 1:
                parts.append(v.ljust(widths[i]))
            else:
                parts.append(v.rjust(widths[i]))
        return "  ".join(parts).rstrip()

    out.write(line(HEADERS) + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for c in cells:
        out.write(line(c) + "\n")
    good, t, m, excluded = summarize(rows)
    out.write("\n")
    out.write("geometric mean time ratio weft/python3: %s\n" % fmt_ratio(t))
    out.write("geometric mean RSS  ratio weft/python3: %s\n" % fmt_ratio(m))
    out.write("(%s)\n" % exclusion_text(rows, good, excluded))
    notes = [r for r in rows if r.note]
    if notes:
        out.write("\nnotes:\n")
        for r in notes:
            out.write("  %s: %s: %s\n" % (r.name, r.status, r.note))
    out.write("\n%s\n" % meta)


def md_escape(text):
    return text.replace("|", "\\|")


def print_markdown(rows, meta, out):
    out.write("| " + " | ".join(HEADERS) + " |\n")
    out.write("|" + "|".join([":---"] + ["---:"] * (len(HEADERS) - 2)
                             + [":---"]) + "|\n")
    for r in rows:
        out.write("| " + " | ".join(md_escape(c) for c in table_cells(r))
                  + " |\n")
    good, t, m, excluded = summarize(rows)
    out.write("\n")
    out.write("Geometric mean of time ratio (weft/python3): **%s**; "
              "of peak-RSS ratio: **%s** (%s).\n"
              % (fmt_ratio(t), fmt_ratio(m),
                 exclusion_text(rows, good, excluded)))
    notes = [r for r in rows if r.note]
    if notes:
        out.write("\nNotes:\n\n")
        for r in notes:
            out.write("- `%s`: %s: %s\n" % (r.name, r.status,
                                            md_escape(r.note)))
    out.write("\n%s\n" % meta)


def interpreter_version(path):
    try:
        p = subprocess.run([path, "--version"], stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=10)
        text = (p.stdout or p.stderr).decode("utf-8", "replace")
        return _first_line(text) or "?"
    except (OSError, subprocess.SubprocessError):
        return "?"


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------

def resolve_exe(path):
    """Absolute path of an executable, or None."""
    if os.sep in path or (os.altsep and os.altsep in path):
        p = os.path.abspath(path)
        if os.path.isfile(p) and os.access(p, os.X_OK):
            return p
        return None
    return shutil.which(path)


def parse_args(argv):
    ap = argparse.ArgumentParser(
        description="Run bench/*.py under weft and python3 and compare "
                    "wall time and peak RSS.")
    ap.add_argument("--weft", default="./weft",
                    help="weft interpreter (default: ./weft)")
    ap.add_argument("--python", default="python3",
                    help="reference interpreter (default: python3)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs per interpreter; min time is kept (default 3)")
    ap.add_argument("--only", default="",
                    help="comma-separated benchmark names to run")
    ap.add_argument("--skip", default="",
                    help="comma-separated benchmark names to leave out")
    ap.add_argument("--size-scale", type=float, default=1.0,
                    help="scale each benchmark's work by this factor "
                         "(benchmarks whose size is not a linear work knob "
                         "are adjusted accordingly or left alone)")
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="seconds before a single run is killed (default 300)")
    ap.add_argument("--markdown", action="store_true",
                    help="print a markdown table (for docs/performance.md)")
    ap.add_argument("--json", metavar="FILE",
                    help="also write the raw results as JSON to FILE")
    ap.add_argument("--list", action="store_true",
                    help="list the benchmarks and exit")
    ap.add_argument("--quiet", action="store_true",
                    help="no per-run progress on stderr")
    ap.add_argument("--strict", action="store_true",
                    help="exit with status 1 if any row is not OK")
    args = ap.parse_args(argv)
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    if args.size_scale <= 0:
        ap.error("--size-scale must be positive")
    return args


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    benches = discover()
    if args.list:
        for b in benches:
            print("%-16s default size %-8s (%s%s)"
                  % (b.name, b.default_size, b.size_kind,
                     "" if b.rounds is None else ", %d rounds" % b.rounds))
        return 0

    if args.only:
        wanted = [n.strip() for n in args.only.split(",") if n.strip()]
        known = {b.name: b for b in benches}
        unknown = [n for n in wanted if n not in known]
        if unknown:
            sys.stderr.write("compare.py: unknown benchmark(s): %s\n"
                             "known: %s\n" % (", ".join(unknown),
                                              ", ".join(known)))
            return 2
        benches = [known[n] for n in wanted]
    if args.skip:
        skip = {n.strip() for n in args.skip.split(",")}
        benches = [b for b in benches if b.name not in skip]
    if not benches:
        sys.stderr.write("compare.py: no benchmarks selected\n")
        return 2

    python = resolve_exe(args.python)
    if python is None:
        sys.stderr.write("compare.py: reference interpreter not found: %s\n"
                         % args.python)
        return 2
    weft = resolve_exe(args.weft)
    weft_missing = None
    if weft is None:
        weft_missing = "weft not found or not executable: %s" % args.weft
        sys.stderr.write("compare.py: %s (all rows will be FAILED)\n"
                         % weft_missing)
        weft = args.weft

    def log(msg):
        if not args.quiet:
            sys.stderr.write(msg + "\n")
            sys.stderr.flush()

    rows = []
    started = time.time()
    for b in benches:
        extra = b.args_for(args.size_scale)
        log("%s%s" % (b.name, " " + " ".join(extra) if extra else ""))
        rows.append(run_benchmark(b, extra, weft, python, args.repeat,
                                  args.timeout, weft_missing, log))
    took = time.time() - started

    meta = ("weft: %s; python3: %s (%s); %d repeat(s), min time / max RSS "
            "per interpreter; size scale %g; %s %s, %d CPUs; %s; "
            "suite took %.0f s"
            % (args.weft, args.python, interpreter_version(python),
               args.repeat, args.size_scale, platform.system(),
               platform.machine(), os.cpu_count() or 0,
               time.strftime("%Y-%m-%d"), took))
    if args.markdown:
        print_markdown(rows, meta, sys.stdout)
    else:
        print_plain(rows, meta, sys.stdout)

    if args.json:
        good, t, m, excluded = summarize(rows)
        data = {
            "weft": args.weft, "python": args.python,
            "repeat": args.repeat, "size_scale": args.size_scale,
            "date": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "machine": "%s %s" % (platform.system(), platform.machine()),
            "geomean_time_ratio": t, "geomean_rss_ratio": m,
            "excluded": excluded,
            "rows": [{
                "name": r.name, "args": r.extra_args, "status": r.status,
                "note": r.note, "weft_s": r.weft_s, "python_s": r.py_s,
                "weft_rss_kib": r.weft_kib, "python_rss_kib": r.py_kib,
                "time_ratio": r.time_ratio(), "rss_ratio": r.rss_ratio(),
            } for r in rows],
        }
        d = os.path.dirname(os.path.abspath(args.json))
        os.makedirs(d, exist_ok=True)
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=2)
            f.write("\n")

    if args.strict and any(r.status != "OK" for r in rows):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
