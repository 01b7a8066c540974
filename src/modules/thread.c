/* thread.c - the _thread module: OS threads that run Python in parallel,
 * locks, re-entrant locks and thread-local data.  threading.py builds on it.
 *
 * Starting a thread: the parent packs (func, args, kwargs) in a tuple and
 * waits, detached, until the child has registered with the collector and
 * rooted the tuple in its ThreadState (thread_obj); only then may the parent
 * drop its own reference.  The child runs the call, prints an uncaught
 * exception (SystemExit ends the thread silently), forgets its thread-local
 * data, releases its sentinel lock (the one Thread.join waits on), frees its
 * VM stack and unregisters, which hands its allocation blocks back.
 *
 * Thread-safety:
 *  - lock: one futex word (0 free, 1 held, 2 held with possible sleepers).
 *    Any thread may release it.  A blocked acquire sleeps detached, so a
 *    collection never waits for it; the word is read while detached, which
 *    is safe because the collector never moves objects and the caller's
 *    frame keeps the lock alive.
 *  - RLock: the same word plus owner and count; owner and count are written
 *    only by the thread holding the word; other threads read owner with
 *    relaxed loads to learn that it is not theirs.
 *  - _local: a shared dict maps a thread's serial number to that thread's
 *    attribute dict.  Each thread reads the shared dict without a lock (dict
 *    rules) and writes it only to add or drop its own entry, so threads that
 *    only use their own attributes write nothing shared after the first use.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <math.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "modules.h"
#include "../vm/vm.h"

/* From the signal module (absent in a partial build). */
int signals_check(void);
void signals_trip(int signum);
#pragma weak signals_check
#pragma weak signals_trip

#define TIMEOUT_MAX_SECS 9223372036.0

extern Type lock_type, rlock_type, local_type;

/* ------------------------------------------------------- thread serials
 * pthread_self() values are reused as soon as a thread ends; thread-local
 * data is keyed by a serial number that never repeats. */
static _Atomic int64_t next_serial = 1;
static _Thread_local int64_t my_serial;

static int64_t thread_serial(void) {
    if (!my_serial)
        my_serial = atomic_fetch_add_explicit(&next_serial, 1, memory_order_relaxed);
    return my_serial;
}

/* serial -> list of the _local objects that thread has a dict in; and
 * serial -> its sentinel lock.  Both GC roots. */
static Dict *locals_by_thread;
static Dict *sentinels;
static _Atomic int64_t running_threads;  /* _count() */
static size_t new_stack_size;             /* stack_size(); 0 = default */

static bool on_main_thread(void) {
    return ts_current && ts_current == runtime_main_thread;
}

/* ------------------------------------------------------------------ futex */
static long futex_wait(_Atomic uint32_t *w, uint32_t val, const struct timespec *rel) {
    return syscall(SYS_futex, (uint32_t *)w, FUTEX_WAIT_PRIVATE, val, rel, NULL, 0);
}
static void futex_wake(_Atomic uint32_t *w) {
    syscall(SYS_futex, (uint32_t *)w, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

static double now_mono(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static bool word_try(_Atomic uint32_t *w) {
    uint32_t e = 0;
    /* acquire: the critical section sees the previous holder's stores */
    return atomic_compare_exchange_strong_explicit(w, &e, 1, memory_order_acquire,
                                                   memory_order_relaxed);
}

/* Acquire the futex word, waiting up to `timeout` seconds (< 0: forever).
 * 1 acquired, 0 timed out, -1 with an exception (a signal handler raised). */
static int word_acquire(_Atomic uint32_t *w, double timeout) {
    if (word_try(w))
        return 1;
    if (timeout == 0)
        return 0;
    for (int i = 0; i < 64; i++) {
        if (atomic_load_explicit(w, memory_order_relaxed) == 0 && word_try(w))
            return 1;
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#endif
    }
    double deadline = timeout > 0 ? now_mono() + timeout : 0;
    thread_detach();
    for (;;) {
        /* acquire, as above; 2 makes the holder's release wake a sleeper */
        if (atomic_exchange_explicit(w, 2, memory_order_acquire) == 0)
            break;
        struct timespec rel, *relp = NULL;
        if (timeout > 0) {
            double left = deadline - now_mono();
            if (left <= 0) {
                thread_attach();
                return 0;
            }
            rel.tv_sec = (time_t)left;
            rel.tv_nsec = (long)((left - (double)rel.tv_sec) * 1e9);
            relp = &rel;
        }
        if (futex_wait(w, 2, relp) < 0 && errno == EINTR && on_main_thread() && signals_check) {
            thread_attach();
            if (signals_check() < 0)
                return -1;
            thread_detach();
        }
    }
    thread_attach();
    return 1;
}

/* 0, or -1 if the word was not held. */
static int word_release(_Atomic uint32_t *w) {
    /* release: publishes the critical section */
    uint32_t old = atomic_exchange_explicit(w, 0, memory_order_release);
    if (old == 2)
        futex_wake(w);
    return old == 0 ? -1 : 0;
}

/* acquire(blocking=True, timeout=-1) argument parsing shared by both lock
 * types: the timeout in seconds (< 0 forever, 0 don't wait), or NAN on error. */
static double parse_acquire_args(Value *args, size_t nargs, Tuple *kwnames) {
    static const char *const names[] = {"blocking", "timeout"};
    Value a[2];
    if (args_bind("acquire", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NAN;
    int blocking = 1;
    if (a[0]) {
        blocking = obj_truthy(a[0]);
        if (blocking < 0)
            return NAN;
    }
    double timeout = -1;
    if (a[1] && num_to_double(a[1], &timeout) < 0)
        return NAN;
    if (isnan(timeout)) {
        err_str(&ValueError_type, "Invalid value NaN (not a number)");
        return NAN;
    }
    if (!blocking && timeout != -1) {
        err_str(&ValueError_type, "can't specify a timeout for a non-blocking call");
        return NAN;
    }
    if (timeout < 0 && timeout != -1) {
        err_str(&ValueError_type, "timeout value must be positive");
        return NAN;
    }
    if (timeout > TIMEOUT_MAX_SECS) {
        err_str(&OverflowError_type, "timestamp out of range for platform time_t");
        return NAN;
    }
    if (!blocking)
        return 0;
    return timeout == -1 ? -1 : timeout;
}

/* ------------------------------------------------------------------- lock */
typedef struct LockObj {
    Obj hdr;
    _Atomic uint32_t word;
} LockObj;

static LockObj *lock_new_obj(void) {
    return gc_alloc(&lock_type, sizeof(LockObj));
}

static Value lock_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    if (nargs || (kwnames && kwnames->len))
        return err_str(&TypeError_type, "lock() takes no arguments");
    LockObj *l = lock_new_obj();
    return l ? OBJ_VAL(l) : VNULL;
}

static Value lock_acquire(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    double timeout = parse_acquire_args(args, nargs, kwnames);
    if (isnan(timeout))
        return VNULL;
    int r = word_acquire(&AS(LockObj, self)->word, timeout);
    return r < 0 ? VNULL : BOOL_V(r);
}

static Value lock_release(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (word_release(&AS(LockObj, self)->word) < 0)
        return err_str(&RuntimeError_type, "release unlocked lock");
    return NONE;
}

static Value lock_exit(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return lock_release(self, NULL, 0, NULL);
}

static Value lock_locked(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return BOOL_V(atomic_load_explicit(&AS(LockObj, self)->word, memory_order_relaxed) != 0);
}

static Value lock_at_fork_reinit(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    atomic_store_explicit(&AS(LockObj, self)->word, 0, memory_order_relaxed);
    return NONE;
}

static Str *lock_repr(Value self) {
    bool held = atomic_load_explicit(&AS(LockObj, self)->word, memory_order_relaxed) != 0;
    return str_format("<%s %s object at %p>", held ? "locked" : "unlocked",
                      val_type(self)->name, (void *)AS_OBJ(self));
}

static const MethodDef lock_methods[] = {
    {"acquire", lock_acquire, 0, NULL},
    {"acquire_lock", lock_acquire, 0, NULL},
    {"__enter__", lock_acquire, 0, NULL},
    {"release", lock_release, METH_NOKW, NULL},
    {"release_lock", lock_release, METH_NOKW, NULL},
    {"__exit__", lock_exit, 0, NULL},
    {"locked", lock_locked, METH_NOKW, NULL},
    {"locked_lock", lock_locked, METH_NOKW, NULL},
    {"_at_fork_reinit", lock_at_fork_reinit, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};

Type lock_type = {
    .hdr = {&type_type},
    .name = "_thread.lock",
    .basicsize = sizeof(LockObj),
    .new_ = lock_new,
    .repr = lock_repr,
    .methods = lock_methods,
};

/* ------------------------------------------------------------------ RLock */
typedef struct RLockObj {
    Obj hdr;
    _Atomic uint32_t word;
    _Atomic uint64_t owner;   /* get_ident() of the holder, 0 when free */
    uint64_t count;           /* written only by the holder */
} RLockObj;

static uint64_t my_ident(void) {
    return ts_current ? ts_current->ident : (uint64_t)pthread_self();
}

static Value rlock_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    RLockObj *r = gc_alloc_instance(t, sizeof(RLockObj));
    return r ? OBJ_VAL(r) : VNULL;
}

static bool rlock_owned(RLockObj *r) {
    return atomic_load_explicit(&r->owner, memory_order_relaxed) == my_ident() && r->count;
}

static Value rlock_acquire(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    RLockObj *r = AS(RLockObj, self);
    double timeout = parse_acquire_args(args, nargs, kwnames);
    if (isnan(timeout))
        return VNULL;
    if (rlock_owned(r)) {
        if (r->count == UINT64_MAX)
            return err_str(&OverflowError_type, "Internal lock count overflowed");
        r->count++;
        return TRUE_V;
    }
    int got = word_acquire(&r->word, timeout);
    if (got <= 0)
        return got < 0 ? VNULL : FALSE_V;
    atomic_store_explicit(&r->owner, my_ident(), memory_order_relaxed);
    r->count = 1;
    return TRUE_V;
}

static Value rlock_release(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    RLockObj *r = AS(RLockObj, self);
    if (!rlock_owned(r))
        return err_str(&RuntimeError_type, "cannot release un-acquired lock");
    if (--r->count == 0) {
        atomic_store_explicit(&r->owner, 0, memory_order_relaxed);
        word_release(&r->word);
    }
    return NONE;
}

static Value rlock_exit(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return rlock_release(self, NULL, 0, NULL);
}

static Value rlock_is_owned(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return BOOL_V(rlock_owned(AS(RLockObj, self)));
}

static Value rlock_recursion_count(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    RLockObj *r = AS(RLockObj, self);
    return MK_INT(rlock_owned(r) ? (int64_t)r->count : 0);
}

/* Condition.wait: release completely, returning (count, owner). */
static Value rlock_release_save(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    RLockObj *r = AS(RLockObj, self);
    if (r->count == 0)
        return err_str(&RuntimeError_type, "cannot release un-acquired lock");
    Value owner = int_from_u64(atomic_load_explicit(&r->owner, memory_order_relaxed));
    Value count = int_from_u64(r->count);
    if (!owner || !count)
        return VNULL;
    Tuple *state = tuple_pack(2, count, owner);
    if (!state)
        return VNULL;
    r->count = 0;
    atomic_store_explicit(&r->owner, 0, memory_order_relaxed);
    word_release(&r->word);
    return OBJ_VAL(state);
}

static Value rlock_acquire_restore(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    RLockObj *r = AS(RLockObj, self);
    if (args_count("_acquire_restore", nargs, 1, 1) < 0)
        return VNULL;
    Value st = args[0];
    if (!IS_EXACT(st, tuple_type) || AS(Tuple, st)->len != 2)
        return err_str(&TypeError_type, "_acquire_restore() argument 1 must be tuple");
    int64_t count, owner;
    if (int_as_i64(AS(Tuple, st)->items[0], &count) < 0 ||
        int_as_i64(AS(Tuple, st)->items[1], &owner) < 0)
        return VNULL;
    if (word_acquire(&r->word, -1) < 0)
        return VNULL;
    atomic_store_explicit(&r->owner, (uint64_t)owner, memory_order_relaxed);
    r->count = (uint64_t)count;
    return NONE;
}

static Value rlock_at_fork_reinit(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    RLockObj *r = AS(RLockObj, self);
    atomic_store_explicit(&r->word, 0, memory_order_relaxed);
    atomic_store_explicit(&r->owner, 0, memory_order_relaxed);
    r->count = 0;
    return NONE;
}

static Str *rlock_repr(Value self) {
    RLockObj *r = AS(RLockObj, self);
    uint64_t owner = atomic_load_explicit(&r->owner, memory_order_relaxed);
    bool held = atomic_load_explicit(&r->word, memory_order_relaxed) != 0;
    return str_format("<%s %s object owner=%llu count=%llu at %p>", held ? "locked" : "unlocked",
                      val_type(self)->name, (unsigned long long)owner,
                      (unsigned long long)(owner ? r->count : 0), (void *)r);
}

static const MethodDef rlock_methods[] = {
    {"acquire", rlock_acquire, 0, NULL},
    {"__enter__", rlock_acquire, 0, NULL},
    {"release", rlock_release, METH_NOKW, NULL},
    {"__exit__", rlock_exit, 0, NULL},
    {"_is_owned", rlock_is_owned, METH_NOKW, NULL},
    {"_recursion_count", rlock_recursion_count, METH_NOKW, NULL},
    {"_release_save", rlock_release_save, METH_NOKW, NULL},
    {"_acquire_restore", rlock_acquire_restore, METH_NOKW, NULL},
    {"_at_fork_reinit", rlock_at_fork_reinit, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};

Type rlock_type = {
    .hdr = {&type_type},
    .name = "_thread.RLock",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(RLockObj),
    .new_ = rlock_new,
    .repr = rlock_repr,
    .methods = rlock_methods,
};

/* ----------------------------------------------------------------- _local */
typedef struct LocalObj {
    Obj hdr;
    Dict *dicts;      /* serial -> that thread's attribute dict */
    Tuple *args;      /* constructor arguments, replayed into __init__ */
    Dict *kwargs;     /* per new thread (subclasses with __init__) */
} LocalObj;

static void local_trace(Obj *o, Tracer *t) {
    LocalObj *l = (LocalObj *)o;
    GC_MARK(t, l->dicts);
    GC_MARK(t, l->args);
    GC_MARK(t, l->kwargs);
}

/* Remember that this thread has a dict in `l`, so its exit can drop it. */
static int note_local_use(LocalObj *l) {
    Value key = MK_INT(thread_serial());
    Value lst = dict_get(locals_by_thread, key);
    if (!lst) {
        List *nl = list_new(0);
        if (!nl || dict_set(locals_by_thread, key, OBJ_VAL(nl)) < 0)
            return -1;
        lst = OBJ_VAL(nl);
    }
    return list_append(AS(List, lst), OBJ_VAL(l));
}

static bool has_custom_init(Type *t) {
    Value init = type_lookup(t, ID(__init__));
    Value base = type_lookup(&object_type, ID(__init__));
    return init && init != base;
}

/* type(self).__init__(self, *args, **kwargs) with the constructor's
 * arguments, for a thread's first use of a subclass instance. */
static int replay_init(Value self, LocalObj *l) {
    Value init = method_new(type_lookup(val_type(self), ID(__init__)), self);
    if (!init)
        return -1;
    return vm_call_ex(init, OBJ_VAL(l->args), l->kwargs ? OBJ_VAL(l->kwargs) : VNULL) ? 0 : -1;
}

/* The calling thread's dict in `self`, created (and __init__ replayed) on
 * its first use; NULL with an exception on error. */
static Dict *local_dict(Value self) {
    LocalObj *l = AS(LocalObj, self);
    Value key = MK_INT(thread_serial());
    Value d = dict_get(l->dicts, key);
    if (d)
        return AS(Dict, d);
    Dict *nd = dict_new();
    if (!nd || dict_set(l->dicts, key, OBJ_VAL(nd)) < 0 || note_local_use(l) < 0)
        return NULL;
    Type *t = val_type(self);
    if ((t->flags & TF_HEAPTYPE) && has_custom_init(t) && replay_init(self, l) < 0)
        return NULL;
    return nd;
}

static Value local_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    bool any = nargs || (kwnames && kwnames->len);
    if (any && !((t->flags & TF_HEAPTYPE) && has_custom_init(t)))
        return err_str(&TypeError_type, "Initialization arguments are not supported");
    LocalObj *l = gc_alloc_instance(t, sizeof(LocalObj));
    if (!l)
        return VNULL;
    Dict *dicts = dict_new();
    Tuple *a = tuple_from_array(args, (int64_t)nargs);
    if (!dicts || !a)
        return VNULL;
    SET_FIELD(l, l->dicts, dicts);
    SET_FIELD(l, l->args, a);
    if (kwnames && kwnames->len) {
        Dict *kw = dict_new();
        if (!kw)
            return VNULL;
        for (int64_t i = 0; i < kwnames->len; i++)
            if (dict_set(kw, kwnames->items[i], args[nargs + i]) < 0)
                return VNULL;
        SET_FIELD(l, l->kwargs, kw);
    }
    /* The creating thread's dict exists before type.__call__ runs
     * __init__, so __init__ is not replayed for it. */
    Dict *mine = dict_new();
    if (!mine || dict_set(dicts, MK_INT(thread_serial()), OBJ_VAL(mine)) < 0 ||
        note_local_use(l) < 0)
        return VNULL;
    return OBJ_VAL(l);
}

static Value local_getattr(Value self, Str *name) {
    Dict *d = local_dict(self);
    if (!d)
        return VNULL;
    if (str_eq_cstr(name, "__dict__"))
        return OBJ_VAL(d);
    return obj_generic_getattr_dict(self, name, d);
}

static int local_setattr(Value self, Str *name, Value v) {
    if (str_eq_cstr(name, "__dict__")) {
        err_format(&AttributeError_type, "'%s' object attribute '__dict__' is read-only",
                   val_type(self)->name);
        return -1;
    }
    Dict *d = local_dict(self);
    if (!d)
        return -1;
    return obj_generic_setattr_dict(self, name, v, d);
}

Type local_type = {
    .hdr = {&type_type},
    .name = "_thread._local",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(LocalObj),
    .trace = local_trace,
    .new_ = local_new,
    .getattr = local_getattr,
    .setattr = local_setattr,
};

/* A finished thread's dicts in every _local it used are dropped. */
static void forget_thread_locals(int64_t serial) {
    Value key = MK_INT(serial);
    Value lst = dict_get(locals_by_thread, key);
    if (!lst)
        return;
    for (int64_t i = 0; i < list_len(AS(List, lst)); i++) {
        Value l = list_get(AS(List, lst), i);
        if (l && dict_del(AS(LocalObj, l)->dicts, key) < 0)
            err_clear();
    }
    if (dict_del(locals_by_thread, key) < 0)
        err_clear();
}

/* ------------------------------------------------------- starting threads */
typedef struct Boot {
    Value call;          /* (func, args, kwargs) tuple; rooted by the parent's stack */
    size_t stack_size;
    sem_t started;
} Boot;

static void report_uncaught(Value func) {
    Value exc = err_fetch();
    if (!exc || obj_is_instance_of(exc, &SystemExit_type))
        return;
    Str *r = obj_repr(func);
    if (!r) {
        err_clear();
        r = str_from_cstr("<function>");
    }
    io_flush_std();
    sys_write_stderr("Exception ignored in thread started by: ");
    if (r)
        sys_write_stderr(STR_CSTR(r));
    sys_write_stderr("\n");
    exc_print(exc);
}

static void run_boot_call(Value call) {
    Tuple *t = AS(Tuple, call);
    Value kw = t->items[2];
    if (!vm_call_ex(t->items[0], t->items[1], kw == NONE ? VNULL : kw))
        report_uncaught(t->items[0]);
}

static void release_sentinel(int64_t serial) {
    Value key = MK_INT(serial);
    Value lk = dict_get(sentinels, key);
    if (lk) {
        word_release(&AS(LockObj, lk)->word);
        if (dict_del(sentinels, key) < 0)
            err_clear();
    }
}

static void *thread_main(void *arg) {
    Boot *boot = arg;
    int base;
    ThreadState *ts = thread_register(&base);
    if (!ts) {
        atomic_fetch_sub_explicit(&running_threads, 1, memory_order_relaxed);
        boot->call = VNULL;
        sem_post(&boot->started);
        return NULL;
    }
    Value call = boot->call;
    ts->thread_obj = call;      /* rooted now: the parent may go on */
    sem_post(&boot->started);   /* boot is the parent's; don't touch it after this */

    run_boot_call(call);
    err_clear();
    ts->handled_exc = VNULL;
    int64_t serial = thread_serial();
    forget_thread_locals(serial);
    atomic_fetch_sub_explicit(&running_threads, 1, memory_order_relaxed);
    release_sentinel(serial);
    err_clear();
    vm_thread_exit(ts);
    thread_unregister(ts);
    return NULL;
}

static Value t_start_new_thread(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_no_kw("start_new_thread", kwnames) < 0 ||
        args_count("start_new_thread", nargs, 2, 3) < 0)
        return VNULL;
    if (!obj_callable(args[0]))
        return err_str(&TypeError_type, "first arg must be callable");
    if (!obj_is_instance_of(args[1], &tuple_type))
        return err_str(&TypeError_type, "2nd arg must be a tuple");
    Value kw = nargs > 2 ? args[2] : NONE;
    if (kw != NONE && !obj_is_instance_of(kw, &dict_type))
        return err_str(&TypeError_type, "optional 3rd arg must be a dictionary");
    Tuple *call = tuple_pack(3, args[0], args[1], kw);
    if (!call)
        return VNULL;
    Boot boot;
    boot.call = OBJ_VAL(call);
    if (sem_init(&boot.started, 0, 0) != 0)
        return err_str(&RuntimeError_type, "can't start new thread");
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (new_stack_size)
        pthread_attr_setstacksize(&attr, new_stack_size);
    atomic_fetch_add_explicit(&running_threads, 1, memory_order_relaxed);
    pthread_t tid;
    int rc = pthread_create(&tid, &attr, thread_main, &boot);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        atomic_fetch_sub_explicit(&running_threads, 1, memory_order_relaxed);
        sem_destroy(&boot.started);
        return err_str(&RuntimeError_type, "can't start new thread");
    }
    /* Detached while the child starts: `call` stays on this stack, which
     * a collection scans. */
    thread_detach();
    while (sem_wait(&boot.started) != 0 && errno == EINTR)
        ;
    thread_attach();
    sem_destroy(&boot.started);
    __asm__ volatile("" ::"r"(call) : "memory");   /* keep `call` live until here */
    if (!boot.call)
        return err_str(&RuntimeError_type, "can't start new thread");
    return int_from_u64((uint64_t)tid);
}

/* ----------------------------------------------------- module functions */
static Value t_allocate_lock(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    LockObj *l = lock_new_obj();
    return l ? OBJ_VAL(l) : VNULL;
}

static Value t_get_ident(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return int_from_u64(my_ident());
}

static Value t_get_native_id(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return int_from_u64(ts_current ? ts_current->native_id : (uint64_t)syscall(SYS_gettid));
}

static Value t_count(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return MK_INT(atomic_load_explicit(&running_threads, memory_order_relaxed));
}

static Value t_exit(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    err_set_value(OBJ_VAL(&SystemExit_type));
    return VNULL;
}

static Value t_stack_size(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_count("stack_size", nargs, 0, 1) < 0)
        return VNULL;
    int64_t old = (int64_t)new_stack_size;
    if (nargs) {
        int64_t n;
        if (num_as_ssize(args[0], &OverflowError_type, &n) < 0)
            return VNULL;
        if (n != 0 && n < 32768)
            return err_format(&ValueError_type, "size not valid: %lld bytes", (long long)n);
        if (n < 0)
            return err_format(&ValueError_type, "size must be 0 or a positive value");
        new_stack_size = (size_t)n;
    }
    return MK_INT(old);
}

static Value t_interrupt_main(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    static const char *const names[] = {"signum"};
    Value a[1];
    if (args_bind("interrupt_main", args, nargs, kwnames, names, 0, 1, a) < 0)
        return VNULL;
    int64_t signum = SIGINT;
    if (a[0] && num_as_ssize(a[0], &OverflowError_type, &signum) < 0)
        return VNULL;
    if (signum < 1 || signum >= NSIG)
        return err_str(&ValueError_type, "signal number out of range");
    if (signals_trip)
        signals_trip((int)signum);
    return NONE;
}

static Value t_daemon_threads_allowed(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return TRUE_V;
}

/* A lock, returned unlocked as in CPython, that the calling thread then
 * acquires; _thread releases it when the thread's state is destroyed
 * (Thread.join waits on it). */
static Value t_set_sentinel(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    LockObj *l = lock_new_obj();
    if (!l)
        return VNULL;
    Value key = MK_INT(thread_serial());
    Value old = dict_get(sentinels, key);
    if (old)    /* a second call: the earlier lock will never be released by us */
        word_release(&AS(LockObj, old)->word);
    if (dict_set(sentinels, key, OBJ_VAL(l)) < 0)
        return VNULL;
    return OBJ_VAL(l);
}

static const MethodDef thread_functions[] = {
    {"start_new_thread", t_start_new_thread, 0, NULL},
    {"start_new", t_start_new_thread, 0, NULL},
    {"allocate_lock", t_allocate_lock, METH_NOKW, NULL},
    {"allocate", t_allocate_lock, METH_NOKW, NULL},
    {"get_ident", t_get_ident, METH_NOKW, NULL},
    {"get_native_id", t_get_native_id, METH_NOKW, NULL},
    {"_count", t_count, METH_NOKW, NULL},
    {"exit", t_exit, METH_NOKW, NULL},
    {"exit_thread", t_exit, METH_NOKW, NULL},
    {"stack_size", t_stack_size, METH_NOKW, NULL},
    {"interrupt_main", t_interrupt_main, 0, NULL},
    {"daemon_threads_allowed", t_daemon_threads_allowed, METH_NOKW, NULL},
    {"_set_sentinel", t_set_sentinel, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};

Module *threadmodule_init(void) {
    type_ready(&lock_type);
    type_ready(&rlock_type);
    type_ready(&local_type);
    if (!locals_by_thread) {
        gc_register_root(&locals_by_thread);
        gc_register_root(&sentinels);
        locals_by_thread = dict_new();
        sentinels = dict_new();
        if (!locals_by_thread || !sentinels)
            return NULL;
    }
    Module *m = module_new(str_intern_cstr("_thread"));
    if (!m || module_add_functions(m, thread_functions) < 0)
        return NULL;
    Value tmax = float_new(TIMEOUT_MAX_SECS);
    if (!tmax || module_add_value(m, "TIMEOUT_MAX", tmax) < 0 ||
        module_add_value(m, "LockType", OBJ_VAL(&lock_type)) < 0 ||
        module_add_value(m, "RLock", OBJ_VAL(&rlock_type)) < 0 ||
        module_add_value(m, "_local", OBJ_VAL(&local_type)) < 0 ||
        module_add_value(m, "error", OBJ_VAL(&RuntimeError_type)) < 0)
        return NULL;
    return m;
}
