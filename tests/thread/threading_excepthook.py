# Uncaught exceptions in threads: the default excepthook's report on stderr,
# custom hooks, SystemExit, a failing hook, ExceptHookArgs.
import io
import sys
import threading


def fail(x):
    return {}[x]


def nested():
    try:
        fail("inner")
    except KeyError:
        raise ValueError("outer") from None


def trim(n):
    # Report through the default hook, without the frames that lie in
    # threading.py itself (their path and line differ between interpreters).
    def hook(args):
        tb = args.exc_value.__traceback__
        for _ in range(n):
            tb = tb.tb_next
        args.exc_value.__traceback__ = tb
        threading.__excepthook__(threading.ExceptHookArgs(
            (args.exc_type, args.exc_value, tb, args.thread)))
    return hook


def run(target, *args, name=None, hook=None):
    old = threading.excepthook
    if hook is not None:
        threading.excepthook = hook
    t = threading.Thread(target=target, args=args, name=name)
    t.start()
    t.join()
    threading.excepthook = old
    print("joined", t.name, t.is_alive())


print(threading.excepthook is threading.__excepthook__)
run(fail, "key", hook=trim(2))
run(nested, name="worker", hook=trim(2))


class Bad(threading.Thread):
    def run(self):
        raise OSError(2, "gone")


threading.excepthook = trim(1)
b = Bad(name="subclass")
b.start(); b.join()
threading.excepthook = threading.__excepthook__
print("after subclass")

# the full report, captured: threading.py frames come first
buf = io.StringIO()
sys.stderr = buf
try:
    run(fail, 0, name="captured")
finally:
    sys.stderr = sys.__stderr__
lines = buf.getvalue().splitlines()
print(lines[0], lines[1])
print([l.split(", in ")[-1] for l in lines if l.startswith("  File")])
print(lines[-1])

# SystemExit ends the thread silently
run(sys.exit, 3)
run(sys.exit)

# a custom hook sees the arguments
seen = []
def custom(args):
    seen.append((type(args).__name__, args.exc_type.__name__, str(args.exc_value),
                 args.exc_traceback is args.exc_value.__traceback__,
                 args.thread.name, len(args)))
run(fail, "k2", name="custom", hook=custom)
run(sys.exit, 0, hook=custom)
print(seen)

# a hook that fails is reported through sys.excepthook
def broken_hook(args):
    raise RuntimeError("hook failed")
def sys_hook(t, v, tb):
    print("sys.excepthook:", t.__name__, v, v.__suppress_context__)
sys.excepthook = sys_hook
run(fail, "k3", hook=broken_hook)
sys.excepthook = sys.__excepthook__

# with sys.stderr gone, the report goes to the stderr the thread saw when created
buf = io.StringIO()
sys.stderr = buf
t = threading.Thread(target=fail, args=("late",), name="saved")
sys.stderr = None
t.start(); t.join()
sys.stderr = sys.__stderr__
print(buf.getvalue().splitlines()[0], buf.getvalue().splitlines()[-1])

# ExceptHookArgs
a = threading.ExceptHookArgs((ValueError, ValueError("v"), None, None))
print(type(a).__name__, a.exc_type.__name__, a.exc_value, a.exc_traceback, a.thread, tuple(a)[0].__name__)
try:
    threading.ExceptHookArgs((1, 2, 3))
except TypeError as e:
    print("TypeError:", e)

# thread=None: named by the caller's ident; called directly from the main thread
try:
    fail("direct")
except KeyError as e:
    err = e
buf = io.StringIO()
sys.stderr = buf
threading.excepthook(threading.ExceptHookArgs((KeyError, err, err.__traceback__, None)))
sys.stderr = sys.__stderr__
print(buf.getvalue().replace(str(threading.get_ident()), "IDENT").splitlines()[0])
threading.excepthook(threading.ExceptHookArgs(
    (KeyError, err, err.__traceback__, threading.main_thread())))
threading.excepthook(threading.ExceptHookArgs((SystemExit, SystemExit(1), None, None)))
print("end")
