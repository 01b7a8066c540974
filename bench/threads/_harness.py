"""Shared plumbing for the thread-scaling programs in bench/threads/.

Every program is weak-scaling: each of T worker threads gets the same fixed
amount of work, so on an ideal machine the wall time stays flat as T grows.
A program calls `options()` to read `--threads T` and `--scale S`, prepares
what it needs, and hands one work function per thread to `run_workers()`.

`run_workers()` starts T threading.Thread workers.  Each one first runs its
`setup` (untimed: building private data), then waits on a threading.Barrier
so that all of them start the timed part together.  The barrier's action
(run by the last thread to arrive, before any is released) takes the start
time; every worker notes its own end time, and the parallel section lasts
from the start to the latest end.  Timing uses time.perf_counter(), one
monotonic clock for the whole process.

The CPU time of the whole process over the same section
(time.process_time(), all threads together, from the barrier to the return
of the last join) is reported too: on a machine busy with other work the
wall time says little, but CPU time still shows whether threads made each
other slower (cache-line ping-pong, spinning) rather than just waiting.

Output protocol (read by run.py):
  stdout: the result line(s), identical for every T and every correct
          interpreter (checksums, "nothing lost" checks);
  stderr: "parallel-seconds: <float>" (wall time of the timed section),
          "parallel-cpu-seconds: <float>" (its process CPU time) and
          optional "detail: ..." lines with T-dependent numbers for humans.
"""

import sys
import threading
import time


def options(default_scale=1.0, extra=None):
    """Parse argv: --threads T, --scale S, and `extra` flags.

    `extra` maps a flag name (e.g. "--pattern") to its default string value.
    Returns a dict with "threads", "scale" and the extra flags (without
    their leading dashes).  argparse is not used so that the programs need
    nothing beyond sys, time and threading.
    """
    opts = {"threads": 1, "scale": default_scale}
    flags = {"--threads": "threads", "--scale": "scale"}
    for name, default in (extra or {}).items():
        key = name.lstrip("-")
        opts[key] = default
        flags[name] = key
    argv = sys.argv[1:]
    i = 0
    while i < len(argv):
        arg = argv[i]
        value = None
        if "=" in arg:
            arg, value = arg.split("=", 1)
        if arg in ("-h", "--help"):
            usage(flags)
            sys.exit(0)
        if arg not in flags:
            sys.stderr.write("unknown argument: %s\n" % argv[i])
            usage(flags)
            sys.exit(2)
        if value is None:
            if i + 1 >= len(argv):
                sys.stderr.write("%s needs a value\n" % arg)
                sys.exit(2)
            value = argv[i + 1]
            i += 1
        opts[flags[arg]] = value
        i += 1
    try:
        opts["threads"] = int(opts["threads"])
        opts["scale"] = float(opts["scale"])
    except ValueError as exc:
        sys.stderr.write("bad number: %s\n" % exc)
        sys.exit(2)
    if opts["threads"] < 1 or opts["scale"] <= 0:
        sys.stderr.write("--threads must be >= 1 and --scale > 0\n")
        sys.exit(2)
    return opts


def usage(flags):
    names = " ".join("[%s %s]" % (f, k.upper()) for f, k in flags.items())
    sys.stderr.write("usage: %s %s\n" % (sys.argv[0], names))


def scaled(n, scale):
    """Work amount n times scale, at least 1."""
    return max(1, int(n * scale))


def run_workers(nthreads, work, setup=None):
    """Run work(tid, prepared) in nthreads threads started together.

    `setup(tid)` (optional) runs in the worker thread before the barrier and
    its return value is passed to `work` as `prepared`.  Returns the list of
    the workers' return values (indexed by tid) and the wall time of the
    parallel section in seconds.  An exception in any worker is re-raised
    in the caller after all threads are joined.
    """
    results = [None] * nthreads
    errors = [None] * nthreads
    ends = [0.0] * nthreads
    start = [0.0, 0.0]

    def mark_start():
        start[1] = time.process_time()
        start[0] = time.perf_counter()

    barrier = threading.Barrier(nthreads, action=mark_start)

    def body(tid):
        try:
            prepared = setup(tid) if setup is not None else None
        except BaseException as exc:
            errors[tid] = exc
            barrier.abort()
            return
        try:
            barrier.wait()
        except threading.BrokenBarrierError:
            return
        try:
            results[tid] = work(tid, prepared)
        except BaseException as exc:
            errors[tid] = exc
        ends[tid] = time.perf_counter()

    threads = [threading.Thread(target=body, args=(tid,),
                                name="worker-%d" % tid)
               for tid in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    global last_cpu_seconds
    last_cpu_seconds = time.process_time() - start[1]
    for exc in errors:
        if exc is not None:
            raise exc
    return results, max(ends) - start[0]


# CPU time of the last run_workers() section (see the module comment).
last_cpu_seconds = None


def report(lines, seconds, details=()):
    """Print the result lines (stdout) and the timing (stderr)."""
    if isinstance(lines, str):
        lines = [lines]
    for line in lines:
        print(line)
    sys.stdout.flush()
    for d in details:
        sys.stderr.write("detail: %s\n" % d)
    sys.stderr.write("parallel-seconds: %.6f\n" % seconds)
    if last_cpu_seconds is not None:
        sys.stderr.write("parallel-cpu-seconds: %.6f\n" % last_cpu_seconds)
    sys.stderr.flush()


def all_equal(values):
    """True when every item equals the first (used to check that threads
    doing the same work computed the same result)."""
    return all(v == values[0] for v in values)
