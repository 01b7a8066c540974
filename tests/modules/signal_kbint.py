# SIGINT -> KeyboardInterrupt: raised where the main thread is (a loop, a
# call chain with finally blocks, right after os.kill), custom SIGINT
# handlers, and finally an uncaught KeyboardInterrupt (traceback on stderr,
# the process dies by SIGINT: exit status 130).
import os
import signal
import sys

# the runner may have started us with SIGINT ignored: install the default
signal.signal(signal.SIGINT, signal.default_int_handler)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)

count = 0
try:
    while True:
        count += 1
        if count == 1000:
            signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("caught in loop at", count, repr(e), e.args)


def nested(n):
    try:
        if n == 0:
            signal.raise_signal(signal.SIGINT)
            print("not reached")
        else:
            nested(n - 1)
    finally:
        print("finally", n)


try:
    nested(3)
except KeyboardInterrupt:
    print("caught through 4 frames")

try:
    os.kill(os.getpid(), signal.SIGINT)
    print("not reached")
except KeyboardInterrupt:
    print("caught right after os.kill")

for i in range(3):
    try:
        for j in range(10):
            if j == i + 2:
                signal.raise_signal(signal.SIGINT)
    except KeyboardInterrupt:
        print("for loop", i, "stopped at", j)


# a Python handler replaces the exception
def custom(signum, frame):
    print("custom handler", signal.Signals(signum).name)


print(signal.signal(signal.SIGINT, custom) is signal.default_int_handler)
signal.raise_signal(signal.SIGINT)
os.kill(os.getpid(), signal.SIGINT)
print("still running")


def to_value_error(signum, frame):
    raise ValueError("from the handler")


signal.signal(signal.SIGINT, to_value_error)
try:
    signal.raise_signal(signal.SIGINT)
except ValueError as e:
    print("handler raised", e)

# default_int_handler called directly raises too
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt as e:
    print("direct call:", type(e).__name__)

signal.signal(signal.SIGINT, signal.default_int_handler)


def main():
    print("about to be interrupted")
    sys.stdout.flush()
    signal.raise_signal(signal.SIGINT)
    print("not reached")


main()
