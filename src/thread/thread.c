/* thread.c - the thread registry, thread states and the safepoint protocol,
 * the recursion guards, and the WLock slow paths.
 *
 * Stopping the world (the collector's side is in src/gc/collect.c):
 *  - A thread's state word moves ATTACHED <-> DETACHED (only the thread
 *    itself), ATTACHED -> PARKED -> ATTACHED (only the thread itself, under
 *    park_mu) and DETACHED -> SUSPENDED -> DETACHED (only the collector; the
 *    way back under park_mu).
 *  - The collector raises gc_stop_requested (seq_cst), takes registry_mu for
 *    the whole collection, and, under park_mu, CASes DETACHED threads to
 *    SUSPENDED and waits on parked_cv until no thread is ATTACHED.
 *  - Parking saves the callee-saved registers and the stack pointer (so the
 *    collector can scan the stack), then waits on resume_cv under park_mu
 *    while gc_stop_requested is set.
 *  - Detaching saves the same, then stores DETACHED (seq_cst) and, if a
 *    collection is requested, wakes the collector.  Attaching CASes
 *    DETACHED -> ATTACHED (seq_cst); if the thread was SUSPENDED it waits on
 *    resume_cv until the collector gives it back; after attaching it polls
 *    the safepoint (the collector may have raised the flag in between).
 *  The seq_cst pair "state store / flag load" (mutator) against "flag store /
 *  state load" (collector) is a Dekker handshake: at least one side sees the
 *  other's write.
 *
 * Registers are captured with a small assembly stub on x86-64 (exact: the
 * caller's rbx, rbp, r12-r15 as they were at the call); elsewhere with
 * __builtin_unwind_init + setjmp (best effort).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "thread.h"
#include "../error.h"
#include "../gc/gc_internal.h"

#pragma weak err_format
#pragma weak RecursionError_type

_Thread_local ThreadState *ts_current;
int thread_recursion_limit = 1000;

pthread_mutex_t registry_mu = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t park_mu = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t parked_cv = PTHREAD_COND_INITIALIZER;
pthread_cond_t resume_cv = PTHREAD_COND_INITIALIZER;
static ThreadState *registry;        /* guarded by registry_mu */

static _Thread_local int detach_depth;
static _Thread_local char *stack_limit; /* RecursionError below this address */
#define STACK_RESERVE ((size_t)256 << 10)
#define CACHE_LINE 128      /* two 64-byte lines: adjacent-line prefetch pairs them */

/* ------------------------------------------------------ register capture */
#define NSAVED 6
typedef void (*SavedFn)(uintptr_t *saved, void *arg);
/* Push the callee-saved registers, call fn(sp, arg) where sp points at them
 * (the caller's stack lies at and above sp), pop them, return. */
void weft_with_saved_regs(SavedFn fn, void *arg);
void thread_detach_saved(uintptr_t *saved);

#if defined(__x86_64__)
__asm__(".text\n"
        ".globl weft_with_saved_regs\n"
        ".hidden weft_with_saved_regs\n"
        ".type weft_with_saved_regs,@function\n"
        "weft_with_saved_regs:\n"
        "  .cfi_startproc\n"
        "  pushq %rbp\n  .cfi_adjust_cfa_offset 8\n"
        "  pushq %rbx\n  .cfi_adjust_cfa_offset 8\n"
        "  pushq %r12\n  .cfi_adjust_cfa_offset 8\n"
        "  pushq %r13\n  .cfi_adjust_cfa_offset 8\n"
        "  pushq %r14\n  .cfi_adjust_cfa_offset 8\n"
        "  pushq %r15\n  .cfi_adjust_cfa_offset 8\n"
        "  movq %rdi, %rax\n"
        "  movq %rsp, %rdi\n"
        "  subq $8, %rsp\n  .cfi_adjust_cfa_offset 8\n"
        "  call *%rax\n"
        "  addq $8, %rsp\n  .cfi_adjust_cfa_offset -8\n"
        "  popq %r15\n  .cfi_adjust_cfa_offset -8\n"
        "  popq %r14\n  .cfi_adjust_cfa_offset -8\n"
        "  popq %r13\n  .cfi_adjust_cfa_offset -8\n"
        "  popq %r12\n  .cfi_adjust_cfa_offset -8\n"
        "  popq %rbx\n  .cfi_adjust_cfa_offset -8\n"
        "  popq %rbp\n  .cfi_adjust_cfa_offset -8\n"
        "  ret\n"
        "  .cfi_endproc\n"
        ".size weft_with_saved_regs, .-weft_with_saved_regs\n"
        /* thread_detach itself is a stub so that the registers it saves
         * are exactly the caller's. */
        ".globl thread_detach\n"
        ".type thread_detach,@function\n"
        "thread_detach:\n"
        "  .cfi_startproc\n"
        "  pushq %rbp\n  .cfi_adjust_cfa_offset 8\n"
        "  pushq %rbx\n  .cfi_adjust_cfa_offset 8\n"
        "  pushq %r12\n  .cfi_adjust_cfa_offset 8\n"
        "  pushq %r13\n  .cfi_adjust_cfa_offset 8\n"
        "  pushq %r14\n  .cfi_adjust_cfa_offset 8\n"
        "  pushq %r15\n  .cfi_adjust_cfa_offset 8\n"
        "  movq %rsp, %rdi\n"
        "  subq $8, %rsp\n  .cfi_adjust_cfa_offset 8\n"
        "  call thread_detach_saved\n"
        "  addq $56, %rsp\n  .cfi_adjust_cfa_offset -56\n"
        "  ret\n"
        "  .cfi_endproc\n"
        ".size thread_detach, .-thread_detach\n");
#else
void weft_with_saved_regs(SavedFn fn, void *arg) {
    jmp_buf jb;
    __builtin_unwind_init();
    setjmp(jb);
    /* The buffer is in this frame, below the caller: pass its address so
     * the scan covers it and everything above. */
    fn((uintptr_t *)&jb, arg);
}
void thread_detach(void) {
    jmp_buf jb;
    __builtin_unwind_init();
    setjmp(jb);
    thread_detach_saved((uintptr_t *)&jb);
}
#endif

void *thread_current_sp(void) {
    return __builtin_frame_address(0);
}

/* -------------------------------------------------------------- registry */
ThreadState *thread_first(void) { return registry; }

static void stack_bounds(void *stack_base, ThreadState *ts) {
    char *hi = stack_base, *lo = NULL;
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        void *addr;
        size_t size;
        if (pthread_attr_getstack(&attr, &addr, &size) == 0) {
            lo = addr;
            if ((char *)addr + size > hi)
                hi = (char *)addr + size;
        }
        pthread_attr_destroy(&attr);
    }
    if (!lo || (size_t)(hi - lo) < 2 * STACK_RESERVE) {
        struct rlimit rl;
        size_t size = 8u << 20;
        if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
            size = rl.rlim_cur;
        lo = (char *)stack_base - size + 64 * 1024;
    }
    ts->stack_hi = hi;
    stack_limit = lo + STACK_RESERVE;
}

ThreadState *thread_register(void *stack_base) {
    /* Each thread writes its own state on every call (frame, depth): own
     * cache lines, so two threads never share one (no false sharing). */
    ThreadState *ts = aligned_alloc(CACHE_LINE, (sizeof *ts + CACHE_LINE - 1) & ~(size_t)(CACHE_LINE - 1));
    if (!ts)
        return NULL;
    memset(ts, 0, sizeof *ts);
    ts->alloc = gc_context_new();
    if (!ts->alloc) {
        free(ts);
        return NULL;
    }
    stack_bounds(stack_base, ts);
    ts->stack_lo = ts->stack_hi;     /* nothing to scan until it attaches */
    ts->ident = (uint64_t)pthread_self();
    ts->native_id = (uint64_t)syscall(SYS_gettid);
    atomic_init(&ts->state, TS_DETACHED);
    pthread_mutex_lock(&registry_mu);
    ts->prev = NULL;
    ts->next = registry;
    if (registry)
        registry->prev = ts;
    registry = ts;
    pthread_mutex_unlock(&registry_mu);
    ts_current = ts;
    detach_depth = 1;
    thread_attach();
    return ts;
}

void thread_unregister(ThreadState *ts) {
    if (!ts)
        return;
    gc_context_flush(ts->alloc);
    ts->exc = ts->handled_exc = ts->thread_obj = VNULL;
    if (ts == ts_current) {
        detach_depth = 0;
        thread_detach();
    }
    /* Detached: a collection may suspend and scan us until we hold the
     * registry lock, which a collector holds for its whole duration. */
    pthread_mutex_lock(&registry_mu);
    if (ts->prev)
        ts->prev->next = ts->next;
    else
        registry = ts->next;
    if (ts->next)
        ts->next->prev = ts->prev;
    pthread_mutex_unlock(&registry_mu);
    if (ts == ts_current) {
        ts_current = NULL;
        detach_depth = 0;
    }
    free(ts->alloc);
    free(ts);
}

void thread_after_fork(void) {
    ThreadState *self = ts_current;
    /* Only this thread exists now; the locks may have been held by threads
     * that are gone, so they are re-initialised rather than unlocked. */
    pthread_mutex_init(&registry_mu, NULL);
    pthread_mutex_init(&park_mu, NULL);
    pthread_cond_init(&parked_cv, NULL);
    pthread_cond_init(&resume_cv, NULL);
    registry = self;
    if (self) {
        self->next = self->prev = NULL;
        atomic_store_explicit(&self->state, TS_ATTACHED, memory_order_relaxed);
    }
    gc_after_fork();
}

/* ------------------------------------------------------- detach / attach */
void thread_detach_saved(uintptr_t *saved) {
    ThreadState *ts = ts_current;
    if (!ts || detach_depth++ > 0)
        return;
    memcpy(&ts->regs, saved, NSAVED * sizeof(uintptr_t));
#if defined(__x86_64__)
    /* the caller's stack pointer after thread_detach returns */
    ts->stack_lo = (char *)saved + (NSAVED + 1) * sizeof(uintptr_t);
#else
    ts->stack_lo = saved;
#endif
    /* seq_cst: publishes regs/stack_lo (release) and is the mutator half of
     * the Dekker handshake with the collector's flag store. */
    atomic_store_explicit(&ts->state, TS_DETACHED, memory_order_seq_cst);
    if (atomic_load_explicit(&gc_stop_requested, memory_order_seq_cst)) {
        pthread_mutex_lock(&park_mu);
        pthread_cond_broadcast(&parked_cv);
        pthread_mutex_unlock(&park_mu);
    }
}

void thread_attach(void) {
    ThreadState *ts = ts_current;
    if (!ts || detach_depth == 0 || --detach_depth > 0)
        return;
    for (;;) {
        int s = TS_DETACHED;
        /* seq_cst: the mutator half of the Dekker handshake (see top);
         * acquire side: the collector's release of SUSPENDED->DETACHED. */
        if (atomic_compare_exchange_strong_explicit(&ts->state, &s, TS_ATTACHED,
                                                    memory_order_seq_cst,
                                                    memory_order_seq_cst))
            break;
        /* SUSPENDED: a collection is scanning us; wait until it ends. */
        pthread_mutex_lock(&park_mu);
        while (atomic_load_explicit(&ts->state, memory_order_acquire) == TS_SUSPENDED)
            pthread_cond_wait(&resume_cv, &park_mu);
        pthread_mutex_unlock(&park_mu);
    }
    if (atomic_load_explicit(&gc_stop_requested, memory_order_seq_cst))
        gc_safepoint_slow();
}

/* ------------------------------------------------------------- parking */
static void park(uintptr_t *saved, void *arg) {
    ThreadState *ts = arg;
    memcpy(&ts->regs, saved, NSAVED * sizeof(uintptr_t));
    ts->stack_lo = saved;
    pthread_mutex_lock(&park_mu);
    /* release: regs and stack_lo are visible to the collector's acquire */
    atomic_store_explicit(&ts->state, TS_PARKED, memory_order_release);
    pthread_cond_broadcast(&parked_cv);
    /* relaxed is enough under park_mu: the collector clears the flag while
     * holding it.  If a new collection raised it again before we woke, we
     * simply stay parked for that one too (our saved state is still valid). */
    while (atomic_load_explicit(&gc_stop_requested, memory_order_relaxed))
        pthread_cond_wait(&resume_cv, &park_mu);
    atomic_store_explicit(&ts->state, TS_ATTACHED, memory_order_relaxed);
    pthread_mutex_unlock(&park_mu);
}

void gc_safepoint_slow(void) {
    ThreadState *ts = ts_current;
    if (!ts || gc_collecting)
        return;
    /* acquire: pairs with the collector's store of the flag */
    if (!atomic_load_explicit(&gc_stop_requested, memory_order_acquire))
        return;
    if (atomic_load_explicit(&ts->state, memory_order_relaxed) != TS_ATTACHED)
        return;
    weft_with_saved_regs(park, ts);
}

/* --------------------------------------------------------- recursion guard */
static int raise_recursion(const char *where) {
    if (err_format && &RecursionError_type && (RecursionError_type.flags & TF_READY)) {
        const char *sep = (where && *where && *where != ' ') ? " " : "";
        err_format(&RecursionError_type, "maximum recursion depth exceeded%s%s", sep,
                   where ? where : "");
    }
    return -1;
}

int thread_check_stack(const char *where) {
    if (stack_limit && (char *)__builtin_frame_address(0) < stack_limit)
        return raise_recursion(where);
    return 0;
}

int thread_enter_recursive(const char *where) {
    ThreadState *ts = ts_current;
    if (!ts)
        return 0;
    if (++ts->c_depth > RECURSION_LIMIT() ||
        (stack_limit && (char *)__builtin_frame_address(0) < stack_limit)) {
        ts->c_depth--;
        return raise_recursion(where);
    }
    return 0;
}

void thread_leave_recursive(void) {
    ThreadState *ts = ts_current;
    if (ts && ts->c_depth > 0)
        ts->c_depth--;
}

/* ------------------------------------------------------------------ WLock
 * Word: 0 free, 1 held, 2 held with (possible) waiters.  The fast paths are
 * inline in thread.h. */
static long futex(_Atomic uint32_t *w, int op, uint32_t val) {
    return syscall(SYS_futex, (uint32_t *)w, op, val, NULL, NULL, 0);
}

void wlock_acquire_slow(WLock *l) {
    for (int i = 0; i < 100; i++) {
        uint32_t e = 0;
        /* acquire: see the previous holder's critical section */
        if (atomic_load_explicit(&l->word, memory_order_relaxed) == 0 &&
            atomic_compare_exchange_weak_explicit(&l->word, &e, 1, memory_order_acquire,
                                                  memory_order_relaxed))
            return;
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#endif
    }
    /* acquire (as above); marking 2 makes the holder's release wake us */
    if (atomic_exchange_explicit(&l->word, 2, memory_order_acquire) == 0)
        return;
    /* Sleeping: detached, so a collection does not wait for us.  The lock
     * word lives in a heap object that our caller's frame keeps alive. */
    thread_detach();
    while (atomic_exchange_explicit(&l->word, 2, memory_order_acquire) != 0)
        futex(&l->word, FUTEX_WAIT_PRIVATE, 2);
    thread_attach();
}

void wlock_release_slow(WLock *l) {
    futex(&l->word, FUTEX_WAKE_PRIVATE, 1);
}
