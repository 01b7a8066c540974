#!/usr/bin/env python3
"""Run the thread-scaling programs under weft and python3; print speedups.

Every program in bench/threads/ (and every pattern of micro.py) runs at each
thread count of `--threads` (default 1,2) under both interpreters, `--repeat`
times, alternating interpreters and thread counts so that a burst of noise
on the machine does not hit one column only.  The time of a run is the
program's own measurement of its parallel section (the
"parallel-seconds:" line on its stderr), not the process's wall time, so
start-up and set-up are left out.  The best (minimum) time per interpreter
and thread count is kept.

The programs are weak-scaling (the work per thread is fixed), so

    speedup(T) = T x t(1) / t(T)         (ideal: T)

Every run's stdout must be identical across thread counts, repeats and
interpreters; otherwise the row is a MISMATCH.

The programs also report the CPU time of the process over the parallel
section, and the table shows weft's CPU scaling, T x T x cpu(1) / cpu(T):
the speedup the row would get if every thread had a core of its own and no
thread ever waited (T threads do T times the work).  On a machine busy with other work (wall-clock
speedups drop when the threads do not get their cores) it still shows
whether threads slow each other down by contention (cache lines bouncing
between cores, spinning); it does not show threads serialised by blocking
(lock or stop-the-world waits burn no CPU), which only the wall-clock
column shows.

    python3 bench/threads/run.py                       # 1,2 threads, 3 repeats
    python3 bench/threads/run.py --threads 1,2,4,8 --repeat 5
    python3 bench/threads/run.py --only cpu_private,micro/closures
    python3 bench/threads/run.py --markdown            # for docs/performance.md
    python3 bench/threads/run.py --weft python3        # self-check

Progress goes to stderr; the table goes to stdout.
"""

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))

PROGRAMS = ["cpu_private", "alloc_trees", "shared_read", "shared_write",
            "queue_pc"]
# cpu_private run as T separate one-thread processes: no sharing at all.
BASELINE = "baseline/processes"
# Rows not held to the target: the speedup of the first two is reported
# but a shared lock or a queue hand-off serialises them (they check that
# nothing is lost); the baseline measures the machine, not threads.
CORRECTNESS_ROWS = {"shared_write", "queue_pc", BASELINE}
# The target: speedup >= 0.9 x T (1.8 at 2 threads).
TARGET_EFFICIENCY = 0.9

TIME_RE = re.compile(r"^parallel-seconds:\s*([0-9.eE+-]+)\s*$", re.M)
CPU_RE = re.compile(r"^parallel-cpu-seconds:\s*([0-9.eE+-]+)\s*$", re.M)


class Row:
    def __init__(self, name, script, args, processes=False):
        self.name = name
        self.script = script
        self.args = args
        self.processes = processes  # T one-thread processes, not T threads
        self.status = "OK"        # OK, MISMATCH, FAILED, PY-FAILED
        self.note = ""
        self.best = {}            # (interp, T) -> seconds
        self.best_cpu = {}        # (interp, T) -> CPU seconds
        self.outputs = {}         # (interp, T) -> first stdout seen
        self.failed = {}          # interp -> error text

    def speedup(self, interp, t):
        t1 = self.best.get((interp, 1))
        tt = self.best.get((interp, t))
        if t1 is None or not tt:
            return None
        return t * t1 / tt

    def cpu_scaling(self, interp, t):
        c1 = self.best_cpu.get((interp, 1))
        ct = self.best_cpu.get((interp, t))
        if c1 is None or not ct:
            return None
        # t threads do t times the work: perfectly parallel, the section
        # would last cpu(t) / t, against a one-thread time of cpu(1)
        return t * t * c1 / ct

    def below_target(self, t):
        if self.name in CORRECTNESS_ROWS or self.processes or t == 1:
            return False
        s = self.speedup("weft", t)
        return s is not None and s < TARGET_EFFICIENCY * t


def with_controls(rows):
    """After each program row, a control row running the same program as T
    separate one-thread processes: what this machine gives that exact
    workload right now, so a row's threads can be compared with it."""
    out = []
    for r in rows:
        out.append(r)
        if not r.processes:
            out.append(Row(r.name + " [procs]", r.script, r.args, processes=True))
    return out


def list_rows(python):
    # Baseline first: what the machine gives T independent processes right
    # now (other load on the machine shows up here).
    rows = [Row(BASELINE, os.path.join(HERE, "cpu_private.py"), [],
                processes=True)]
    rows += [Row(p, os.path.join(HERE, p + ".py"), []) for p in PROGRAMS]
    micro = os.path.join(HERE, "micro.py")
    p = subprocess.run([python, micro, "--list"], capture_output=True,
                       text=True, timeout=60)
    if p.returncode != 0:
        raise SystemExit("run.py: %s micro.py --list failed:\n%s"
                         % (python, p.stderr))
    for pattern in p.stdout.split():
        rows.append(Row("micro/" + pattern, micro, ["--pattern", pattern]))
    return rows


def first_line(text):
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""


def last_line(text):
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return lines[-1][:200] if lines else ""


def run_once(exe, row, threads, scale, timeout):
    """One measurement: ((seconds, cpu seconds or None), stdout, None) or
    (None, None, error).  A `processes` row starts `threads` one-thread
    copies of its program at once; its time is the slowest copy's and its
    CPU time the sum."""
    copies, tflag = (threads, 1) if row.processes else (1, threads)
    cmd = [exe, row.script] + row.args + ["--threads", str(tflag)]
    if scale != 1.0:
        cmd += ["--scale", repr(scale)]
    children = []
    try:
        for _ in range(copies):
            out_f = tempfile.TemporaryFile()
            err_f = tempfile.TemporaryFile()
            try:
                p = subprocess.Popen(cmd, stdout=out_f, stderr=err_f,
                                     stdin=subprocess.DEVNULL, cwd=HERE)
            except OSError as exc:
                return None, None, "cannot run: %s" % exc
            children.append((p, out_f, err_f))
        deadline = time.monotonic() + timeout
        for p, _, _ in children:
            try:
                p.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                for q, _, _ in children:
                    if q.poll() is None:
                        q.kill()
                        q.wait()
                return None, None, "timed out after %g s" % timeout
        secs, cpu, outs = [], [], []
        for p, out_f, err_f in children:
            out_f.seek(0)
            err_f.seek(0)
            out = out_f.read().decode("utf-8", "replace")
            err = err_f.read().decode("utf-8", "replace")
            if p.returncode != 0:
                if p.returncode < 0:
                    what = "killed by signal %d" % -p.returncode
                else:
                    what = "exit status %d" % p.returncode
                msg = last_line(err)
                return None, None, what + (": " + msg if msg else "")
            m = TIME_RE.findall(err)
            if not m:
                return None, None, "no parallel-seconds line on stderr"
            c = CPU_RE.findall(err)
            secs.append(float(m[-1]))
            cpu.append(float(c[-1]) if c else None)
            outs.append(out)
        if any(o != outs[0] for o in outs):
            return None, None, "concurrent copies printed different results"
        total_cpu = None if None in cpu else sum(cpu)
        return (max(secs), total_cpu), outs[0], None
    finally:
        for p, out_f, err_f in children:
            if p.poll() is None:
                p.kill()
                p.wait()
            out_f.close()
            err_f.close()


def first_difference(a, b):
    la, lb = a.splitlines(), b.splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<missing>"
        y = lb[i] if i < len(lb) else "<missing>"
        if x != y:
            return "%r vs %r" % (x[:100], y[:100])
    return "whitespace differs"


def run_row(row, interps, thread_counts, repeat, scale, timeout, log):
    reference = None   # (label, stdout) of the first successful run
    for rep in range(repeat):
        # alternate the order of thread counts between repeats
        counts = thread_counts if rep % 2 == 0 else thread_counts[::-1]
        for t in counts:
            for label, exe in interps:
                if label in row.failed:
                    continue
                times, out, err = run_once(exe, row, t, scale, timeout)
                if err is not None:
                    row.failed[label] = "%s at %d thread(s): %s" % (
                        label, t, err)
                    log("  %-22s %-7s T=%-3d run %d: FAILED (%s)"
                        % (row.name, label, t, rep + 1, err))
                    continue
                secs, cpu = times
                log("  %-22s %-7s T=%-3d run %d: %8.3f s  (cpu %s s)"
                    % (row.name, label, t, rep + 1, secs,
                       "-" if cpu is None else "%.3f" % cpu))
                key = (label, t)
                if key not in row.best or secs < row.best[key]:
                    row.best[key] = secs
                if cpu is not None and (key not in row.best_cpu
                                        or cpu < row.best_cpu[key]):
                    row.best_cpu[key] = cpu
                if reference is None:
                    reference = ("%s T=%d" % (label, t), out)
                elif out != reference[1] and row.status == "OK":
                    row.status = "MISMATCH"
                    row.note = "%s T=%d differs from %s: %s" % (
                        label, t, reference[0],
                        first_difference(out, reference[1]))
                row.outputs.setdefault(key, out)
    if "weft" in row.failed:
        row.status = "FAILED"
        row.note = row.failed["weft"]
    elif "python3" in row.failed and row.status == "OK":
        row.status = "PY-FAILED"
        row.note = row.failed["python3"]
    return row


# --------------------------------------------------------------------------
# Reporting
# --------------------------------------------------------------------------

def fmt_s(v):
    return "-" if v is None else "%.3f" % v


def fmt_x(v, flag=False):
    if v is None:
        return "-"
    return "%.2fx%s" % (v, "*" if flag else "")


def headers(thread_counts, with_python):
    h = ["program", "weft t1 s"]
    h += ["weft x%d" % t for t in thread_counts if t != 1]
    h += ["cpu x%d" % t for t in thread_counts if t != 1]
    if with_python:
        h += ["py t1 s"]
        h += ["py x%d" % t for t in thread_counts if t != 1]
    h.append("status")
    return h


def cells(row, thread_counts, with_python):
    c = [row.name]
    if "weft" in row.failed:
        c.append("FAILED")
        c += ["-" for t in thread_counts if t != 1] * 2
    else:
        c.append(fmt_s(row.best.get(("weft", 1))))
        c += [fmt_x(row.speedup("weft", t), row.below_target(t))
              for t in thread_counts if t != 1]
        c += [fmt_x(row.cpu_scaling("weft", t))
              for t in thread_counts if t != 1]
    if with_python:
        c.append(fmt_s(row.best.get(("python3", 1))))
        c += [fmt_x(row.speedup("python3", t))
              for t in thread_counts if t != 1]
    c.append(row.status)
    return c


def summary_lines(rows, thread_counts):
    lines = []
    target_rows = [r for r in rows if r.name not in CORRECTNESS_ROWS and not r.processes]
    for t in thread_counts:
        if t == 1:
            continue
        got = [r for r in target_rows if r.speedup("weft", t) is not None]
        ok = [r for r in got if not r.below_target(t)]
        lines.append("weft at %d threads: %d of %d target rows reach "
                     "%.2fx (%.0f%% of ideal)"
                     % (t, len(ok), len(got), TARGET_EFFICIENCY * t,
                        100 * TARGET_EFFICIENCY))
    return lines


def print_plain(rows, thread_counts, with_python, meta, out):
    hdr = headers(thread_counts, with_python)
    body = [cells(r, thread_counts, with_python) for r in rows]
    widths = [max(len(hdr[i]), *(len(c[i]) for c in body))
              for i in range(len(hdr))]

    def line(vals):
        parts = []
        for i, v in enumerate(vals):
            if i == 0 or i == len(vals) - 1:
                parts.append(v.ljust(widths[i]))
            else:
                parts.append(v.rjust(widths[i]))
        return "  ".join(parts).rstrip()

    out.write(line(hdr) + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for c in body:
        out.write(line(c) + "\n")
    out.write("\nspeedup = T x t(1) / t(T), ideal = T; * = weft below "
              "%.0f%% of ideal;\ncpu xT = weft's T x T x cpu(1) / cpu(T), "
              "the speedup if no thread lacked a core or waited\n"
              % (100 * TARGET_EFFICIENCY))
    for s in summary_lines(rows, thread_counts):
        out.write(s + "\n")
    notes = [r for r in rows if r.note]
    if notes:
        out.write("\nnotes:\n")
        for r in notes:
            out.write("  %s: %s: %s\n" % (r.name, r.status, r.note))
    out.write("\n%s\n" % meta)


def print_markdown(rows, thread_counts, with_python, meta, out):
    hdr = headers(thread_counts, with_python)
    out.write("| " + " | ".join(hdr) + " |\n")
    out.write("|" + "|".join([":---"] + ["---:"] * (len(hdr) - 2)
                             + [":---"]) + "|\n")
    for r in rows:
        c = [x.replace("|", "\\|") for x in cells(r, thread_counts,
                                                   with_python)]
        c[0] = "`%s`" % c[0]
        out.write("| " + " | ".join(c) + " |\n")
    out.write("\nSpeedup = T × t(1) / t(T) (ideal = T); `*` marks a weft "
              "row below %.0f%% of ideal. `cpu xT` is weft's "
              "T² × cpu(1) / cpu(T), the speedup if no thread lacked a core "
              "or waited.\n" % (100 * TARGET_EFFICIENCY))
    for s in summary_lines(rows, thread_counts):
        out.write("%s.\n" % s.capitalize())
    notes = [r for r in rows if r.note]
    if notes:
        out.write("\nNotes:\n\n")
        for r in notes:
            out.write("- `%s`: %s: %s\n" % (r.name, r.status,
                                            r.note.replace("|", "\\|")))
    out.write("\n%s\n" % meta)


def interpreter_version(path):
    try:
        p = subprocess.run([path, "--version"], capture_output=True,
                           timeout=10, stdin=subprocess.DEVNULL)
        return first_line((p.stdout or p.stderr).decode("utf-8", "replace"))
    except (OSError, subprocess.SubprocessError):
        return "?"


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------

def resolve_exe(path):
    if os.sep in path or (os.altsep and os.altsep in path):
        p = os.path.abspath(path)
        return p if os.path.isfile(p) and os.access(p, os.X_OK) else None
    return shutil.which(path)


def parse_threads(text):
    try:
        counts = [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError("expected e.g. 1,2,4: %r" % text)
    if not counts or min(counts) < 1:
        raise argparse.ArgumentTypeError("thread counts must be >= 1")
    if 1 not in counts:
        counts.insert(0, 1)   # speedups are relative to one thread
    return sorted(set(counts))


def parse_args(argv):
    ap = argparse.ArgumentParser(
        description="Run bench/threads/ programs at several thread counts "
                    "under weft and python3 and print the speedups.")
    ap.add_argument("--weft", default="./weft",
                    help="weft interpreter (default: ./weft)")
    ap.add_argument("--python", default="python3",
                    help="reference interpreter (default: python3)")
    ap.add_argument("--no-python", action="store_true",
                    help="run weft only (no python3 columns)")
    ap.add_argument("--threads", type=parse_threads, default=[1, 2],
                    help="comma-separated thread counts (default 1,2; "
                         "1 is always added)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs per interpreter and thread count; the "
                         "minimum time is kept (default 3)")
    ap.add_argument("--scale", type=float, default=1.0,
                    help="scale every program's work per thread")
    ap.add_argument("--only", default="",
                    help="comma-separated rows (e.g. cpu_private,micro/"
                         "closures, or micro for every pattern)")
    ap.add_argument("--skip", default="", help="comma-separated rows to "
                    "leave out")
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="seconds before a single run is killed")
    ap.add_argument("--markdown", action="store_true",
                    help="print a markdown table")
    ap.add_argument("--json", metavar="FILE",
                    help="also write the raw results as JSON to FILE")
    ap.add_argument("--from-json", metavar="FILE",
                    help="run nothing: print the table saved by --json "
                         "(e.g. with --markdown)")
    ap.add_argument("--list", action="store_true",
                    help="list the rows and exit")
    ap.add_argument("--quiet", action="store_true",
                    help="no per-run progress on stderr")
    ap.add_argument("--boost", action="store_true",
                    help="Linux: run in a new session whose scheduler "
                         "autogroup gets nice -15 (needs root), so that "
                         "other users' jobs take fewer cycles from the runs")
    ap.add_argument("--strict", action="store_true",
                    help="exit 1 if a row is not OK or below target")
    ap.add_argument("--controls", action="store_true",
                    help="after each row, run the same program as T separate "
                         "processes ('NAME [procs]'): what the machine gives "
                         "that workload right now, to compare the threads with")
    args = ap.parse_args(argv)
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    if args.scale <= 0:
        ap.error("--scale must be positive")
    return args


def select(rows, only, skip):
    def matches(row, names):
        return any(row.name == n or row.name.startswith(n + "/")
                   for n in names)

    if only:
        names = [n.strip() for n in only.split(",") if n.strip()]
        unknown = [n for n in names if not any(matches(r, [n])
                                               for r in rows)]
        if unknown:
            raise SystemExit("run.py: unknown row(s): %s\nknown: %s"
                             % (", ".join(unknown),
                                ", ".join(r.name for r in rows)))
        rows = [r for r in rows if matches(r, names)]
    if skip:
        names = [n.strip() for n in skip.split(",") if n.strip()]
        rows = [r for r in rows if not matches(r, names)]
    return rows


def boost():
    """Raise this process's scheduler share (see --boost); the children
    inherit the session and so the autogroup.  Returns a note for the
    table's footer."""
    try:
        os.setsid()
    except OSError as exc:
        # a process-group leader cannot start a session; raising the shared
        # group of the caller's session would boost more than our runs
        sys.stderr.write("run.py: --boost needs a new session (%s); try "
                         "`setsid python3 bench/threads/run.py --boost`\n"
                         % exc)
        return "; no boost"
    try:
        with open("/proc/self/autogroup", "w") as f:
            f.write("-15")
    except OSError as exc:
        sys.stderr.write("run.py: --boost failed (%s); running at normal "
                         "priority\n" % exc)
        return "; no boost"
    return "; boosted (autogroup nice -15)"


def rows_from_json(path):
    """(rows, thread counts, with_python, meta) from a --json file."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    rows = []
    labels = set()
    for d in data["rows"]:
        r = Row(d["name"], "", [], processes=d.get("processes", False))
        r.status, r.note = d["status"], d["note"]
        r.failed = dict(d.get("failed", {}))
        for label, per_t in d["seconds"].items():
            labels.add(label)
            for t, v in per_t.items():
                if v is not None:
                    r.best[(label, int(t))] = v
        for label, per_t in d.get("cpu_seconds", {}).items():
            for t, v in per_t.items():
                if v is not None:
                    r.best_cpu[(label, int(t))] = v
        rows.append(r)
    return rows, data["threads"], "python3" in labels, data.get("meta", "")


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.from_json:
        rows, counts, with_python, meta = rows_from_json(args.from_json)
        rows = select(rows, args.only, args.skip)
        if args.markdown:
            print_markdown(rows, counts, with_python, meta, sys.stdout)
        else:
            print_plain(rows, counts, with_python, meta, sys.stdout)
        return 0
    boost_note = boost() if args.boost else ""
    python = resolve_exe(args.python)
    if python is None:
        sys.stderr.write("run.py: reference interpreter not found: %s\n"
                         % args.python)
        return 2
    rows = select(list_rows(python), args.only, args.skip)
    if args.controls:
        rows = with_controls(rows)
    if args.list:
        for r in rows:
            print(r.name)
        return 0
    if not rows:
        sys.stderr.write("run.py: no rows selected\n")
        return 2

    weft = resolve_exe(args.weft)
    interps = []
    if weft is None:
        sys.stderr.write("run.py: weft not found or not executable: %s "
                         "(its columns will be FAILED)\n" % args.weft)
    else:
        interps.append(("weft", weft))
    with_python = not args.no_python
    if with_python:
        interps.append(("python3", python))

    def log(msg):
        if not args.quiet:
            sys.stderr.write(msg + "\n")
            sys.stderr.flush()

    started = time.time()
    for r in rows:
        if weft is None:
            r.failed["weft"] = "weft not found: %s" % args.weft
        run_row(r, interps, args.threads, args.repeat, args.scale,
                args.timeout, log)
    took = time.time() - started

    meta = ("weft: %s; python3: %s (%s); threads %s; best of %d; scale %g; "
            "%s %s, %d CPUs; %s; took %.0f s"
            % (args.weft, args.python, interpreter_version(python),
               ",".join(map(str, args.threads)), args.repeat, args.scale,
               platform.system(), platform.machine(), os.cpu_count() or 0,
               time.strftime("%Y-%m-%d"), took)) + boost_note
    if args.markdown:
        print_markdown(rows, args.threads, with_python, meta, sys.stdout)
    else:
        print_plain(rows, args.threads, with_python, meta, sys.stdout)

    if args.json:
        data = {
            "weft": args.weft, "python": args.python,
            "threads": args.threads, "repeat": args.repeat,
            "scale": args.scale, "cpus": os.cpu_count(),
            "date": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "machine": "%s %s" % (platform.system(), platform.machine()),
            "meta": meta,
            "rows": [{
                "name": r.name, "processes": r.processes, "status": r.status, "note": r.note,
                "failed": r.failed,
                "result": r.outputs.get(("weft", 1),
                                        r.outputs.get(("python3", 1))),
                "seconds": {label: {str(t): r.best.get((label, t))
                                    for t in args.threads}
                            for label, _ in interps},
                "speedup": {label: {str(t): r.speedup(label, t)
                                    for t in args.threads}
                            for label, _ in interps},
                "cpu_seconds": {label: {str(t): r.best_cpu.get((label, t))
                                        for t in args.threads}
                                for label, _ in interps},
                "cpu_scaling": {label: {str(t): r.cpu_scaling(label, t)
                                        for t in args.threads}
                                for label, _ in interps},
            } for r in rows],
        }
        d = os.path.dirname(os.path.abspath(args.json))
        os.makedirs(d, exist_ok=True)
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=2)
            f.write("\n")

    if args.strict and any(r.status != "OK" or any(
            r.below_target(t) for t in args.threads) for r in rows):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
