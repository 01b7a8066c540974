#!/usr/bin/env python3
"""Where do weft's worker threads wait?  An off-CPU profile by C function.

Runs one program under `perf record -a -e sched:sched_switch` with DWARF
call stacks, pairs every switch-out of a worker thread with its next
switch-in, and adds up the time off the CPU by the first interesting weft
function on the stack at the switch-out: waiting for another thread's
collection (`park`), for the heap lock (`refill`, `alloc_large`), for the
world to stop (`stop_world`), on a Python lock (`word_acquire`), and so
on.  `preempted` is time the thread was runnable but another task had the
core (other load on the machine).  Needs perf and permission for
system-wide tracing (root).

    python3 bench/threads/waits.py micro.py --pattern closures --threads 2
    python3 bench/threads/waits.py --weft build/x/weft alloc_trees.py --threads 2

Worker threads are the threads of this weft process whose stacks pass
through `thread_main` (threads started by _thread), so the main thread's
join and other weft processes on the machine are left out.
"""

import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

# The first of these on a switch-out stack names the wait.
WAIT_FUNCS = [
    "park", "stop_world", "refill", "alloc_large", "thread_attach",
    "wlock_acquire_slow", "word_acquire", "t_sleep", "t_start_new_thread",
]
SWITCH_RE = re.compile(
    r"^\s*(-?\d+)/(-?\d+)\s+([\d.]+): sched:sched_switch: prev_comm=(.*?) "
    r"prev_pid=(\d+) .*prev_state=(\S+) ==> next_comm=(.*?) next_pid=(\d+)")


def parse(text):
    """[(time, prev_tid, prev_pid, prev_state, next_tid, [symbols])]"""
    events = []
    cur = None
    for line in text.splitlines():
        if "sched:sched_switch" in line:
            m = SWITCH_RE.search(line)
            if not m:
                cur = None
                continue
            cur = (float(m.group(3)), int(m.group(5)), int(m.group(1)),
                   m.group(6), int(m.group(8)), [])
            events.append(cur)
        elif cur is not None and line.strip():
            parts = line.split()
            if len(parts) >= 2:
                cur[5].append(parts[1])
    return events


def attribute(events, pid, depth):
    workers = {e[1] for e in events
               if e[2] == pid and "thread_main" in e[5]}
    away = {}                          # tid -> (switch-out time, reason)
    total = collections.Counter()
    count = collections.Counter()
    for t, prev, _, state, nxt, stack in events:
        if nxt in away:
            t0, why = away.pop(nxt)
            total[why] += t - t0
            count[why] += 1
        if prev in workers:
            fn = next((s for s in stack if s in WAIT_FUNCS), None)
            if fn is not None:
                i = stack.index(fn)
                why = " < ".join(stack[i:i + depth])
            elif state.startswith("R"):
                why = "preempted"
            else:
                user = [s for s in stack if not s.startswith("__")]
                why = "other: " + " < ".join(user[:depth + 2])
            away[prev] = (t, why)
    return workers, total, count


def record(weft, prog, prog_args):
    """(stdout, stderr, perf script text) of one recorded run, or an exit
    status."""
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "perf.data")
        rec = subprocess.run(
            ["perf", "record", "-q", "-m", "1024", "-a",
             "-e", "sched:sched_switch", "--call-graph", "dwarf,16384",
             "-o", data, "--", weft, prog] + prog_args,
            cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True)
        if rec.returncode != 0:
            sys.stderr.write(rec.stderr)
            return rec.returncode or 1
        script = subprocess.run(
            ["perf", "script", "-i", data, "--show-task-events", "-F",
             "pid,tid,time,event,trace,ip,sym"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return rec.stdout, rec.stderr, script.stdout


def main():
    ap = argparse.ArgumentParser(
        description="Off-CPU time of weft worker threads by C function.")
    ap.add_argument("--weft", default="./weft")
    ap.add_argument("--depth", type=int, default=3,
                    help="callers shown per reason (default 3)")
    ap.add_argument("--tries", type=int, default=5,
                    help="recordings at most, until most stacks unwind "
                         "(default 5)")
    ap.add_argument("program", help="a bench/threads program, e.g. "
                    "micro.py (relative to bench/threads/)")
    ap.add_argument("args", nargs=argparse.REMAINDER,
                    help="the program's arguments")
    args = ap.parse_args()
    weft = os.path.abspath(args.weft)
    prog = args.program
    if not os.path.isabs(prog) and not os.path.exists(prog):
        prog = os.path.join(HERE, prog)
    best = None
    for attempt in range(args.tries):
        got = record(weft, prog, args.args)
        if isinstance(got, int):
            return got
        out, err, text = got
        m = re.search(r"PERF_RECORD_COMM: perf-exec:(\d+)/", text)
        if not m:
            sys.stderr.write("waits.py: cannot find the workload's pid\n")
            return 1
        pid = int(m.group(1))
        events = parse(text)
        # perf's DWARF unwinder sometimes stops in libc for a whole run:
        # keep the run whose worker stacks reach thread_main most often
        mine = [e for e in events if e[2] == pid and e[1] != pid]
        ok = sum(1 for e in mine if "thread_main" in e[5])
        frac = ok / len(mine) if mine else 0.0
        if best is None or frac > best[0]:
            best = (frac, out, err, events, pid)
        if frac >= 0.6:
            break
        sys.stderr.write("waits.py: only %.0f%% of the stacks unwound; "
                         "recording again\n" % (100 * frac))
    frac, out, err, events, pid = best
    sys.stdout.write(out)
    for line in err.splitlines():
        if line.startswith("parallel-"):
            print(line)
    workers, total, count = attribute(events, pid, args.depth)
    print("stacks unwound to thread_main: %.0f%%" % (100 * frac))
    print("worker threads: %d; time off the CPU by reason (all workers "
          "together):" % len(workers))
    for why, secs in total.most_common():
        print("  %8.1f ms %6d waits  %s" % (secs * 1000, count[why], why))
    return 0


if __name__ == "__main__":
    sys.exit(main())
