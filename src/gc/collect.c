/* collect.c - stop-the-world mark-sweep: roots, marking, sweeping, pacing.
 *
 * One collection: (1) the collecting thread wins `collector_busy`, raises
 * gc_stop_requested and waits until every other registered thread is parked
 * or suspended (src/thread/thread.c); (2) every thread's allocation context
 * is dropped (sweeping rebuilds all free lists); (3) roots are marked:
 * registered slots, registered static objects (traced), each thread's
 * exception fields, its interpreter frames (vm_trace_thread), its saved
 * registers and its C stack (conservatively: any word pointing into an
 * object, interior pointers included, keeps it alive); (4) marking drains
 * an explicit mark stack, calling each object's type->trace; (5) every small
 * block is swept eagerly, empty blocks go to the pool (trimmed so that
 * unused memory goes back to the OS), dead large objects are unmapped;
 * (6) the world resumes.
 *
 * Generations (sticky mark bits) can be added later: SET_FIELD already calls
 * gc_barrier_slow when gc_barrier_active is set; it is 0 for now.
 * Finalizers (__del__) and weak references: not implemented.  The hook point
 * is in sweep_small()/sweep_large(): an unmarked object whose type has a
 * finalizer would be resurrected (marked, queued) there instead of freed.
 */
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gc_internal.h"
#include "../runtime.h"

#if defined(__SANITIZE_ADDRESS__)
/* ASan's use-after-return mode moves locals to "fake stacks" on the heap,
 * where conservative stack scanning cannot see them: keep it off by
 * default.  LeakSanitizer does not scan the GC heap (our own mappings), so
 * malloc'ed memory referenced only from GC objects would be reported as
 * leaked: off by default too.  ASAN_OPTIONS can still change both. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) {
    return "detect_stack_use_after_return=0:detect_leaks=0";
}
#endif

/* vm_trace_thread is implemented by src/vm; weak so the GC unit tests link
 * without the VM. */
#pragma weak vm_trace_thread

_Atomic int gc_barrier_active;
_Atomic int gc_stop_requested;
_Atomic uint64_t bytes_since;
_Atomic uint64_t allocs_since;
_Atomic uint64_t gc_threshold_bytes = 8u << 20;
long gc_torture;
_Atomic uint64_t torture_count;
_Atomic bool gc_enabled_flag = true;
_Atomic int gc_thresholds[3] = {700, 10, 10};

#define MIN_THRESHOLD ((uint64_t)8 << 20)
static double grow_factor = 1.0;

/* 0 free, 1 while a thread is collecting (the "GC lock"). */
static _Atomic int collector_busy;
_Thread_local bool gc_collecting;
static _Atomic uint64_t gc_epoch;     /* collections completed */

/* Statistics: written by the collector, read by anyone (relaxed). */
static _Atomic uint64_t st_collections, st_collected, st_live_after;
static _Atomic uint64_t st_max_pause, st_total_pause;

/* ------------------------------------------------------------------ roots */
static pthread_mutex_t roots_mu = PTHREAD_MUTEX_INITIALIZER;
static Value **root_slots;
static size_t n_roots, cap_roots;
static Obj **statics;
static size_t n_statics, cap_statics;

static bool grow(void **arr, size_t *cap, size_t need, size_t elem) {
    if (need <= *cap)
        return true;
    size_t nc = *cap ? *cap * 2 : 64;
    while (nc < need)
        nc *= 2;
    void *p = realloc(*arr, nc * elem);
    if (!p)
        return false;
    *arr = p;
    *cap = nc;
    return true;
}

void gc_register_root(void *slot) {
    pthread_mutex_lock(&roots_mu);
    if (grow((void **)&root_slots, &cap_roots, n_roots + 1, sizeof *root_slots))
        root_slots[n_roots++] = slot;
    else
        fprintf(stderr, "weft: out of memory registering a GC root\n");
    pthread_mutex_unlock(&roots_mu);
}

void gc_register_static(Obj *o) {
    pthread_mutex_lock(&roots_mu);
    if (grow((void **)&statics, &cap_statics, n_statics + 1, sizeof *statics))
        statics[n_statics++] = o;
    else
        fprintf(stderr, "weft: out of memory registering a static object\n");
    pthread_mutex_unlock(&roots_mu);
}

/* ---------------------------------------------------------- write barrier */
void gc_barrier_slow(Obj *owner) { (void)owner; }
void gc_barrier_bulk(Obj *owner) {
    /* The memcpy that preceded this call must be visible before any later
     * publishing store: a release fence gives the same ordering as the
     * release store of SET_FIELD on each field. */
    atomic_thread_fence(memory_order_release);
    if (atomic_load_explicit(&gc_barrier_active, memory_order_relaxed))
        gc_barrier_slow(owner);
}

/* ---------------------------------------------------------------- marking */
static __attribute__((noinline)) void push_slow(Tracer *t, Obj *o) {
    size_t nc = t->cap ? t->cap * 2 : 4096;
    Obj **s = realloc(t->stack, nc * sizeof *s);
    if (!s) {
        t->overflow = true;          /* marked but not traced: rescan later */
        return;
    }
    t->stack = s;
    t->cap = nc;
    t->stack[t->len++] = o;
}

static inline void push(Tracer *t, Obj *o) {
    if (__builtin_expect(t->len < t->cap, 1))
        t->stack[t->len++] = o;
    else
        push_slow(t, o);
}

/* Set o's mark bit; true if it was not set.  b is o's block. */
static inline bool set_mark(Block *b, uintptr_t a) {
    if (b->kind == BK_SMALL) {
        size_t g = (a - (uintptr_t)b) >> GRANULE_SHIFT;
        uint64_t bit = (uint64_t)1 << (g & 63);
        uint64_t *w = &b->marks[g >> 6];
        if (*w & bit)
            return false;
        *w |= bit;
        return true;
    }
    if (b->large_mark)
        return false;
    b->large_mark = 1;
    return true;
}

static inline bool is_marked(Block *b, uintptr_t a) {
    if (b->kind == BK_SMALL) {
        size_t g = (a - (uintptr_t)b) >> GRANULE_SHIFT;
        return (b->marks[g >> 6] >> (g & 63)) & 1;
    }
    return b->large_mark;
}

static inline __attribute__((always_inline)) void mark_value(Tracer *t, Value v) {
    if (!IS_OBJ(v))
        return;
    uintptr_t a = (uintptr_t)v;
    if (a < heap_min || a >= heap_max)
        return;                      /* static object (or not ours) */
    Block *b = blockmap_lookup(a);
    if (!b || b->kind == BK_FREE)
        return;
#ifdef WEFT_DEBUG
    /* Precise fields must hold object starts, never interior pointers. */
    if (b->kind == BK_SMALL &&
        (a < (uintptr_t)b->start || (a - (uintptr_t)b->start) % b->obj_size != 0)) {
        fprintf(stderr, "weft: gc_mark: %p is not the start of an object\n", (void *)a);
        abort();
    }
    if (!((Obj *)a)->type) {
        fprintf(stderr, "weft: gc_mark: %p points to a free slot (dangling)\n", (void *)a);
        abort();
    }
#endif
    if (set_mark(b, a))
        push(t, (Obj *)a);
}

void gc_mark(Tracer *t, Value v) { mark_value(t, v); }

void gc_mark_range(Tracer *t, const Value *v, size_t n) {
    for (size_t i = 0; i < n; i++)
        mark_value(t, v[i]);
}

static inline void trace_obj(Tracer *tr, Obj *o) {
    Type *ty = o->type;
    if (ty->flags & TF_HEAPTYPE)
        gc_mark(tr, (Value)ty);
    if (ty->trace)
        ty->trace(o, tr);
}

/* Pop objects through a small FIFO whose entries are prefetched when they
 * enter it, so an object's first cache line is usually in cache by the time
 * it is traced. */
#define PREFETCH_RING 8
static void drain(Tracer *tr) {
    Obj *ring[PREFETCH_RING];
    unsigned head = 0, n = 0;
    for (;;) {
        while (n < PREFETCH_RING && tr->len) {
            Obj *o = tr->stack[--tr->len];
            __builtin_prefetch(o);
            ring[(head + n) % PREFETCH_RING] = o;
            n++;
        }
        if (!n)
            break;
        Obj *o = ring[head];
        head = (head + 1) % PREFETCH_RING;
        n--;
        if (__builtin_expect(o->type != NULL, 1)) /* NULL: a dangling pointer (a bug elsewhere) */
            trace_obj(tr, o);
    }
}

/* After a failed mark-stack push: trace every marked object again (marking
 * is idempotent) until no push fails. */
static void recover_overflow(Tracer *tr) {
    while (tr->overflow) {
        tr->overflow = false;
        for (Block *b = all_small; b; b = b->next)
            for (char *p = b->start; p < b->end; p += b->obj_size)
                if (((Obj *)p)->type && is_marked(b, (uintptr_t)p)) {
                    trace_obj(tr, (Obj *)p);
                    drain(tr);
                }
        for (Block *b = large_list; b; b = b->next)
            if (b->large_mark) {
                trace_obj(tr, (Obj *)((char *)b + HDR_SIZE));
                drain(tr);
            }
    }
}

static inline void mark_conservative(Tracer *tr, uintptr_t w) {
    if (w < heap_min || w >= heap_max)
        return;
    Obj *o = heap_find_object(w);
    if (o) {
        Block *b = blockmap_lookup((uintptr_t)o);
        if (set_mark(b, (uintptr_t)o))
            push(tr, o);
    }
}

/* Conservative scan of a word range.  The range may hold ASan stack
 * redzones, and a detached thread may write its own frames while they are
 * scanned (it holds no heap pointer that was not there when it detached):
 * both sanitizers are told to look away. */
static __attribute__((no_sanitize_address, no_sanitize_thread, noinline)) void
scan_range(Tracer *tr, const void *lo, const void *hi) {
    uintptr_t a = ((uintptr_t)lo + sizeof(uintptr_t) - 1) & ~(uintptr_t)(sizeof(uintptr_t) - 1);
    for (const volatile uintptr_t *p = (const uintptr_t *)a; (const void *)p < hi; p++)
        mark_conservative(tr, *p);
}

static void mark_thread(Tracer *tr, ThreadState *ts, bool self) {
    gc_mark(tr, ts->exc);
    gc_mark(tr, ts->handled_exc);
    gc_mark(tr, ts->thread_obj);
    if (vm_trace_thread)
        vm_trace_thread(ts, tr);
    if (self)
        return;                      /* the collector scans its own stack */
    scan_range(tr, &ts->regs, (char *)&ts->regs + sizeof ts->regs);
    if (ts->stack_lo && ts->stack_hi && ts->stack_lo < ts->stack_hi)
        scan_range(tr, ts->stack_lo, ts->stack_hi);
    drain(tr);
}

/* The collector's own registers and stack: the stub pushes the
 * callee-saved registers and hands us the stack pointer below them. */
typedef struct OwnScan {
    Tracer *tr;
    ThreadState *self;
} OwnScan;

static void scan_own(uintptr_t *saved, void *arg) {
    OwnScan *s = arg;
    scan_range(s->tr, saved, s->self->stack_hi);
}

static void mark_own_stack(Tracer *tr, ThreadState *self) {
    OwnScan s = {tr, self};
    weft_with_saved_regs(scan_own, &s);
    drain(tr);
}

static void mark_roots(Tracer *tr, ThreadState *self) {
    pthread_mutex_lock(&roots_mu);
    for (size_t i = 0; i < n_roots; i++) {
        gc_mark(tr, *root_slots[i]);
        drain(tr);
    }
    for (size_t i = 0; i < n_statics; i++) {
        Obj *o = statics[i];
        if (o->type && o->type->trace)
            o->type->trace(o, tr);
        drain(tr);
    }
    pthread_mutex_unlock(&roots_mu);
    for (ThreadState *ts = thread_first(); ts; ts = ts->next)
        mark_thread(tr, ts, ts == self);
    mark_own_stack(tr, self);
    recover_overflow(tr);
}

/* --------------------------------------------------------------- sweeping */
typedef struct SweepResult {
    uint64_t freed, live_bytes;
} SweepResult;

uint64_t gc_sweep_block(Block *b, void **head_out, uint32_t *nfree_out) {
    uint32_t sz = b->obj_size, nfree = 0;
    uint64_t freed = 0;
    void **head = NULL;
    for (char *p = b->end - sz; p >= b->start; p -= sz) {
        void **slot = (void **)p;
        if (slot[0]) {
            if (is_marked(b, (uintptr_t)p))
                continue;
            /* Finalizer / weakref hook: an unmarked object with a
             * finalizer would be kept and queued here. */
            slot[0] = NULL;
            freed++;
        }
        slot[1] = head;
        head = slot;
        nfree++;
    }
    memset(b->marks, 0, sizeof b->marks);
    b->unswept = 0;
    *head_out = head;
    *nfree_out = nfree;
    return freed;
}

void gc_note_lazy_freed(uint64_t n) {
    atomic_fetch_add_explicit(&st_collected, n, memory_order_relaxed);
}

/* Before marking: blocks the last cycle left unswept are swept now, so that
 * every slot is either free (type word 0) or a live object again and a
 * conservative pointer can never revive a dead object. */
static void finish_lazy_sweeps(SweepResult *r) {
    for (int c = 0; c < NCLASSES; c++)
        for (Block *b = avail[c]; b; b = b->next_avail)
            if (b->unswept) {
                void *head;
                uint32_t nfree;
                r->freed += gc_sweep_block(b, &head, &nfree);
                b->free = head;
                b->nfree = nfree;
            }
}

static uint32_t count_marked(Block *b) {
    uint32_t n = 0;
    for (size_t i = 0; i < MARK_WORDS; i++)
        n += (uint32_t)__builtin_popcountll(b->marks[i]);
    return n;
}

/* After marking.  Eager (gc.collect()): every block's free list is rebuilt
 * now, so the count of freed objects is exact.  Lazy (automatic
 * collections): only the mark bits are counted.  Empty blocks go back to
 * the pool and full ones are done; the rest go on avail still unswept, and
 * the thread that takes one sweeps it (outside the pause, in parallel with
 * the other threads). */
static void sweep_small(SweepResult *r, bool lazy) {
    for (int c = 0; c < NCLASSES; c++)
        avail[c] = NULL;
    Block **link = &all_small;
    Block *b;
    while ((b = *link)) {
        uint32_t nfree;
        void *head = NULL;
        if (lazy) {
            uint32_t live = count_marked(b);
            nfree = b->nobjs - live;
            if (live == b->nobjs)
                memset(b->marks, 0, sizeof b->marks);
            else if (live)
                b->unswept = 1;
        } else {
            r->freed += gc_sweep_block(b, &head, &nfree);
        }
        r->live_bytes += (uint64_t)(b->nobjs - nfree) * b->obj_size;
        if (nfree == b->nobjs) {
            *link = b->next;         /* empty: back to the pool */
            b->unswept = 0;
            pool_put(b);
            continue;
        }
        b->free = head;
        b->nfree = nfree;
        b->next_avail = NULL;
        if (nfree) {
            b->next_avail = avail[b->cls];
            avail[b->cls] = b;
        }
        link = &b->next;
    }
}

static void sweep_large(SweepResult *r) {
    Block *b = large_list;
    while (b) {
        Block *next = b->next;
        if (b->large_mark) {
            b->large_mark = 0;
            r->live_bytes += b->map_size;
        } else {
            r->freed++;
            large_free(b);
        }
        b = next;
    }
}

/* ------------------------------------------------------- stop the world */
static void stop_world(ThreadState *self) {
    /* seq_cst: ordered before our reads of thread states; a thread that
     * attaches (CAS on its state, then a seq_cst load of this flag) either
     * sees the flag or is seen ATTACHED by us (Dekker). */
    atomic_store_explicit(&gc_stop_requested, 1, memory_order_seq_cst);
    pthread_mutex_lock(&registry_mu); /* held until resume_world */
    pthread_mutex_lock(&park_mu);
    for (;;) {
        bool all = true;
        for (ThreadState *ts = thread_first(); ts; ts = ts->next) {
            if (ts == self)
                continue;
            /* acquire: a parked thread's saved registers and stack_lo */
            int s = atomic_load_explicit(&ts->state, memory_order_acquire);
            if (s == TS_DETACHED) {
                /* acq_rel: take ownership of the detached thread's saved
                 * state; its re-attach CAS then fails and it waits. */
                if (!atomic_compare_exchange_strong_explicit(&ts->state, &s, TS_SUSPENDED,
                                                             memory_order_acq_rel,
                                                             memory_order_acquire))
                    all = false;
            } else if (s == TS_ATTACHED) {
                all = false;
            }
        }
        if (all)
            break;
        /* Parking threads and detaching threads broadcast parked_cv under
         * park_mu, so no wake-up is lost. */
        pthread_cond_wait(&parked_cv, &park_mu);
    }
    pthread_mutex_unlock(&park_mu);
}

static void resume_world(ThreadState *self) {
    pthread_mutex_lock(&park_mu);
    /* seq_cst, under park_mu: parked threads re-check it under park_mu. */
    atomic_store_explicit(&gc_stop_requested, 0, memory_order_seq_cst);
    for (ThreadState *ts = thread_first(); ts; ts = ts->next)
        if (ts != self && atomic_load_explicit(&ts->state, memory_order_relaxed) == TS_SUSPENDED)
            /* release: our reads of its stack happen before it runs again */
            atomic_store_explicit(&ts->state, TS_DETACHED, memory_order_release);
    pthread_cond_broadcast(&resume_cv);
    pthread_mutex_unlock(&park_mu);
    pthread_mutex_unlock(&registry_mu);
}

static uint64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

static uint64_t last_freed;

/* World stopped, collector_busy held. */
static void collect_locked(ThreadState *self, bool lazy) {
    uint64_t t0 = now_ns();
    uint64_t allocating = 0;
    for (ThreadState *ts = thread_first(); ts; ts = ts->next)
        if (ts->alloc && gc_context_drop(ts->alloc))
            allocating++;
    SweepResult r = {0, 0};
    finish_lazy_sweeps(&r);
    Tracer tr = {0};
    mark_roots(&tr, self);
    free(tr.stack);
    pthread_mutex_lock(&heap_mu);
    sweep_small(&r, lazy);
    lcache_evict_unwanted();
    sweep_large(&r);
    uint64_t next = (uint64_t)((double)r.live_bytes * grow_factor);
    int th0 = atomic_load_explicit(&gc_thresholds[0], memory_order_relaxed);
    uint64_t min = th0 > 0 ? (uint64_t)th0 * 12288u : MIN_THRESHOLD;
    /* Every collection stops every thread, so with k threads allocating a
     * shared minimum budget would cost each of them k times the pauses of
     * running alone.  The minimum grows with them, up to 4x: small live
     * heaps get a few more MiB of garbage per thread, large ones are
     * governed by grow_factor anyway. */
    min *= allocating < 1 ? 1 : allocating > 4 ? 4 : allocating;
    if (next < min)
        next = min;
    atomic_store_explicit(&gc_threshold_bytes, next, memory_order_relaxed);
    /* Keep resident as many empty blocks as the next cycle will fill
     * anyway (so churn costs no page faults; the peak is live + budget
     * either way), at most 64 MiB; give the rest back to the OS. */
    uint64_t keep = next < ((uint64_t)64 << 20) ? next : ((uint64_t)64 << 20);
    pool_trim(keep / BLOCK_SIZE);
    lcache_trim(next < ((uint64_t)64 << 20) ? next : ((uint64_t)64 << 20));
    pthread_mutex_unlock(&heap_mu);
    atomic_store_explicit(&bytes_since, 0, memory_order_relaxed);
    atomic_store_explicit(&allocs_since, 0, memory_order_relaxed);
    last_freed = r.freed;
    uint64_t dt = now_ns() - t0;
    atomic_fetch_add_explicit(&st_collections, 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&st_collected, r.freed, memory_order_relaxed);
    atomic_store_explicit(&st_live_after, r.live_bytes, memory_order_relaxed);
    atomic_fetch_add_explicit(&st_total_pause, dt, memory_order_relaxed);
    if (dt > atomic_load_explicit(&st_max_pause, memory_order_relaxed))
        atomic_store_explicit(&st_max_pause, dt, memory_order_relaxed);
}

/* Collect.  forced: always (gc.collect()); otherwise skip when another
 * thread completed a collection while we waited.  Returns objects freed,
 * or -1 when skipped. */
static void wait_unparked(ThreadState *self);

/* stop_world, telling whether any other thread exists (world stopped, so
 * the registry cannot change under us). */
static bool stop_world_others(ThreadState *self) {
    stop_world(self);
    for (ThreadState *ts = thread_first(); ts; ts = ts->next)
        if (ts != self)
            return true;
    return false;
}

/* After a gc.collect() that stopped other threads: sleep (detached) as long
 * as they were stopped, so that a loop of gc.collect() calls leaves them at
 * least half of the time instead of starving them. */
static void give_others_their_turn(uint64_t stopped_ns) {
    if (stopped_ns > 50 * 1000000ull)
        stopped_ns = 50 * 1000000ull;
    struct timespec d = {(time_t)(stopped_ns / 1000000000u), (long)(stopped_ns % 1000000000u)};
    thread_detach();
    nanosleep(&d, NULL);
    thread_attach();
}

static int64_t collect(bool forced) {
    ThreadState *self = ts_current;
    if (!self)
        return -1;
    uint64_t epoch0 = atomic_load_explicit(&gc_epoch, memory_order_acquire);
    for (;;) {
        int z = 0;
        /* acquire: the previous collector's heap updates are visible */
        if (atomic_compare_exchange_weak_explicit(&collector_busy, &z, 1, memory_order_acquire,
                                                  memory_order_relaxed))
            break;
        /* Another thread is collecting: park like any mutator. */
        if (atomic_load_explicit(&gc_stop_requested, memory_order_acquire))
            gc_safepoint_slow();
        else
            sched_yield();
        if (!forced && atomic_load_explicit(&gc_epoch, memory_order_acquire) != epoch0)
            return -1;
    }
    if (!forced && atomic_load_explicit(&gc_epoch, memory_order_acquire) != epoch0) {
        atomic_store_explicit(&collector_busy, 0, memory_order_release);
        return -1;
    }
    /* gc.collect() in a tight loop would stop the others again before they
     * are rescheduled after the last stop: let them leave park first.
     * (Automatic collections are paced by allocation and need no wait.) */
    if (forced)
        wait_unparked(self);
    gc_collecting = true;
    uint64_t t0 = now_ns();
    bool others = stop_world_others(self);
    collect_locked(self, !forced);
    int64_t freed = (int64_t)last_freed;
    resume_world(self);
    gc_collecting = false;
    atomic_fetch_add_explicit(&gc_epoch, 1, memory_order_release);
    /* release: our heap updates are visible to the next collector */
    atomic_store_explicit(&collector_busy, 0, memory_order_release);
    if (forced && others)
        give_others_their_turn(now_ns() - t0);
    return freed;
}

/* Acquire the collector role (collector_busy), parking while another
 * thread holds it, as collect() does. */
static void acquire_collector(void) {
    for (;;) {
        int z = 0;
        /* acquire: the previous holder's updates are visible */
        if (atomic_compare_exchange_weak_explicit(&collector_busy, &z, 1, memory_order_acquire,
                                                  memory_order_relaxed))
            return;
        if (atomic_load_explicit(&gc_stop_requested, memory_order_acquire))
            gc_safepoint_slow();
        else
            sched_yield();
    }
}

/* Fairness for a stream of stops (a loop of rare writes): a thread that
 * the previous stop parked may not have been scheduled yet; stopping again
 * now would find it still parked, and it would never run.  Let it leave
 * park first (bounded).  We hold collector_busy, so no collector holds
 * registry_mu while waiting for us. */
/* Bounded wait until no other thread is still parked from the previous
 * stop of the world (fairness between back-to-back stops). */
static void wait_unparked(ThreadState *self) {
    for (int i = 0; i < 10000; i++) {
        bool parked = false;
        pthread_mutex_lock(&registry_mu);
        for (ThreadState *ts = thread_first(); ts && !parked; ts = ts->next)
            if (ts != self && atomic_load_explicit(&ts->state, memory_order_relaxed) == TS_PARKED)
                parked = true;
        pthread_mutex_unlock(&registry_mu);
        if (!parked)
            return;
        sched_yield();
    }
}

void gc_run_stopped(void (*fn)(void *), void *arg) {
    ThreadState *self = ts_current;
    if (!self) {
        fn(arg);
        return;
    }
    /* Alone: holding registry_mu keeps any new thread from registering (it
     * takes the lock after us, which orders our store before its reads),
     * and nobody else can be collecting.  Only a try: we are attached, and
     * a collector holds the lock while it waits for us to park. */
    if (pthread_mutex_trylock(&registry_mu) == 0) {
        if (thread_first() == self && !self->next) {
            fn(arg);
            pthread_mutex_unlock(&registry_mu);
            return;
        }
        pthread_mutex_unlock(&registry_mu);
    }
    acquire_collector();
    wait_unparked(self);
    stop_world(self);
    fn(arg);
    resume_world(self);
    /* release: pairs with the next collector's acquire */
    atomic_store_explicit(&collector_busy, 0, memory_order_release);
}

void gc_collect(void) { (void)collect(true); }

/* gc.collect(): the number of objects freed. */
int64_t gc_collect_count(void) {
    int64_t n = collect(true);
    return n < 0 ? 0 : n;
}

void gc_maybe_collect(void) {
    if (gc_torture) {
        uint64_t n = atomic_fetch_add_explicit(&torture_count, 1, memory_order_relaxed) + 1;
        if (n % (uint64_t)gc_torture == 0)
            (void)collect(false);
        return;
    }
    /* relaxed: pacing is a heuristic; collect() synchronises properly */
    if (atomic_load_explicit(&gc_enabled_flag, memory_order_relaxed) &&
        atomic_load_explicit(&gc_thresholds[0], memory_order_relaxed) != 0 &&
        atomic_load_explicit(&bytes_since, memory_order_relaxed) >=
            atomic_load_explicit(&gc_threshold_bytes, memory_order_relaxed))
        (void)collect(false);
}

void gc_collect_auto(void) { gc_maybe_collect(); }

bool gc_collect_for_memory(void) {
    (void)collect(true);
    return true;
}

void gc_after_fork(void) {
    pthread_mutex_init(&roots_mu, NULL);
    pthread_mutex_init(&heap_mu, NULL);
    atomic_store_explicit(&collector_busy, 0, memory_order_relaxed);
    atomic_store_explicit(&gc_stop_requested, 0, memory_order_relaxed);
    gc_collecting = false;
}

void gc_set_enabled(bool on) { gc_enabled_flag = on; }
bool gc_is_enabled(void) { return gc_enabled_flag; }

void gc_get_stats(GcStats *out) {
    out->collections = atomic_load_explicit(&st_collections, memory_order_relaxed);
    out->collected = atomic_load_explicit(&st_collected, memory_order_relaxed);
    out->heap_bytes = atomic_load_explicit(&heap_bytes, memory_order_relaxed);
    out->live_bytes_after_last = atomic_load_explicit(&st_live_after, memory_order_relaxed);
    out->allocated_since = atomic_load_explicit(&allocs_since, memory_order_relaxed);
    out->max_pause_ns = atomic_load_explicit(&st_max_pause, memory_order_relaxed);
    out->total_pause_ns = atomic_load_explicit(&st_total_pause, memory_order_relaxed);
}

void gc_set_threshold(int t0, int t1, int t2) {
    gc_thresholds[0] = t0;
    gc_thresholds[1] = t1;
    gc_thresholds[2] = t2;
    if (t0 > 0) {
        uint64_t min = (uint64_t)t0 * 12288u;
        uint64_t live = atomic_load_explicit(&st_live_after, memory_order_relaxed);
        atomic_store_explicit(&gc_threshold_bytes, live > min ? live : min,
                              memory_order_relaxed);
    }
}

void gc_get_threshold(int out[3]) {
    out[0] = gc_thresholds[0];
    out[1] = gc_thresholds[1];
    out[2] = gc_thresholds[2];
}
