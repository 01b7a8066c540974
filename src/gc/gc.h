/* gc.h - the collector's interface: allocation, tracing, the write barrier,
 * roots and safepoints.
 *
 * Rules every C file follows (they are what make the collector correct):
 *  1. Every object is allocated by gc_alloc() (or gc_alloc_var()).  Memory
 *     comes back zeroed with the type word set, so a trace function may run
 *     on a half-built object and will see VNULL/NULL fields.
 *  2. Every store of a Value or object pointer into a heap object goes
 *     through SET_FIELD (store + barrier in one).  No raw stores, not even
 *     into an object allocated a moment ago: a collection may have run in
 *     between and made it old.
 *  3. GC pointers may live on the C stack (scanned conservatively), in heap
 *     objects (traced precisely), in VM frames (scanned precisely by the
 *     VM), or in C globals registered with gc_register_root().  Never keep
 *     one only in malloc()ed memory.
 *  4. Code that blocks (I/O, sleeps, lock waits) detaches the thread first
 *     (thread_detach/thread_attach in thread.h); loops that run long without
 *     allocating call SAFEPOINT().
 *
 * The collector is non-moving: an object's address never changes, so C code
 * may hold plain Obj* pointers (including pointers into an object's interior)
 * across allocations.
 */
#ifndef WEFT_GC_H
#define WEFT_GC_H

#include <stdatomic.h>

#include "../object.h"
#include "../thread/thread.h"

/* Allocate `size` bytes (>= sizeof(Obj)) for an object of type t.  Returns
 * zeroed memory with hdr.type = t, or NULL with MemoryError set.
 * (gc_alloc is also a macro for the inline fast path below; the function
 * exists too, so its address can be taken.) */
void *gc_alloc(Type *t, size_t size);
/* Allocation for instances of t, which may be a heap subclass of a builtin:
 * adds room for the subclass's __dict__ pointer and __slots__ values.
 * `size` is what the builtin itself needs. */
void *gc_alloc_instance(Type *t, size_t size);
/* gc_alloc_instance's rule: a fixed-size type (itemsize == 0) gets
 * max(size, t->basicsize) bytes, so a heap subclass's basicsize (which
 * counts its __dict__ pointer and __slots__ values) decides.  When
 * t->dict_offset == -1 one more word is added and the dict pointer is the
 * LAST word of the allocation: *(Dict **)((char *)o + gc_usable_size(o) - 8).
 * (A variable-size type that uses gc_usable_size() as its capacity must not
 * use that last word when its instance has dict_offset == -1.) */
/* Like gc_alloc, but only the first `zero` bytes (>= sizeof(Obj)) are
 * zeroed; the rest is uninitialised.  For objects whose tail is a
 * pointer-free payload the caller fills completely before the next
 * allocation (bytes/str data): saves clearing big buffers twice. */
void *gc_alloc_nozero(Type *t, size_t size, size_t zero);
/* Bytes usable in o's allocation (>= the size asked for). */
size_t gc_usable_size(Obj *o);

/* ---- tracing ---- */
/* Called by trace functions for each field; accepts VNULL, small ints and
 * pointers to static (non-heap) objects, which it ignores or traces. */
void gc_mark(Tracer *t, Value v);
#define GC_MARK(tr, p) gc_mark((tr), (Value)(p))
void gc_mark_range(Tracer *t, const Value *v, size_t n);

/* ---- write barrier ---- */
/* Store `val` into the field lvalue `field` of heap object `owner`.  The
 * store is a release store, so an object initialised before it is stored
 * is seen initialised by a thread that loads the field with acquire (or
 * through a data dependency).  Works for Value and for typed pointers. */
void gc_barrier_slow(Obj *owner);
extern _Atomic int gc_barrier_active; /* nonzero while the barrier must log */
#define SET_FIELD(owner, field, val)                                      \
    do {                                                                  \
        __atomic_store_n(&(field), (val), __ATOMIC_RELEASE);              \
        if (__builtin_expect(atomic_load_explicit(&gc_barrier_active,     \
                                                  memory_order_relaxed), 0)) \
            gc_barrier_slow((Obj *)(owner));                              \
    } while (0)
/* Load a field that another thread may store (with SET_FIELD) while we
 * read it: instance state mutable after publication (a function's
 * __defaults__, a cell's value ...).  A plain load racing with SET_FIELD's
 * atomic store is a data race in C11 (TSan reports it); acquire pairs with
 * SET_FIELD's release, so the object loaded is seen fully initialised.
 * Free on x86-64; one ldar on arm64.  Fields that never change after the
 * object is published need no LOAD_FIELD. */
#define LOAD_FIELD(field) __atomic_load_n(&(field), __ATOMIC_ACQUIRE)
/* After filling many fields of `owner` with memcpy/memmove of Values (list
 * slice ops, tuple building): the same guarantee as SET_FIELD on each. */
void gc_barrier_bulk(Obj *owner);

/* ---- roots ---- */
/* A C global (or static) that holds a Value or object pointer. */
void gc_register_root(void *slot);
/* A statically allocated object (static Type, singleton) whose fields hold
 * heap pointers: traced with its type's trace function every collection. */
void gc_register_static(Obj *o);

/* ---- collection control ---- */
void gc_collect(void);                 /* full collection (gc.collect()) */
void gc_set_enabled(bool on);
bool gc_is_enabled(void);
typedef struct GcStats {
    uint64_t collections;
    uint64_t collected;                /* objects freed, total */
    uint64_t heap_bytes;               /* bytes in live blocks now */
    uint64_t live_bytes_after_last;    /* marked bytes after the last collection */
    uint64_t allocated_since;          /* allocations since the last collection */
    uint64_t max_pause_ns;
    uint64_t total_pause_ns;
} GcStats;
void gc_get_stats(GcStats *out);
/* gc.collect(): a full collection; returns the number of objects freed. */
int64_t gc_collect_count(void);
/* gc.set_threshold / gc.get_threshold.  t0 scales the minimum allocation
 * budget between automatic collections (t0 * 12 KiB, default 700 -> ~8 MiB);
 * t0 == 0 disables automatic collection, as in CPython.  t1/t2 are kept for
 * get_threshold() only (the collector is not generational yet). */
void gc_set_threshold(int t0, int t1, int t2);
void gc_get_threshold(int out[3]);

/* Run fn(arg) with every other thread stopped (parked at a safepoint or
 * suspended while detached), as for a collection, then resume them.  For
 * rare writes to words that lock-free readers load plainly (an object's
 * type word, type slots, an instance's __dict__ pointer): the stop orders
 * every reader's accesses before or after the store, so the readers need no
 * atomics.  fn must not allocate, run Python code, take a WLock, block or
 * poll a safepoint: compute every value first, and let fn only store
 * precomputed values (it may read memory freely) and must not call
 * gc_run_stopped.  The caller must be attached and hold no lock that an
 * attached thread may wait for without detaching (a WLock is fine: its
 * waiters detach).  Cheap when the caller is the only thread (no stop);
 * otherwise about the cost of one stop-the-world handshake. */
void gc_run_stopped(void (*fn)(void *), void *arg);

/* ---- safepoints ---- */
/* Raised by a thread that wants to stop the world; polled at loop back
 * edges, calls and allocation slow paths. */
extern _Atomic int gc_stop_requested;
void gc_safepoint_slow(void);
#define SAFEPOINT()                                                        \
    do {                                                                   \
        if (__builtin_expect(atomic_load_explicit(&gc_stop_requested,      \
                                                  memory_order_relaxed), 0)) \
            gc_safepoint_slow();                                           \
    } while (0)

/* Initialise the heap; called once at start-up before any allocation. */
void gc_init(void);

/* ---- inline allocation fast path ----
 * A thread's allocation context: one free list per size class (classes of
 * 16, 32, ..., 256 bytes come first, so for those class = size/16 - 1).  A
 * free slot has type word 0 and links to the next through its second word.
 * Only the owning thread touches it (and the collector, world stopped).  The
 * inline path handles constant sizes up to 256 bytes: pop, zero, set type.
 * Everything else (empty list, torture mode, big sizes) calls gc_alloc(). */
#define GC_NCLASSES 36
struct AllocContext {
    void *free[GC_NCLASSES];          /* fast path lists (empty in torture mode) */
    void *tfree[GC_NCLASSES];         /* torture mode: the slow path's lists */
};
static inline __attribute__((always_inline)) void *gc_alloc_inline(Type *t, size_t size) {
    if (__builtin_constant_p(size) && size <= 256) {
        size_t c = size ? (size + 15) / 16 - 1 : 0;
        void **list = &ts_current->alloc->free[c];
        void **p = (void **)*list;
        if (__builtin_expect(p != NULL, 1)) {
            *list = p[1];
            for (size_t i = 1; i < (c + 1) * 2; i++)
                p[i] = NULL;
            ((Obj *)p)->type = t;
            return p;
        }
    }
    return (gc_alloc)(t, size);
}
#define gc_alloc(t, size) gc_alloc_inline((t), (size))

#endif
