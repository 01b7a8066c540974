# signal: handlers, getsignal/signal round trips, SIG_IGN, raise_signal,
# os.kill to ourselves, alarm/setitimer with a raising handler, strsignal,
# the Signals/Handlers/Sigmasks enums and CPython's error messages.
import os
import signal
import time

seen = []


def handler(signum, frame):
    seen.append((signal.Signals(signum).name, frame is not None))


# custom handler via raise_signal and os.kill: it runs before the next line
old = signal.signal(signal.SIGUSR1, handler)
print("old handler:", old, old is signal.SIG_DFL, repr(old))
print("installed:", signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print("after raise_signal:", seen)
os.kill(os.getpid(), signal.SIGUSR1)
print("after os.kill:", seen)
signal.signal(signal.SIGUSR2, handler)
os.kill(os.getpid(), signal.SIGUSR2)
print("after SIGUSR2:", seen)

# SIG_IGN: nothing runs; signal() returns the previous handler
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print("ignored:", len(seen), repr(signal.getsignal(signal.SIGUSR1)))
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))
print(repr(signal.signal(signal.SIGUSR1, 1)), repr(signal.getsignal(signal.SIGUSR1)))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)


# alarm / setitimer with a handler that raises: the exception surfaces in
# the interrupted code (a sleep, then a busy loop)
class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout("alarm %d" % signum)


signal.signal(signal.SIGALRM, on_alarm)
print("alarm returns", signal.alarm(1))
try:
    time.sleep(10)
    print("not reached")
except Timeout as e:
    print("caught in sleep:", e)
print(signal.setitimer(signal.ITIMER_REAL, 0.05))
try:
    n = 0
    while True:
        n += 1
except Timeout as e:
    print("caught in loop:", e, n > 0)
print(signal.getitimer(signal.ITIMER_REAL))
signal.signal(signal.SIGALRM, signal.SIG_DFL)

# blocked signals stay pending; unblocking runs the handler at once
signal.signal(signal.SIGUSR1, handler)
seen.clear()
print(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1]))
os.kill(os.getpid(), signal.SIGUSR1)
print("blocked:", seen, signal.sigpending())
old = signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGUSR1})
print("unblocked:", old, seen, signal.sigpending())
# sigwaitinfo / sigtimedwait take a blocked signal without its handler
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2])
signal.raise_signal(signal.SIGUSR2)
info = signal.sigwaitinfo([signal.SIGUSR2])
print(type(info).__name__, info.si_signo, info[0] == info.si_signo, len(info))
print(signal.sigtimedwait([signal.SIGUSR2], 0.01))
os.kill(os.getpid(), signal.SIGUSR2)
print(signal.sigtimedwait([signal.SIGUSR2], 1).si_signo, signal.sigpending(), seen)
signal.pthread_sigmask(signal.SIG_SETMASK, [])
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)

# descriptions and enums
for s in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL, signal.SIGSEGV):
    print(s.name, int(s), signal.strsignal(s))
print(signal.strsignal(signal.SIGRTMIN + 1))
print(repr(signal.SIGINT), str(signal.SIGINT), signal.SIGINT == 2)
print(repr(signal.Signals(6)), signal.SIGIOT is signal.SIGABRT, signal.SIGCLD.name)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), repr(signal.SIG_SETMASK))
print([m.name for m in signal.Handlers], [m.name for m in signal.Sigmasks])
print(len(signal.Signals), signal.NSIG, sorted(signal.valid_signals())[:4])
print(signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN)
print(signal.default_int_handler, signal.ItimerError.__name__,
      issubclass(signal.ItimerError, OSError))

# errors
def err(f, *a):
    try:
        r = f(*a)
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok", r)


err(signal.signal, 0, signal.SIG_DFL)
err(signal.signal, signal.NSIG, signal.SIG_DFL)
err(signal.signal, "x", signal.SIG_DFL)
err(signal.signal, signal.SIGUSR1, 5)
err(signal.signal, signal.SIGUSR1, None)
err(signal.signal, signal.SIGKILL, handler)
err(signal.getsignal, 100)
err(signal.strsignal, 0)
err(signal.default_int_handler)
err(signal.default_int_handler, 2, None)
err(signal.pthread_sigmask, signal.SIG_BLOCK, [0])
err(signal.pthread_sigmask, 99, [])
err(signal.setitimer, 99, 1)
err(signal.siginterrupt, 0, 1)
err(signal.set_wakeup_fd, 0)
err(signal.sigtimedwait, [signal.SIGUSR1], -1)
print(signal.pthread_sigmask(signal.SIG_BLOCK, []))
