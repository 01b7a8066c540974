# _thread's argument checking and error messages (CPython's wording).
import _thread


def attempt(label, f, *args, **kwargs):
    try:
        print(label, "->", f(*args, **kwargs))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


lock = _thread.allocate_lock()
attempt("nan timeout", lock.acquire, timeout=float("nan"))
attempt("huge timeout", lock.acquire, timeout=1e10)
attempt("negative timeout", lock.acquire, timeout=-2)
attempt("non-blocking with timeout", lock.acquire, False, 1)
attempt("release unlocked", lock.release)
attempt("acquire", lock.acquire)
attempt("locked", lock.locked)
attempt("acquire again, no wait", lock.acquire, False)
attempt("acquire again, short wait", lock.acquire, timeout=0.01)
attempt("release", lock.release)

r = _thread.RLock()
attempt("rlock release unowned", r.release)
attempt("rlock acquire", r.acquire)
attempt("rlock acquire again", r.acquire)
attempt("rlock count", r._recursion_count)
attempt("rlock owned", r._is_owned)
r.release()
r.release()
attempt("rlock owned after", r._is_owned)

attempt("not callable", _thread.start_new_thread, 1, ())
attempt("args not tuple", _thread.start_new_thread, print, [])
attempt("kwargs not dict", _thread.start_new_thread, print, (), 1)
attempt("stack size too small", _thread.stack_size, 100)
attempt("stack size", _thread.stack_size)
attempt("local with args", _thread._local, 1)
attempt("TIMEOUT_MAX", lambda: _thread.TIMEOUT_MAX)
attempt("error is RuntimeError", lambda: _thread.error is RuntimeError)
try:
    class L(type(lock)):
        pass
except TypeError as e:
    print("subclass lock ->", e)
