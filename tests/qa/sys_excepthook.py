# An uncaught exception is passed to sys.excepthook (here a custom one that
# prints to stdout); the exit status is still 1.
import sys

def hook(etype, value, tb):
    print("unhandled:", etype.__name__, value, tb is not None)

sys.excepthook = hook
print("start")
raise ValueError("via hook")
