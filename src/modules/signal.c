/* signal.c - the builtin module `_signal` (lib/signal.py wraps it with the
 * Signals/Handlers/Sigmasks enums), the process's C signal handler, and the
 * hooks the rest of the runtime uses to run Python-level handlers:
 * signals_pending, signals_check(), signals_trip().
 *
 * How a signal becomes Python code:
 *  1. The C handler (which may run on any thread, at any instruction) only
 *     sets tripped[sig], then the global word signals_pending, and writes
 *     the signal number to the wakeup fd if one is set.  Atomics and
 *     write() are all it uses: it is async-signal-safe and touches no heap
 *     object.  Every Python handler is installed with this one C handler,
 *     without SA_RESTART, so a blocking system call the signal interrupts
 *     fails with EINTR.
 *  2. The main thread notices signals_pending at the eval loop's periodic
 *     checks (loop back edges, calls, FOR_ITER: the same sites that poll
 *     the collector's safepoint) and after EINTR in blocking calls (sleep,
 *     lock waits, reads), and calls signals_check(), which runs the Python
 *     handler of every tripped signal with (signum, frame).  An exception a
 *     handler raises (KeyboardInterrupt from default_int_handler) is
 *     returned to the caller, which raises it at that point.
 *  3. Other threads never run handlers: signals_check() returns 0 at once
 *     there, and the flags stay set for the main thread.
 *
 * Thread-safety: handler_obj[]/handler_kind[] are written only by the main
 * thread (signal.signal refuses other threads) and read from any thread
 * (getsignal, signals_trip) with acquire loads; handler_obj[] slots are GC
 * roots.  tripped[], signals_pending and wakeup_fd are atomics shared with
 * the C handler.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include "modules.h"

/* signals_pending is written only when a signal arrives or is simulated and
 * read by every eval loop check, on every thread.  It gets a cache line of
 * its own (the padded struct below, exported under the name by an alias), so
 * no often-written neighbour makes those reads miss. */
static struct {
    _Atomic int word;
    char pad[64 - sizeof(int)];
} pending_line __attribute__((aligned(64), used));
extern _Atomic int signals_pending __attribute__((alias("pending_line")));

static _Atomic int tripped[NSIG];
static _Atomic int wakeup_fd = -1;

/* What the Python level installed for each signal. */
enum { H_NONE, H_DFL, H_IGN, H_PY };
static Value handler_obj[NSIG];        /* getsignal()'s value; VNULL = None */
static _Atomic int handler_kind[NSIG]; /* H_* */

static ThreadState *main_ts;           /* the thread that runs handlers */
static Value default_int_handler_fn;   /* GC root */
static Type *itimer_error_type;        /* GC root */
static Type *siginfo_type;             /* signal.struct_siginfo; GC root */
static bool unhandled_kbint;           /* main ended with KeyboardInterrupt */

/* ---- the C handler ---- */

static void trip(int sig) {
    atomic_store_explicit(&tripped[sig], 1, memory_order_relaxed);
    /* release: whoever reads signals_pending == 1 (the exchange in
     * run_pending) also sees tripped[sig] */
    atomic_store_explicit(&signals_pending, 1, memory_order_release);
    int fd = atomic_load_explicit(&wakeup_fd, memory_order_relaxed);
    if (fd >= 0) {
        unsigned char b = (unsigned char)sig;
        ssize_t r = write(fd, &b, 1);
        (void)r; /* a full pipe drops the byte, as CPython does */
    }
}

static void c_handler(int sig) {
    int saved = errno;
    trip(sig);
    errno = saved;
}

/* Install `h` (c_handler, SIG_DFL or SIG_IGN) for sig: 0, or -1 with errno. */
static int set_c_handler(int sig, void (*h)(int)) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = h;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_ONSTACK; /* no SA_RESTART: blocking calls see EINTR */
    return sigaction(sig, &sa, NULL);
}

/* ---- running handlers (main thread) ---- */

static bool is_main_thread(void) { return ts_current && ts_current == main_ts; }

/* The frame a handler receives: a snapshot of the interrupted frame. */
static Value current_frame(void) {
    if (!ts_current->frame)
        return NONE;
    Value gf = sys_get("_getframe");
    Value fr = gf ? obj_call0(gf) : VNULL;
    if (!fr) {
        err_clear();
        return NONE;
    }
    return fr;
}

static int run_pending(void) {
    /* acq_rel: reading the C handler's release store makes every tripped[]
     * flag set before it visible; a signal that trips after this exchange
     * sets signals_pending again and is seen at a later check */
    if (!atomic_exchange_explicit(&signals_pending, 0, memory_order_acq_rel))
        return 0;
    for (int i = 1; i < NSIG; i++) {
        if (!atomic_load_explicit(&tripped[i], memory_order_relaxed))
            continue;
        atomic_store_explicit(&tripped[i], 0, memory_order_relaxed);
        int kind = atomic_load_explicit(&handler_kind[i], memory_order_acquire);
        Value h = __atomic_load_n(&handler_obj[i], __ATOMIC_ACQUIRE);
        if (kind != H_PY || !h) {
            /* the handler changed between delivery and now */
            io_flush_std();
            char msg[96];
            snprintf(msg, sizeof msg,
                     "Exception ignored in: None\nOSError: Signal %d ignored due to race "
                     "condition\n", i);
            sys_write_stderr(msg);
            continue;
        }
        Value args[2] = {MK_INT(i), current_frame()};
        Value r = obj_call(h, args, 2, NULL);
        if (!r) {
            /* the other tripped signals run at the next check */
            atomic_store_explicit(&signals_pending, 1, memory_order_relaxed);
            return -1;
        }
    }
    return 0;
}

int signals_check(void) {
    if (__builtin_expect(!atomic_load_explicit(&signals_pending, memory_order_relaxed), 1))
        return 0;
    /* an exception already pending is raised first; handlers run later */
    if (!is_main_thread() || ts_current->exc)
        return 0;
    return run_pending();
}

void signals_trip(int signum) {
    if (signum < 1 || signum >= NSIG)
        return;
    /* _thread.interrupt_main(): a signal Python does not handle (SIG_DFL,
     * SIG_IGN) is not simulated */
    int kind = atomic_load_explicit(&handler_kind[signum], memory_order_acquire);
    if (kind == H_DFL || kind == H_IGN)
        return;
    trip(signum);
}

void signals_note_uncaught_kbint(void) { unhandled_kbint = true; }

int signals_exit(int status) {
    if (!unhandled_kbint)
        return status;
    /* die by SIGINT, so the parent (a shell) sees the interruption */
    if (set_c_handler(SIGINT, SIG_DFL) == 0) {
        sigset_t s;
        sigemptyset(&s);
        sigaddset(&s, SIGINT);
        pthread_sigmask(SIG_UNBLOCK, &s, NULL);
        kill(getpid(), SIGINT);
    }
    return 130;
}

/* ---- argument helpers ---- */

/* A C int argument, as CPython's "i" converter. */
static int int_arg(Value v, int *out) {
    if (IS_FLOAT(v)) {
        err_format(&TypeError_type, "'%T' object cannot be interpreted as an integer", v);
        return -1;
    }
    Value iv = num_index(v);
    if (!iv)
        return -1;
    int64_t x;
    if (int_as_i64(iv, &x) < 0 || x < INT_MIN || x > INT_MAX) {
        err_clear();
        err_str(&OverflowError_type, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)x;
    return 0;
}

static int signum_arg(Value v, int *out) {
    if (int_arg(v, out) < 0)
        return -1;
    if (*out < 1 || *out >= NSIG) {
        err_str(&ValueError_type, "signal number out of range");
        return -1;
    }
    return 0;
}

/* An int handler equal to SIG_DFL (0) or SIG_IGN (1); -1 otherwise. */
static int dfl_ign_value(Value h) {
    if (!IS_INTLIKE(h))
        return -1;
    int64_t x;
    if (int_as_i64(h, &x) < 0) {
        err_clear();
        return -1;
    }
    return x == 0 ? H_DFL : x == 1 ? H_IGN : -1;
}

static Value sigset_to_set(const sigset_t *s) {
    Set *r = set_new();
    if (!r)
        return VNULL;
    for (int i = 1; i < NSIG; i++)
        if (sigismember(s, i) == 1 && set_add(r, MK_INT(i)) < 0)
            return VNULL;
    return OBJ_VAL(r);
}

/* An iterable of signal numbers as a sigset_t. */
static int iterable_to_sigset(Value iterable, sigset_t *out) {
    sigemptyset(out);
    Value it = obj_getiter(iterable);
    if (!it)
        return -1;
    Value item;
    while ((item = obj_iternext(it))) {
        Value iv = num_index(item);
        if (!iv)
            return -1;
        int64_t n;
        if (int_as_i64(iv, &n) < 0)
            return -1;
        if (n <= 0 || n >= NSIG) {
            err_format(&ValueError_type, "signal number %lld out of range [1; %d]", (long long)n,
                       NSIG - 1);
            return -1;
        }
        sigaddset(out, (int)n);
    }
    return err_occurred() ? -1 : 0;
}

/* ---- module functions ---- */

static Value sg_default_int_handler(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("default_int_handler", nargs, 2, 2) < 0)
        return VNULL;
    int sig;
    if (int_arg(args[0], &sig) < 0)
        return VNULL;
    return err_set_value(OBJ_VAL(&KeyboardInterrupt_type));
}

static Value sg_signal(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (nargs == 1)
        return err_str(&TypeError_type,
                       "signal() missing 1 required positional argument: 'handler'");
    if (args_count("signal", nargs, 2, 2) < 0)
        return VNULL;
    if (!is_main_thread())
        return err_str(&ValueError_type,
                       "signal only works in main thread of the main interpreter");
    int sig;
    if (signum_arg(args[0], &sig) < 0)
        return VNULL;
    Value h = args[1];
    int kind;
    void (*ch)(int);
    if (obj_callable(h)) {
        kind = H_PY;
        ch = c_handler;
    } else if ((kind = dfl_ign_value(h)) >= 0) {
        ch = kind == H_DFL ? SIG_DFL : SIG_IGN;
    } else {
        return err_str(&TypeError_type, "signal handler must be signal.SIG_IGN, "
                                        "signal.SIG_DFL, or a callable object");
    }
    /* signals that arrived under the old handler run under it */
    if (signals_check() < 0)
        return VNULL;
    Value old = handler_obj[sig];
    int old_kind = atomic_load_explicit(&handler_kind[sig], memory_order_relaxed);
    /* publish before the C handler changes, so a signal delivered under the
     * new disposition finds its Python handler (release: pairs with the
     * acquire loads in run_pending and signals_trip) */
    __atomic_store_n(&handler_obj[sig], h, __ATOMIC_RELEASE);
    atomic_store_explicit(&handler_kind[sig], kind, memory_order_release);
    if (set_c_handler(sig, ch) < 0) {
        int e = errno;
        __atomic_store_n(&handler_obj[sig], old, __ATOMIC_RELEASE);
        atomic_store_explicit(&handler_kind[sig], old_kind, memory_order_release);
        return err_from_errno(e, VNULL);
    }
    return old ? old : NONE;
}

static Value sg_getsignal(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("getsignal", nargs, 1, 1) < 0)
        return VNULL;
    int sig;
    if (signum_arg(args[0], &sig) < 0)
        return VNULL;
    Value h = __atomic_load_n(&handler_obj[sig], __ATOMIC_ACQUIRE);
    return h ? h : NONE;
}

static Value sg_raise_signal(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("raise_signal", nargs, 1, 1) < 0)
        return VNULL;
    int sig;
    if (int_arg(args[0], &sig) < 0)
        return VNULL;
    if (raise(sig) != 0)
        return err_from_errno(errno, VNULL);
    /* the handler has run in C by now: run the Python one here */
    if (signals_check() < 0)
        return VNULL;
    return NONE;
}

static Value sg_strsignal(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("strsignal", nargs, 1, 1) < 0)
        return VNULL;
    int sig;
    if (signum_arg(args[0], &sig) < 0)
        return VNULL;
    char buf[128];
    errno = 0;
    const char *s = strsignal(sig);
    if (errno || !s || strstr(s, "Unknown signal"))
        return NONE;
    snprintf(buf, sizeof buf, "%s", s); /* strsignal's buffer may be reused */
    return OBJ_VAL(str_from_cstr(buf));
}

static Value sg_valid_signals(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("valid_signals", nargs, 0, 0) < 0)
        return VNULL;
    sigset_t s;
    if (sigfillset(&s) < 0)
        return err_from_errno(errno, VNULL);
    return sigset_to_set(&s);
}

static Value sg_alarm(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("alarm", nargs, 1, 1) < 0)
        return VNULL;
    int secs;
    if (int_arg(args[0], &secs) < 0)
        return VNULL;
    return MK_INT(alarm((unsigned int)secs));
}

static Value sg_pause(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (nargs)
        return err_format(&TypeError_type, "_signal.pause() takes no arguments (%zd given)",
                          nargs);
    thread_detach();
    pause();
    thread_attach();
    if (signals_check() < 0)
        return VNULL;
    return NONE;
}

static Value sg_pthread_kill(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("pthread_kill", nargs, 2, 2) < 0)
        return VNULL;
    Value tid = num_index(args[0]);
    if (!tid)
        return VNULL;
    IntView iv;
    int_view(tid, &iv);
    if (mpz_sgn(iv.z) < 0)
        return err_str(&OverflowError_type, "can't convert negative int to unsigned");
    if (!mpz_fits_ulong_p(iv.z))
        return err_str(&OverflowError_type, "Python int too large to convert to C unsigned long");
    unsigned long t = mpz_get_ui(iv.z);
    int sig;
    if (int_arg(args[1], &sig) < 0)
        return VNULL;
    int e = pthread_kill((pthread_t)t, sig);
    if (e)
        return err_from_errno(e, VNULL);
    if (signals_check() < 0)
        return VNULL;
    return NONE;
}

static Value sg_pthread_sigmask(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("pthread_sigmask", nargs, 2, 2) < 0)
        return VNULL;
    int how;
    if (int_arg(args[0], &how) < 0)
        return VNULL;
    sigset_t mask, prev;
    if (iterable_to_sigset(args[1], &mask) < 0)
        return VNULL;
    int e = pthread_sigmask(how, &mask, &prev);
    if (e)
        return err_from_errno(e, VNULL);
    /* unblocking may have run C handlers just now */
    if (signals_check() < 0)
        return VNULL;
    return sigset_to_set(&prev);
}

static Value sg_sigpending(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (nargs)
        return err_format(&TypeError_type, "sigpending() takes no arguments (%zd given)", nargs);
    sigset_t s;
    if (sigpending(&s) < 0)
        return err_from_errno(errno, VNULL);
    return sigset_to_set(&s);
}

static Value sg_sigwait(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("sigwait", nargs, 1, 1) < 0)
        return VNULL;
    sigset_t s;
    if (iterable_to_sigset(args[0], &s) < 0)
        return VNULL;
    int sig = 0;
    thread_detach();
    int e = sigwait(&s, &sig);
    thread_attach();
    if (e)
        return err_from_errno(e, VNULL);
    return MK_INT(sig);
}

static Value sg_siginterrupt(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("siginterrupt", nargs, 2, 2) < 0)
        return VNULL;
    int sig, flag;
    if (signum_arg(args[0], &sig) < 0 || int_arg(args[1], &flag) < 0)
        return VNULL;
    struct sigaction sa;
    if (sigaction(sig, NULL, &sa) < 0)
        return err_from_errno(errno, VNULL);
    if (flag)
        sa.sa_flags &= ~SA_RESTART;
    else
        sa.sa_flags |= SA_RESTART;
    if (sigaction(sig, &sa, NULL) < 0)
        return err_from_errno(errno, VNULL);
    return NONE;
}

static Value sg_set_wakeup_fd(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    /* warn_on_full_buffer is accepted; a full pipe always drops the byte */
    static const char *const names[] = {"fd", "warn_on_full_buffer"};
    Value a[2];
    if (nargs > 1)
        return err_format(&TypeError_type,
                          "set_wakeup_fd() takes exactly 1 positional argument (%zd given)",
                          nargs);
    if (args_bind("set_wakeup_fd", args, nargs, kwnames, names, 1, 2, a) < 0)
        return VNULL;
    int fd;
    if (int_arg(a[0], &fd) < 0)
        return VNULL;
    if (!is_main_thread())
        return err_str(&ValueError_type,
                       "set_wakeup_fd only works in main thread of the main interpreter");
    if (fd != -1) {
        struct stat st;
        if (fstat(fd, &st) != 0)
            return err_from_errno(errno, VNULL);
        int fl = fcntl(fd, F_GETFL);
        if (fl < 0)
            return err_from_errno(errno, VNULL);
        if (!(fl & O_NONBLOCK))
            return err_format(&ValueError_type, "the fd %d must be in non-blocking mode", fd);
    }
    int old = atomic_exchange_explicit(&wakeup_fd, fd, memory_order_relaxed);
    return MK_INT(old);
}

/* sigwaitinfo/sigtimedwait's result: struct_siginfo(si_signo, si_code,
 * si_errno, si_pid, si_uid, si_status, si_band). */
static Value siginfo_value(const siginfo_t *si) {
    Value v[7] = {MK_INT(si->si_signo), MK_INT(si->si_code), MK_INT(si->si_errno),
                  MK_INT(si->si_pid), int_from_u64(si->si_uid), MK_INT(si->si_status),
                  int_from_i64(si->si_band)};
    Tuple *t = tuple_from_array(v, 7);
    if (!t)
        return VNULL;
    return siginfo_type ? tuple_subtype_new(siginfo_type, t) : OBJ_VAL(t);
}

/* Wait for a signal of `set` until `deadline` (NULL: forever), retrying
 * after the handlers of other signals ran (PEP 475).  1 with *si filled, 0
 * on timeout, -1 with an exception. */
static int wait_info(const sigset_t *set, const struct timespec *deadline, siginfo_t *si) {
    for (;;) {
        struct timespec left, now, *lp = NULL;
        if (deadline) {
            clock_gettime(CLOCK_MONOTONIC, &now);
            left.tv_sec = deadline->tv_sec - now.tv_sec;
            left.tv_nsec = deadline->tv_nsec - now.tv_nsec;
            if (left.tv_nsec < 0) {
                left.tv_sec--;
                left.tv_nsec += 1000000000;
            }
            if (left.tv_sec < 0)
                left.tv_sec = left.tv_nsec = 0;
            lp = &left;
        }
        thread_detach();
        int r = lp ? sigtimedwait(set, si, lp) : sigwaitinfo(set, si);
        int e = errno;
        thread_attach();
        if (r >= 0)
            return 1;
        if (e == EAGAIN)
            return 0;
        if (e != EINTR) {
            err_from_errno(e, VNULL);
            return -1;
        }
        if (signals_check() < 0)
            return -1;
    }
}

static Value sg_sigwaitinfo(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("sigwaitinfo", nargs, 1, 1) < 0)
        return VNULL;
    sigset_t set;
    if (iterable_to_sigset(args[0], &set) < 0)
        return VNULL;
    siginfo_t si;
    memset(&si, 0, sizeof si);
    if (wait_info(&set, NULL, &si) < 0)
        return VNULL;
    return siginfo_value(&si);
}

static Value sg_sigtimedwait(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("sigtimedwait", nargs, 2, 2) < 0)
        return VNULL;
    sigset_t set;
    if (iterable_to_sigset(args[0], &set) < 0)
        return VNULL;
    double secs;
    if (!IS_INTLIKE(args[1]) && !IS_FLOAT(args[1]))
        return err_format(&TypeError_type, "'%T' object cannot be interpreted as an integer",
                          args[1]);
    if (num_to_double(args[1], &secs) < 0)
        return VNULL;
    if (isnan(secs))
        return err_str(&ValueError_type, "Invalid value NaN (not a number)");
    if (secs < 0)
        return err_str(&ValueError_type, "timeout must be non-negative");
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    double whole = floor(secs);
    deadline.tv_sec += (time_t)whole;
    deadline.tv_nsec += (long)((secs - whole) * 1e9);
    if (deadline.tv_nsec >= 1000000000) {
        deadline.tv_sec++;
        deadline.tv_nsec -= 1000000000;
    }
    siginfo_t si;
    memset(&si, 0, sizeof si);
    int r = wait_info(&set, &deadline, &si);
    if (r < 0)
        return VNULL;
    return r ? siginfo_value(&si) : NONE;
}

/* ---- interval timers ---- */

static Value itimer_error(int e) {
    Str *msg = str_from_cstr(strerror(e));
    if (!msg)
        return VNULL;
    Type *t = itimer_error_type ? itimer_error_type : &OSError_type;
    Value args[2] = {MK_INT(e), OBJ_VAL(msg)};
    Value exc = exc_new(t, args, 2);
    return exc ? err_set_value(exc) : VNULL;
}

static double tv_to_d(const struct timeval *tv) {
    return (double)tv->tv_sec + (double)tv->tv_usec * 1e-6;
}

static Value itimer_tuple(const struct itimerval *v) {
    Value d = float_new(tv_to_d(&v->it_value));
    Value i = d ? float_new(tv_to_d(&v->it_interval)) : VNULL;
    if (!i)
        return VNULL;
    Tuple *t = tuple_pack(2, d, i);
    return t ? OBJ_VAL(t) : VNULL;
}

/* Seconds (int or float) as a timeval, rounding microseconds up so that a
 * tiny positive value still arms the timer. */
static int seconds_arg(Value v, struct timeval *tv) {
    double d;
    if (!IS_INTLIKE(v) && !IS_FLOAT(v)) {
        err_format(&TypeError_type, "'%T' object cannot be interpreted as an integer", v);
        return -1;
    }
    if (num_to_double(v, &d) < 0)
        return -1;
    if (isnan(d)) {
        err_str(&ValueError_type, "Invalid value NaN (not a number)");
        return -1;
    }
    double whole = floor(d);
    double us = ceil((d - whole) * 1e6);
    if (whole > 1e18 || whole < -1e18) {
        err_str(&OverflowError_type, "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    tv->tv_sec = (time_t)whole;
    tv->tv_usec = (suseconds_t)us;
    if (tv->tv_usec >= 1000000) {
        tv->tv_sec++;
        tv->tv_usec -= 1000000;
    }
    return 0;
}

static Value sg_setitimer(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("setitimer", nargs, 2, 3) < 0)
        return VNULL;
    int which;
    if (int_arg(args[0], &which) < 0)
        return VNULL;
    struct itimerval nv, old;
    memset(&nv, 0, sizeof nv);
    if (seconds_arg(args[1], &nv.it_value) < 0)
        return VNULL;
    if (nargs > 2 && seconds_arg(args[2], &nv.it_interval) < 0)
        return VNULL;
    if (setitimer(which, &nv, &old) != 0)
        return itimer_error(errno);
    return itimer_tuple(&old);
}

static Value sg_getitimer(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("getitimer", nargs, 1, 1) < 0)
        return VNULL;
    int which;
    if (int_arg(args[0], &which) < 0)
        return VNULL;
    struct itimerval v;
    if (getitimer(which, &v) != 0)
        return itimer_error(errno);
    return itimer_tuple(&v);
}

static const MethodDef dih_def = {"default_int_handler", sg_default_int_handler, METH_NOKW,
                                  "The default handler for SIGINT installed by Python.\n\n"
                                  "It raises KeyboardInterrupt."};

static const MethodDef signal_methods[] = {
    {"signal", sg_signal, METH_NOKW, "Set the action for the given signal."},
    {"getsignal", sg_getsignal, METH_NOKW, "Return the current action for the given signal."},
    {"raise_signal", sg_raise_signal, METH_NOKW, "Send a signal to the executing process."},
    {"strsignal", sg_strsignal, METH_NOKW, "Return the system description of the given signal."},
    {"valid_signals", sg_valid_signals, METH_NOKW,
     "Return a set of valid signal numbers on this platform."},
    {"alarm", sg_alarm, METH_NOKW, "Arrange for SIGALRM to arrive after the given number of seconds."},
    {"pause", sg_pause, METH_NOKW, "Wait until a signal arrives."},
    {"pthread_kill", sg_pthread_kill, METH_NOKW, "Send a signal to a thread."},
    {"pthread_sigmask", sg_pthread_sigmask, METH_NOKW,
     "Fetch and/or change the signal mask of the calling thread."},
    {"sigpending", sg_sigpending, METH_NOKW, "Examine pending signals."},
    {"sigwait", sg_sigwait, METH_NOKW, "Wait for a signal."},
    {"sigwaitinfo", sg_sigwaitinfo, METH_NOKW, "Wait synchronously for a signal; return its siginfo."},
    {"sigtimedwait", sg_sigtimedwait, METH_NOKW,
     "Like sigwaitinfo(), but with a timeout in seconds; None when it expires."},
    {"siginterrupt", sg_siginterrupt, METH_NOKW, "Change system call restart behaviour."},
    {"set_wakeup_fd", sg_set_wakeup_fd, 0, "Sets the fd to be written to (with the signal number) "
                                           "when a signal comes in."},
    {"setitimer", sg_setitimer, METH_NOKW, "Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL "
                                           "or ITIMER_PROF)."},
    {"getitimer", sg_getitimer, METH_NOKW, "Returns current value of given itimer."},
    {NULL},
};

/* The SIG* names of this platform.  (SIGRTMIN/SIGRTMAX are run-time values
 * in glibc; they are added separately.) */
#define SIGNAL_NAMES(X)                                                                   \
    X(SIGHUP) X(SIGINT) X(SIGQUIT) X(SIGILL) X(SIGTRAP) X(SIGABRT) X(SIGIOT) X(SIGBUS)     \
    X(SIGFPE) X(SIGKILL) X(SIGUSR1) X(SIGSEGV) X(SIGUSR2) X(SIGPIPE) X(SIGALRM) X(SIGTERM) \
    X(SIGCHLD) X(SIGCONT) X(SIGSTOP) X(SIGTSTP) X(SIGTTIN) X(SIGTTOU) X(SIGURG) X(SIGXCPU) \
    X(SIGXFSZ) X(SIGVTALRM) X(SIGPROF) X(SIGWINCH) X(SIGIO) X(SIGSYS)

static int add_int(Module *m, const char *name, int64_t v) {
    return module_add_value(m, name, MK_INT(v));
}

Module *signalmodule_init(void) {
    Module *m = module_new(str_intern_cstr("_signal"));
    if (!m || module_add_functions(m, signal_methods) < 0)
        return NULL;
    if (module_add_value(m, "default_int_handler", default_int_handler_fn) < 0)
        return NULL;
#define ADD_SIG(name)                                                                     \
    if (add_int(m, #name, name) < 0)                                                      \
        return NULL;
    SIGNAL_NAMES(ADD_SIG)
#undef ADD_SIG
#ifdef SIGSTKFLT
    if (add_int(m, "SIGSTKFLT", SIGSTKFLT) < 0)
        return NULL;
#endif
#ifdef SIGCLD
    if (add_int(m, "SIGCLD", SIGCLD) < 0)
        return NULL;
#endif
#ifdef SIGPOLL
    if (add_int(m, "SIGPOLL", SIGPOLL) < 0)
        return NULL;
#endif
#ifdef SIGPWR
    if (add_int(m, "SIGPWR", SIGPWR) < 0)
        return NULL;
#endif
    if (add_int(m, "SIGRTMIN", SIGRTMIN) < 0 || add_int(m, "SIGRTMAX", SIGRTMAX) < 0 ||
        add_int(m, "NSIG", NSIG) < 0 || add_int(m, "SIG_DFL", 0) < 0 ||
        add_int(m, "SIG_IGN", 1) < 0 || add_int(m, "SIG_BLOCK", SIG_BLOCK) < 0 ||
        add_int(m, "SIG_UNBLOCK", SIG_UNBLOCK) < 0 ||
        add_int(m, "SIG_SETMASK", SIG_SETMASK) < 0 ||
        add_int(m, "ITIMER_REAL", ITIMER_REAL) < 0 ||
        add_int(m, "ITIMER_VIRTUAL", ITIMER_VIRTUAL) < 0 ||
        add_int(m, "ITIMER_PROF", ITIMER_PROF) < 0)
        return NULL;

    /* signal.itimer_error (exposed as ItimerError), an OSError subclass,
     * and struct_siginfo, a 7-tuple with named fields */
    static const char src[] =
        "class itimer_error(OSError):\n"
        "    __module__ = 'signal'\n"
        "class struct_siginfo(tuple):\n"
        "    __module__ = 'signal'\n"
        "    n_fields = n_sequence_fields = 7\n"
        "    n_unnamed_fields = 0\n"
        "    _names = ('si_signo', 'si_code', 'si_errno', 'si_pid', 'si_uid', 'si_status',\n"
        "              'si_band')\n"
        "    def __repr__(self):\n"
        "        return 'signal.struct_siginfo(' + ', '.join(\n"
        "            n + '=' + repr(v) for n, v in zip(self._names, self)) + ')'\n"
        "for _i, _n in enumerate(struct_siginfo._names):\n"
        "    setattr(struct_siginfo, _n, property(lambda self, _i=_i: self[_i]))\n"
        "del _i, _n\n";
    Value code = compile_source(src, sizeof src - 1, "<signal>", COMPILE_EXEC);
    Dict *ns = dict_new();
    if (!code || !ns)
        return NULL;
    Value bmod = dict_get_cstr(sys_modules, "builtins");
    if (bmod && dict_set_cstr(ns, "__builtins__", bmod) < 0)
        return NULL;
    if (!vm_run_code(code, ns, ns))
        return NULL;
    Value ie = dict_get_cstr(ns, "itimer_error");
    if (!ie || !IS_TYPE(ie))
        return NULL;
    itimer_error_type = AS(Type, ie);
    if (module_add_value(m, "ItimerError", ie) < 0)
        return NULL;
    Value si = dict_get_cstr(ns, "struct_siginfo");
    if (!si || !IS_TYPE(si))
        return NULL;
    siginfo_type = AS(Type, si);
    if (module_add_value(m, "struct_siginfo", si) < 0)
        return NULL;
    return m;
}

/* Start-up, on the main thread: record it, take over the handler table
 * from the inherited dispositions, and install default_int_handler for
 * SIGINT unless SIGINT was inherited ignored (as CPython does). */
void signals_init(void) {
    main_ts = ts_current;
    gc_register_root(&default_int_handler_fn);
    gc_register_root(&itimer_error_type);
    gc_register_root(&siginfo_type);
    for (int i = 0; i < NSIG; i++)
        gc_register_root(&handler_obj[i]);
    default_int_handler_fn =
        cfunction_new(&dih_def, VNULL, OBJ_VAL(str_intern_cstr("_signal")));
#ifdef SIGXFSZ
    /* as CPython: exceeding the file size limit is an OSError, not death
     * (SIGPIPE is ignored by io_init for the same reason) */
    set_c_handler(SIGXFSZ, SIG_IGN);
#endif
    for (int i = 1; i < NSIG; i++) {
        struct sigaction sa;
        int kind = H_NONE;
        if (sigaction(i, NULL, &sa) == 0 && !(sa.sa_flags & SA_SIGINFO)) {
            if (sa.sa_handler == SIG_DFL)
                kind = H_DFL;
            else if (sa.sa_handler == SIG_IGN)
                kind = H_IGN;
        }
        handler_obj[i] = kind == H_DFL ? MK_INT(0) : kind == H_IGN ? MK_INT(1) : VNULL;
        atomic_store_explicit(&handler_kind[i], kind, memory_order_relaxed);
    }
    if (default_int_handler_fn && handler_kind[SIGINT] == H_DFL &&
        set_c_handler(SIGINT, c_handler) == 0) {
        handler_obj[SIGINT] = default_int_handler_fn;
        atomic_store_explicit(&handler_kind[SIGINT], H_PY, memory_order_relaxed);
    }
    if (!default_int_handler_fn)
        err_clear();
}
