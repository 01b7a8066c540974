/* thread.h - per-thread interpreter state, thread states for stopping the
 * world, and the small lock every mutable container embeds.
 *
 * Each OS thread that runs Python has one ThreadState, reached through the
 * thread-local `ts_current`.  Its state word is the safepoint protocol:
 *   ATTACHED  - running; may touch the heap; polls SAFEPOINT().
 *   DETACHED  - blocked in I/O, a sleep or a lock wait; touches no heap object
 *               until it re-attaches; its registers and stack extent were
 *               saved at detach time so the collector can scan its stack.
 *   PARKED    - stopped at a safepoint for a collection (registers saved).
 *   SUSPENDED - was detached when a collection began; re-attaching waits
 *               until the collection ends.
 * The collector (one thread at a time, holding the GC lock) raises
 * gc_stop_requested, moves every DETACHED thread to SUSPENDED by CAS, and
 * waits until every ATTACHED thread has PARKED.
 */
#ifndef WEFT_THREAD_H
#define WEFT_THREAD_H

#include <setjmp.h>
#include <stdatomic.h>

#include "../value.h"

enum { TS_ATTACHED = 1, TS_DETACHED, TS_PARKED, TS_SUSPENDED };

typedef struct AllocContext AllocContext; /* defined by src/gc */
struct Frame;

typedef struct ThreadState {
    Value exc;                 /* pending exception instance, VNULL if none */
    Value handled_exc;         /* exception being handled (sys.exc_info), VNULL if none */
    struct Frame *frame;       /* innermost interpreter frame, NULL if none */
    void *vm;                  /* the VM's per-thread stack area (src/vm) */
    int depth;                 /* nesting of Python calls, for RecursionError */
    int c_depth;               /* nesting of C-level recursion (repr, compare...) */

    AllocContext *alloc;       /* thread-local allocation context */

    _Atomic int state;         /* TS_* above */
    jmp_buf regs;              /* callee-saved registers spilled at park/detach */
    void *stack_lo;            /* lowest live C stack address, saved at park/detach */
    void *stack_hi;            /* base (highest address) of this thread's C stack */

    uint64_t ident;            /* threading.get_ident() */
    uint64_t native_id;
    Value thread_obj;          /* the Python-level Thread object, if any */
    struct ThreadState *next;  /* registry links, guarded by the registry lock */
    struct ThreadState *prev;
} ThreadState;

extern _Thread_local ThreadState *ts_current;

/* Register the calling OS thread (sets ts_current, state ATTACHED).
 * `stack_base` is an address near the base of its C stack. */
ThreadState *thread_register(void *stack_base);
void thread_unregister(ThreadState *ts);
/* Iterate the registry (collector only, with the world stopped). */
ThreadState *thread_first(void);

/* In the child process after fork(): forget every other thread (they do
 * not exist there) and reset the collector's and registry's locks.  Call it
 * first thing in the child. */
void thread_after_fork(void);

/* Around any blocking call: thread_detach() saves registers and the stack
 * extent, then publishes DETACHED; thread_attach() waits out a collection
 * in progress and returns to ATTACHED.  Between them: no heap access. */
void thread_detach(void);
void thread_attach(void);

/* Recursion guard for C code that recurses on user data (repr of nested
 * lists, comparisons).  Returns -1 with RecursionError set. */
int thread_enter_recursive(const char *where);
void thread_leave_recursive(void);
/* -1 with RecursionError set when the C stack is within ~256 KiB of its
 * limit (for deep C recursion that is not counted by the guards above, e.g.
 * the VM's calls into C).  thread_enter_recursive() checks it too. */
int thread_check_stack(const char *where);
/* sys.getrecursionlimit(); any thread may set it while others read it:
 * access it with RECURSION_LIMIT() / SET_RECURSION_LIMIT() (relaxed: it is
 * a plain setting, nothing is published with it). */
extern int thread_recursion_limit;
#define RECURSION_LIMIT() __atomic_load_n(&thread_recursion_limit, __ATOMIC_RELAXED)
#define SET_RECURSION_LIMIT(n) __atomic_store_n(&thread_recursion_limit, (n), __ATOMIC_RELAXED)

/* ---- WLock: a 32-bit lock embedded in mutable containers ----
 * Uncontended acquire/release is one CAS / one store.  A contended waiter
 * spins briefly, then detaches and sleeps on a futex, so a waiting thread
 * never holds up a collection.  Never call Python code (or anything that can
 * run Python code: __eq__, __hash__, __del__) while holding one. */
typedef struct { _Atomic uint32_t word; } WLock;
void wlock_acquire_slow(WLock *l);
void wlock_release_slow(WLock *l);
static inline void wlock_acquire(WLock *l) {
    uint32_t expect = 0;
    /* acquire: the critical section's loads see the previous holder's stores */
    if (!atomic_compare_exchange_strong_explicit(&l->word, &expect, 1,
                                                 memory_order_acquire,
                                                 memory_order_relaxed))
        wlock_acquire_slow(l);
}
static inline void wlock_release(WLock *l) {
    /* release: publishes the critical section's stores; 2 means waiters */
    if (atomic_exchange_explicit(&l->word, 0, memory_order_release) == 2)
        wlock_release_slow(l);
}

#endif
