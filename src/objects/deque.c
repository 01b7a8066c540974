/* deque.c - collections.deque: a double-ended queue on a ring buffer, and
 * its forward and reverse iterators.
 *
 * Layout: Deque holds `head` (the buffer slot of the first item), `len`, and
 * a ValArray whose capacity is a power of two (or NULL while empty and never
 * grown).  Item i lives in slot (head + i) & (cap - 1).  Invariant: every
 * slot outside the live range holds VNULL, so the collector (which traces
 * the whole ValArray) keeps no popped item alive.  `state` counts the
 * mutations CPython counts (append, pop, rotate, insert, remove, del,
 * clear ...; not d[i] = x or reverse()); iterators and the comparing
 * methods raise "deque mutated during iteration" when it moves.
 *
 * Thread-safety:
 *  - Writers take the deque's WLock.  A writer that moves the ends or the
 *    items (everything except d[i] = x) also brackets its stores with the
 *    sequence counter `seq` (odd while the shape is in flux), a seqlock:
 *    every field a reader loads is written with an atomic store.  Growth
 *    and shrinking allocate the new buffer before the bracket (a
 *    collection may run in the allocation), fill it privately, and publish
 *    it with SET_FIELD (a release store) inside the bracket.
 *  - Readers take no lock: len() is one atomic load; d[i], iteration and
 *    iterator creation load seq, then head/len/state/buf and the slot (all
 *    acquire loads; writers store them with release stores), index the
 *    slot with the buffer's *own* mask (always in bounds, whatever the
 *    other fields say), and keep the result only if seq is unchanged.  A racing
 *    popleft/append therefore shows a reader either the old or the new
 *    deque, never a mix; a retired buffer stays valid memory because the
 *    collector keeps it alive while the reader holds it.  After a few
 *    retries (a long rotate or reverse in progress) the reader takes the
 *    lock instead; its spin loop polls the safepoint.
 *  - No Python code runs under the lock.  count/index/remove/`in` scan
 *    under the lock while equality is decided in C (ints, strs, identity
 *    ...) and drop it around a Python __eq__, then re-check `state`
 *    (RuntimeError, or IndexError for remove, as CPython).  Comparisons,
 *    repr, copy and repeat work on a snapshot taken under the lock.  A
 *    subclass's copy() calls type(d)(d, maxlen) unlocked.
 */
#include <stdatomic.h>
#include <string.h>

#include "../runtime.h"
#include "slots.h"

int seq_index_bounds(Value *args, size_t nargs, int64_t len, int64_t *start, int64_t *stop);

typedef struct Deque {
    Obj hdr;
    WLock lock;
    _Atomic uint32_t seq;  /* seqlock word: odd while a writer moves items */
    int64_t head;          /* slot of item 0 */
    int64_t len;
    int64_t maxlen;        /* -1: unbounded */
    uint64_t state;        /* mutation counter (CPython's deque->state) */
    ValArray *buf;         /* cap is a power of two; NULL when empty */
} Deque;

typedef struct DequeIter {
    Obj hdr;
    Deque *d;
    int64_t index;         /* logical index of the next item */
    int64_t counter;       /* items left */
    uint64_t state;        /* d->state when the iterator was made */
} DequeIter;

extern Type deque_type, deque_iter_type, deque_reviter_type;

#define MIN_CAP 8
#define SHRINK_MIN 64      /* buffers this small are never shrunk */

static inline bool is_deque(Value v) {
    return IS_OBJ(v) && (AS_OBJ(v)->type == &deque_type ||
                         type_is_subtype(AS_OBJ(v)->type, &deque_type));
}

static inline int64_t ld_len(Deque *d) { return __atomic_load_n(&d->len, __ATOMIC_ACQUIRE); }

/* ------------------------------------------------------ the seqlock -- */

/* Inside a bracket every shared field is written with a release store and
 * read lock-free with an acquire load (both plain moves on x86).  That is
 * what orders the seqlock without fences (which TSan does not model): a
 * reader that sees any store made after wr_begin also sees the odd seq
 * written before it, and its closing load of seq cannot move above its
 * acquire loads. */
#define LD(x) __atomic_load_n(&(x), __ATOMIC_ACQUIRE)
#define ST(x, v) __atomic_store_n(&(x), (v), __ATOMIC_RELEASE)

/* Writer side, lock held. */
static inline void wr_begin(Deque *d) {
    uint32_t s = atomic_load_explicit(&d->seq, memory_order_relaxed);
    atomic_store_explicit(&d->seq, s + 1, memory_order_relaxed);
}

static inline void wr_end(Deque *d) {
    uint32_t s = atomic_load_explicit(&d->seq, memory_order_relaxed);
    atomic_store_explicit(&d->seq, s + 1, memory_order_release);
}

/* Shape of the deque at one instant, as a reader saw it. */
typedef struct View {
    int64_t len;
    uint64_t state;
} View;

/* Item i of the deque at one instant (VNULL when i is out of range), with
 * that instant's length and state in *v.  With `wrap`, a negative i counts
 * from the right end. */
static Value deque_peek(Deque *d, int64_t i, bool wrap, View *v) {
    for (int tries = 0; tries < 100; tries++) {
        /* acquire: pairs with wr_end's release store */
        uint32_t s1 = atomic_load_explicit(&d->seq, memory_order_acquire);
        if (s1 & 1) {
#if defined(__x86_64__) || defined(__i386__)
            __builtin_ia32_pause();
#endif
            SAFEPOINT();
            continue;
        }
        int64_t len = LD(d->len);
        int64_t head = LD(d->head);
        uint64_t st = LD(d->state);
        /* the buffer's cap was written before it was published */
        ValArray *b = LD(d->buf);
        int64_t k = i < 0 && wrap ? i + len : i;
        Value x = VNULL;
        if (b && k >= 0 && k < len)
            x = LD(b->items[(head + k) & (b->cap - 1)]);
        if (atomic_load_explicit(&d->seq, memory_order_relaxed) == s1) {
            v->len = len;
            v->state = st;
            return x;
        }
    }
    /* a long writer is moving items: wait for it */
    wlock_acquire(&d->lock);
    int64_t k = i < 0 && wrap ? i + d->len : i;
    Value x = VNULL;
    if (d->buf && k >= 0 && k < d->len)
        x = d->buf->items[(d->head + k) & (d->buf->cap - 1)];
    v->len = d->len;
    v->state = d->state;
    wlock_release(&d->lock);
    return x;
}

/* -------------------------------------------------- writer helpers -- */
/* All of these run with the lock held. */

static inline int64_t slot_of(Deque *d, int64_t i) { return (d->head + i) & (d->buf->cap - 1); }

static inline void bump_state(Deque *d) { ST(d->state, d->state + 1); }
static inline void st_len(Deque *d, int64_t n) { __atomic_store_n(&d->len, n, __ATOMIC_RELEASE); }

/* Copy the n items from logical index 0 into dst (private memory). */
static void copy_out(Deque *d, Value *dst) {
    int64_t n = d->len;
    if (!n) return;
    ValArray *b = d->buf;
    int64_t h = d->head, first = b->cap - h;
    if (first > n) first = n;
    memcpy(dst, b->items + h, (size_t)first * sizeof(Value));
    if (n > first) memcpy(dst + first, b->items, (size_t)(n - first) * sizeof(Value));
}

static int64_t pow2_at_least(int64_t n) {
    int64_t c = MIN_CAP;
    while (c < n) c *= 2;
    return c;
}

/* Move the items to a new buffer of capacity ncap (>= len), item 0 in
 * slot 0, and publish it. */
static int relocate(Deque *d, int64_t ncap) {
    ValArray *nb = valarray_new(ncap);
    if (!nb) return -1;
    copy_out(d, nb->items);
    gc_barrier_bulk(&nb->hdr);
    wr_begin(d);
    SET_FIELD(d, d->buf, nb);
    ST(d->head, 0);
    wr_end(d);
    return 0;
}

/* Room for `need` items.  Call outside a wr_begin/wr_end bracket. */
static int reserve(Deque *d, int64_t need) {
    int64_t cap = d->buf ? d->buf->cap : 0;
    if (need <= cap) return 0;
    if (need > ((int64_t)1 << 56)) {
        err_no_memory();
        return -1;
    }
    return relocate(d, pow2_at_least(need));
}

/* After removals: halve a buffer that is at most an eighth full.  The gap
 * between growing (when full) and shrinking keeps a queue that oscillates
 * around a size from reallocating on every cycle.  Failure to allocate the
 * smaller buffer just keeps the big one. */
static void maybe_shrink(Deque *d) {
    ValArray *b = d->buf;
    if (!b || b->cap <= SHRINK_MIN || d->len * 8 > b->cap) return;
    if (relocate(d, b->cap / 2) < 0) err_clear();
}

/* The primitive end operations, inside a bracket; push needs room. */
static inline void push_right(Deque *d, Value v) {
    ValArray *b = d->buf;
    SET_FIELD(b, b->items[(d->head + d->len) & (b->cap - 1)], v);
    st_len(d, d->len + 1);
}

static inline void push_left(Deque *d, Value v) {
    ValArray *b = d->buf;
    int64_t h = (d->head - 1) & (b->cap - 1);
    SET_FIELD(b, b->items[h], v);
    ST(d->head, h);
    st_len(d, d->len + 1);
}

static inline Value pop_left(Deque *d) {
    ValArray *b = d->buf;
    int64_t h = d->head;
    Value v = b->items[h];
    ST(b->items[h], VNULL);
    ST(d->head, (h + 1) & (b->cap - 1));
    st_len(d, d->len - 1);
    return v;
}

static inline Value pop_right(Deque *d) {
    ValArray *b = d->buf;
    int64_t s = slot_of(d, d->len - 1);
    Value v = b->items[s];
    ST(b->items[s], VNULL);
    st_len(d, d->len - 1);
    return v;
}

/* Append n values on one side (lock held, outside a bracket), trimming
 * the other side at maxlen as CPython's one-by-one appends would. */
static int push_many_locked(Deque *d, const Value *src, int64_t n, bool left) {
    int64_t ml = d->maxlen;
    /* maxlen 0: CPython only consumes the iterable (no state change) */
    if (n == 0 || ml == 0) return 0;
    if (ml > 0 && n > ml) {
        /* only the last maxlen pushed survive */
        src += n - ml;
        n = ml;
    }
    int64_t need = d->len + n;
    if (ml > 0 && need > ml) need = ml;
    if (reserve(d, need) < 0) return -1;
    wr_begin(d);
    for (int64_t k = 0; k < n; k++) {
        if (d->len == ml) {
            if (left) pop_right(d);
            else pop_left(d);
        }
        if (left) push_left(d, src[k]);
        else push_right(d, src[k]);
        if ((k & 65535) == 65535) SAFEPOINT();
    }
    bump_state(d);
    wr_end(d);
    return 0;
}

/* Remove item i (0 <= i < len) inside a bracket, moving the shorter side. */
static Value del_at(Deque *d, int64_t i) {
    ValArray *b = d->buf;
    int64_t n = d->len;
    Value v = b->items[slot_of(d, i)];
    if (i < n / 2) {
        for (int64_t k = i; k > 0; k--)
            ST(b->items[slot_of(d, k)], b->items[slot_of(d, k - 1)]);
        pop_left(d);
    } else {
        for (int64_t k = i; k < n - 1; k++)
            ST(b->items[slot_of(d, k)], b->items[slot_of(d, k + 1)]);
        pop_right(d);
    }
    gc_barrier_bulk(&b->hdr);
    return v;
}

/* Insert v before item i (0 < i < len) inside a bracket; needs room. */
static void insert_at(Deque *d, int64_t i, Value v) {
    ValArray *b = d->buf;
    int64_t n = d->len, mask = b->cap - 1;
    if (i < n / 2) {
        int64_t h = (d->head - 1) & mask;
        for (int64_t k = 0; k < i; k++)
            ST(b->items[(h + k) & mask], b->items[(h + k + 1) & mask]);
        ST(d->head, h);
    } else {
        for (int64_t k = n; k > i; k--)
            ST(b->items[slot_of(d, k)], b->items[slot_of(d, k - 1)]);
    }
    SET_FIELD(b, b->items[slot_of(d, i)], v);
    gc_barrier_bulk(&b->hdr);
    st_len(d, n + 1);
}

/* Rotate right by n (left when negative), lock held, outside a bracket. */
static void rotate_locked(Deque *d, int64_t n) {
    int64_t len = d->len;
    if (len <= 1) return;
    int64_t half = len >> 1;
    if (n > half || n < -half) {
        n %= len;
        if (n > half) n -= len;
        else if (n < -half) n += len;
    }
    ValArray *b = d->buf;
    int64_t mask = b->cap - 1;
    wr_begin(d);
    bump_state(d);
    if (n == 0) {
        /* nothing moves */
    } else if (len == b->cap) {
        /* full ring: rotating only moves the head */
        ST(d->head, (d->head - n) & mask);
    } else if (n > 0) {
        for (int64_t k = 0; k < n; k++) {
            int64_t tail = (d->head + len - 1) & mask, h = (d->head - 1) & mask;
            ST(b->items[h], b->items[tail]);
            ST(b->items[tail], VNULL);
            ST(d->head, h);
        }
    } else {
        for (int64_t k = 0; k < -n; k++) {
            int64_t h = d->head, tail = (h + len) & mask;
            ST(b->items[tail], b->items[h]);
            ST(b->items[h], VNULL);
            ST(d->head, (h + 1) & mask);
        }
    }
    gc_barrier_bulk(&b->hdr);
    wr_end(d);
}

static void clear_locked(Deque *d) {
    if (d->len == 0) return;
    wr_begin(d);
    SET_FIELD(d, d->buf, (ValArray *)NULL);
    ST(d->head, 0);
    st_len(d, 0);
    bump_state(d);
    wr_end(d);
}

/* ------------------------------------------------------------ C API -- */

static Deque *deque_alloc(Type *t) {
    Deque *d = t == &deque_type ? gc_alloc(t, sizeof(Deque)) : gc_alloc_instance(t, sizeof(Deque));
    if (!d) return NULL;
    d->maxlen = -1;
    return d;
}

static int deque_push(Deque *d, Value v, bool left) {
    wlock_acquire(&d->lock);
    int64_t ml = d->maxlen;
    if (ml == 0) {
        /* CPython appends and trims at once: only the state moves */
        bump_state(d);
        wlock_release(&d->lock);
        return 0;
    }
    if (d->len != ml && (!d->buf || d->len == d->buf->cap) && reserve(d, d->len + 1) < 0) {
        wlock_release(&d->lock);
        return -1;
    }
    wr_begin(d);
    if (d->len == ml) {
        if (left) pop_right(d);
        else pop_left(d);
    }
    if (left) push_left(d, v);
    else push_right(d, v);
    bump_state(d);
    wr_end(d);
    wlock_release(&d->lock);
    return 0;
}

static Value deque_pop_end(Deque *d, bool left) {
    wlock_acquire(&d->lock);
    if (d->len == 0) {
        wlock_release(&d->lock);
        return err_str(&IndexError_type, "pop from an empty deque");
    }
    wr_begin(d);
    Value v = left ? pop_left(d) : pop_right(d);
    bump_state(d);
    wr_end(d);
    maybe_shrink(d);
    wlock_release(&d->lock);
    return v;
}

/* The items at this instant, in order, in a fresh ValArray of capacity at
 * least cap_min (rounded to a power of two when pow2). */
static ValArray *deque_snapshot(Deque *d, int64_t *n, bool pow2) {
    for (;;) {
        int64_t want = ld_len(d);
        ValArray *a = valarray_new(pow2 ? pow2_at_least(want) : want);
        if (!a) return NULL;
        wlock_acquire(&d->lock);
        if (d->len > a->cap) {
            wlock_release(&d->lock);
            continue;
        }
        copy_out(d, a->items);
        *n = d->len;
        wlock_release(&d->lock);
        gc_barrier_bulk(&a->hdr);
        return a;
    }
}

/* Collect an iterable's items into private storage without running Python
 * code under any lock: tuples as they are, lists and deques by snapshot.
 * Returns false (nothing collected) for other iterables. */
static bool plain_items(Value src, Value *holder, const Value **items, int64_t *n, int *err) {
    *err = 0;
    if (tuple_iterates_plainly(src)) {
        *holder = src;
        *items = AS(Tuple, src)->items;
        *n = AS(Tuple, src)->len;
        return true;
    }
    if (list_iterates_plainly(src)) {
        Tuple *t = list_to_tuple(AS(List, src));
        if (!t) {
            *err = -1;
            return true;
        }
        *holder = OBJ_VAL(t);
        *items = t->items;
        *n = t->len;
        return true;
    }
    if (is_deque(src) && val_type(src)->iter == deque_type.iter) {
        ValArray *a = deque_snapshot(AS(Deque, src), n, false);
        if (!a) {
            *err = -1;
            return true;
        }
        *holder = OBJ_VAL(a);
        *items = a->items;
        return true;
    }
    return false;
}

static int deque_extend_side(Deque *d, Value iterable, bool left) {
    Value holder = VNULL;
    const Value *items;
    int64_t n;
    int err;
    if (plain_items(iterable, &holder, &items, &n, &err)) {
        if (err) return -1;
        wlock_acquire(&d->lock);
        int r = push_many_locked(d, items, n, left);
        wlock_release(&d->lock);
        (void)holder; /* keeps the snapshot reachable from this frame */
        return r;
    }
    if (OBJ_VAL(d) == iterable) {
        /* a subclass iterating itself: list it first, as CPython */
        List *l = obj_to_list(iterable);
        if (!l) return -1;
        return deque_extend_side(d, OBJ_VAL(l), left);
    }
    Value it = obj_getiter(iterable);
    if (!it) return -1;
    UnaryFn next = val_type(it)->iternext;
    bool consume = __atomic_load_n(&d->maxlen, __ATOMIC_RELAXED) == 0;
    /* one item per lock round: the iterator may run Python code that
     * looks at the deque between items, as in CPython */
    for (;;) {
        Value v = next ? next(it) : obj_iternext(it);
        if (!v) return err_occurred() ? -1 : 0;
        if (!consume && deque_push(d, v, left) < 0) return -1;
    }
}

static int deque_clear_c(Deque *d) {
    wlock_acquire(&d->lock);
    clear_locked(d);
    wlock_release(&d->lock);
    return 0;
}

/* ssize conversion as PyLong_AsSsize_t (after __index__ when `index`). */
static int to_ssize(Value v, bool index, int64_t *out) {
    if (IS_INT(v)) {
        *out = INT_VAL(v);
        return 0;
    }
    if (!IS_INTLIKE(v)) {
        if (!index) {
            err_str(&TypeError_type, "an integer is required");
            return -1;
        }
        if (!val_type(v)->nb_index) {
            err_format(&TypeError_type, "'%T' object cannot be interpreted as an integer", v);
            return -1;
        }
        v = num_index(v);
        if (!v) return -1;
    }
    if (int_as_i64(v, out) < 0) {
        err_clear();
        err_str(&OverflowError_type, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

/* Argument-count errors in CPython's METH_NOARGS / METH_O wording. */
static int check_noargs(const char *name, size_t nargs, Tuple *kw) {
    if (kw && kw->len) {
        err_format(&TypeError_type, "deque.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs) {
        err_format(&TypeError_type, "deque.%s() takes no arguments (%zu given)", name, nargs);
        return -1;
    }
    return 0;
}

static int check_onearg(const char *name, size_t nargs, Tuple *kw) {
    if (kw && kw->len) {
        err_format(&TypeError_type, "deque.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        err_format(&TypeError_type, "deque.%s() takes exactly one argument (%zu given)", name, nargs);
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------ search -- */

enum { SCAN_NOTFOUND = -1, SCAN_ERROR = -2, SCAN_MUTATED = -3 };

/* Compare x with items [start, stop) in order (item == x, as CPython).
 * Counting (count != NULL): adds matches to *count.  Otherwise returns the
 * first matching index; with `remove`, deletes it first.  SCAN_MUTATED
 * when the deque changed during a Python __eq__ call. */
static int64_t deque_scan(Deque *d, Value x, int64_t start, int64_t stop, int64_t *count,
                          bool remove) {
    wlock_acquire(&d->lock);
    uint64_t st = d->state;
    int64_t found = SCAN_NOTFOUND;
    for (int64_t i = start; i < stop && i < d->len; i++) {
        Value v = d->buf->items[slot_of(d, i)];
        int r = cont_fast_eq(v, x, 0);
        if (r == 2) {
            /* Python __eq__: unlocked; v stays alive in this frame */
            wlock_release(&d->lock);
            r = obj_eq(v, x);
            if (r < 0) return SCAN_ERROR;
            wlock_acquire(&d->lock);
            if (d->state != st) {
                wlock_release(&d->lock);
                return SCAN_MUTATED;
            }
        }
        if (r) {
            if (count) {
                (*count)++;
                continue;
            }
            if (remove) {
                wr_begin(d);
                del_at(d, i);
                bump_state(d);
                wr_end(d);
                maybe_shrink(d);
            }
            found = i;
            break;
        }
        if ((i & 4095) == 4095) SAFEPOINT();
    }
    wlock_release(&d->lock);
    return found;
}

static Value mutated_error(Type *t) { return err_str(t, "deque mutated during iteration"); }

/* ------------------------------------------------------------ methods -- */

static Value m_append(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (check_onearg("append", nargs, kw) < 0) return VNULL;
    if (deque_push(AS(Deque, self), args[0], false) < 0) return VNULL;
    return NONE;
}

static Value m_appendleft(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (check_onearg("appendleft", nargs, kw) < 0) return VNULL;
    if (deque_push(AS(Deque, self), args[0], true) < 0) return VNULL;
    return NONE;
}

static Value m_pop(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (check_noargs("pop", nargs, kw) < 0) return VNULL;
    return deque_pop_end(AS(Deque, self), false);
}

static Value m_popleft(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (check_noargs("popleft", nargs, kw) < 0) return VNULL;
    return deque_pop_end(AS(Deque, self), true);
}

static Value m_extend(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (check_onearg("extend", nargs, kw) < 0) return VNULL;
    if (deque_extend_side(AS(Deque, self), args[0], false) < 0) return VNULL;
    return NONE;
}

static Value m_extendleft(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (check_onearg("extendleft", nargs, kw) < 0) return VNULL;
    if (deque_extend_side(AS(Deque, self), args[0], true) < 0) return VNULL;
    return NONE;
}

static Value m_clear(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (check_noargs("clear", nargs, kw) < 0) return VNULL;
    deque_clear_c(AS(Deque, self));
    return NONE;
}

/* copy(): an exact deque is copied in C; a subclass is rebuilt through its
 * constructor, type(d)(d) or type(d)(d, maxlen), as CPython. */
static Value deque_copy_value(Value self) {
    Deque *d = AS(Deque, self);
    int64_t ml = __atomic_load_n(&d->maxlen, __ATOMIC_RELAXED);
    if (val_type(self) != &deque_type) {
        Value args[2] = {self, MK_INT(ml)};
        return obj_call(OBJ_VAL(val_type(self)), args, ml < 0 ? 1 : 2, NULL);
    }
    int64_t n;
    ValArray *a = deque_snapshot(d, &n, true);
    if (!a) return VNULL;
    Deque *r = deque_alloc(&deque_type);
    if (!r) return VNULL;
    r->maxlen = ml;
    if (n) {
        SET_FIELD(r, r->buf, a);
        st_len(r, n);
    }
    return OBJ_VAL(r);
}

static Value m_copy(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (check_noargs("copy", nargs, kw) < 0) return VNULL;
    return deque_copy_value(self);
}

static Value m_dunder_copy(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (check_noargs("__copy__", nargs, kw) < 0) return VNULL;
    return deque_copy_value(self);
}

static Value m_count(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (check_onearg("count", nargs, kw) < 0) return VNULL;
    int64_t c = 0;
    int64_t r = deque_scan(AS(Deque, self), args[0], 0, INT64_MAX, &c, false);
    if (r == SCAN_ERROR) return VNULL;
    if (r == SCAN_MUTATED) return mutated_error(&RuntimeError_type);
    return MK_INT(c);
}

static Value m_index(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (kw && kw->len) return err_str(&TypeError_type, "deque.index() takes no keyword arguments");
    if (nargs < 1)
        return err_format(&TypeError_type, "index() takes at least 1 argument (%zu given)", nargs);
    if (nargs > 3)
        return err_format(&TypeError_type, "index() takes at most 3 arguments (%zu given)", nargs);
    Deque *d = AS(Deque, self);
    int64_t n = ld_len(d), start, stop;
    if (seq_index_bounds(args, nargs, n, &start, &stop) < 0) return VNULL;
    if (stop > n) stop = n;
    if (start > stop) start = stop;
    int64_t r = deque_scan(d, args[0], start, stop, NULL, false);
    if (r >= 0) return MK_INT(r);
    if (r == SCAN_ERROR) return VNULL;
    if (r == SCAN_MUTATED) return mutated_error(&RuntimeError_type);
    return err_format(&ValueError_type, "%R is not in deque", args[0]);
}

static Value m_remove(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (check_onearg("remove", nargs, kw) < 0) return VNULL;
    int64_t r = deque_scan(AS(Deque, self), args[0], 0, INT64_MAX, NULL, true);
    if (r >= 0) return NONE;
    if (r == SCAN_ERROR) return VNULL;
    if (r == SCAN_MUTATED) return mutated_error(&IndexError_type);
    return err_format(&ValueError_type, "%R is not in deque", args[0]);
}

static Value m_insert(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (kw && kw->len) return err_str(&TypeError_type, "deque.insert() takes no keyword arguments");
    if (nargs != 2)
        return err_format(&TypeError_type, "insert() takes exactly 2 arguments (%zu given)", nargs);
    int64_t i;
    if (to_ssize(args[0], true, &i) < 0) return VNULL;
    Deque *d = AS(Deque, self);
    Value v = args[1];
    wlock_acquire(&d->lock);
    int64_t n = d->len;
    if (d->maxlen == n) {
        wlock_release(&d->lock);
        return err_str(&IndexError_type, "deque already at its maximum size");
    }
    if (reserve(d, n + 1) < 0) {
        wlock_release(&d->lock);
        return VNULL;
    }
    wr_begin(d);
    if (i >= n) push_right(d, v);
    else if (i <= -n || i == 0) push_left(d, v);
    else insert_at(d, i < 0 ? i + n : i, v);
    bump_state(d);
    wr_end(d);
    wlock_release(&d->lock);
    return NONE;
}

static Value m_reverse(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (check_noargs("reverse", nargs, kw) < 0) return VNULL;
    Deque *d = AS(Deque, self);
    wlock_acquire(&d->lock);
    int64_t n = d->len;
    if (n > 1) {
        ValArray *b = d->buf;
        wr_begin(d);
        for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
            int64_t si = slot_of(d, i), sj = slot_of(d, j);
            Value t = b->items[si];
            ST(b->items[si], b->items[sj]);
            ST(b->items[sj], t);
        }
        gc_barrier_bulk(&b->hdr);
        wr_end(d);
    }
    wlock_release(&d->lock);
    return NONE;
}

static Value m_rotate(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (kw && kw->len) return err_str(&TypeError_type, "deque.rotate() takes no keyword arguments");
    if (nargs > 1)
        return err_format(&TypeError_type, "deque.rotate expected at most 1 argument, got %zu", nargs);
    int64_t n = 1;
    if (nargs && to_ssize(args[0], true, &n) < 0) return VNULL;
    Deque *d = AS(Deque, self);
    wlock_acquire(&d->lock);
    rotate_locked(d, n);
    wlock_release(&d->lock);
    return NONE;
}

static Value deque_iter_make(Value self, bool reverse);

static Value m_reversed(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (check_noargs("__reversed__", nargs, kw) < 0) return VNULL;
    return deque_iter_make(self, true);
}

static Value m_reduce(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (check_noargs("__reduce__", nargs, kw) < 0) return VNULL;
    Deque *d = AS(Deque, self);
    Dict **dp = obj_dict_ptr(self);
    Value state = dp && *dp && dict_len(*dp) ? OBJ_VAL(*dp) : NONE;
    Value it = deque_iter_make(self, false);
    if (!it) return VNULL;
    int64_t ml = __atomic_load_n(&d->maxlen, __ATOMIC_RELAXED);
    Tuple *cargs = ml < 0 ? tuple_empty : tuple_pack(2, OBJ_VAL(tuple_empty), MK_INT(ml));
    if (!cargs) return VNULL;
    Tuple *r = tuple_pack(4, OBJ_VAL(val_type(self)), OBJ_VAL(cargs), state, it);
    return r ? OBJ_VAL(r) : VNULL;
}

static Value m_sizeof(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (check_noargs("__sizeof__", nargs, kw) < 0) return VNULL;
    ValArray *b = __atomic_load_n(&AS(Deque, self)->buf, __ATOMIC_ACQUIRE);
    return MK_INT((int64_t)sizeof(Deque) + (b ? (int64_t)sizeof(ValArray) + b->cap * 8 : 0));
}

static Value m_class_getitem(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (check_onearg("__class_getitem__", nargs, kw) < 0) return VNULL;
    return generic_alias_new(self, args[0]);
}

static Value deque_iadd(Value a, Value b);
static int repeat_inplace(Deque *d, int64_t k);

static Value m_iadd(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (check_onearg("__iadd__", nargs, kw) < 0) return VNULL;
    return deque_iadd(self, args[0]);
}

static Value m_imul(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (check_onearg("__imul__", nargs, kw) < 0) return VNULL;
    /* the method converts with __index__ (the operator says "can't
     * multiply sequence ...") */
    int64_t k;
    if (to_ssize(args[0], true, &k) < 0) return VNULL;
    if (repeat_inplace(AS(Deque, self), k) < 0) return VNULL;
    return self;
}

static Value g_maxlen(Value self) {
    int64_t ml = __atomic_load_n(&AS(Deque, self)->maxlen, __ATOMIC_RELAXED);
    return ml < 0 ? NONE : MK_INT(ml);
}

/* -------------------------------------------------------------- slots -- */

static void deque_trace(Obj *o, Tracer *tr) { GC_MARK(tr, ((Deque *)o)->buf); }

static Value deque_new_slot(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    Deque *d = deque_alloc(t);
    return d ? OBJ_VAL(d) : VNULL;
}

/* deque(iterable=(), maxlen=None), with PyArg_ParseTupleAndKeywords's
 * messages. */
static Value deque_init(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    static const char *const names[2] = {"iterable", "maxlen"};
    Value slot[2] = {VNULL, VNULL};
    size_t nkw = kwnames ? (size_t)kwnames->len : 0;
    if (nargs + nkw > 2)
        return err_format(&TypeError_type, "deque() takes at most 2 arguments (%zu given)",
                          nargs + nkw);
    for (size_t i = 0; i < nargs; i++) slot[i] = args[i];
    for (size_t k = 0; k < nkw; k++) {
        Str *name = AS(Str, kwnames->items[k]);
        int which = -1;
        for (int j = 0; j < 2; j++)
            if (str_eq_cstr(name, names[j])) which = j;
        if (which < 0)
            return err_format(&TypeError_type, "%R is an invalid keyword argument for deque()",
                              OBJ_VAL(name));
        if ((size_t)which < nargs)
            return err_format(&TypeError_type,
                              "argument for deque() given by name ('%s') and position (%d)",
                              names[which], which + 1);
        slot[which] = args[nargs + k];
    }
    int64_t ml = -1;
    if (slot[1] && slot[1] != NONE) {
        if (to_ssize(slot[1], false, &ml) < 0) return VNULL;
        if (ml < 0) return err_str(&ValueError_type, "maxlen must be non-negative");
    }
    Deque *d = AS(Deque, self);
    wlock_acquire(&d->lock);
    ST(d->maxlen, ml);
    clear_locked(d);
    wlock_release(&d->lock);
    if (slot[0] && deque_extend_side(d, slot[0], false) < 0) return VNULL;
    return NONE;
}

static int64_t deque_len_slot(Value self) { return ld_len(AS(Deque, self)); }

static Value deque_getitem(Value self, Value key) {
    int64_t i;
    if (IS_INT(key)) {
        i = INT_VAL(key);
    } else {
        int ok = seq_index_value(key, &i);
        if (ok < 0) return VNULL;
        if (!ok)
            return err_format(&TypeError_type, "sequence index must be integer, not '%s'",
                              type_name(val_type(key)));
    }
    View v;
    Value x = deque_peek(AS(Deque, self), i, true, &v);
    if (!x) return err_str(&IndexError_type, "deque index out of range");
    return x;
}

static int deque_setitem(Value self, Value key, Value v) {
    int64_t i;
    if (IS_INT(key)) {
        i = INT_VAL(key);
    } else {
        int ok = seq_index_value(key, &i);
        if (ok < 0) return -1;
        if (!ok) {
            err_format(&TypeError_type, "sequence index must be integer, not '%s'",
                       type_name(val_type(key)));
            return -1;
        }
    }
    Deque *d = AS(Deque, self);
    wlock_acquire(&d->lock);
    int64_t n = d->len;
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        wlock_release(&d->lock);
        err_str(&IndexError_type, "deque index out of range");
        return -1;
    }
    if (v) {
        /* one atomic store: a reader sees the old or the new item */
        SET_FIELD(d->buf, d->buf->items[slot_of(d, i)], v);
    } else {
        wr_begin(d);
        del_at(d, i);
        bump_state(d);
        wr_end(d);
        maybe_shrink(d);
    }
    wlock_release(&d->lock);
    return 0;
}

static int deque_contains(Value self, Value x) {
    int64_t r = deque_scan(AS(Deque, self), x, 0, INT64_MAX, NULL, false);
    if (r >= 0) return 1;
    if (r == SCAN_NOTFOUND) return 0;
    if (r == SCAN_MUTATED) mutated_error(&RuntimeError_type);
    return -1;
}

static Str *deque_repr(Value self) {
    Deque *d = AS(Deque, self);
    Str *name = val_type(self)->name_obj;
    int r = repr_enter(self);
    if (r < 0) return NULL;
    if (r > 0) return str_from_cstr("[...]");
    int64_t n;
    ValArray *a = deque_snapshot(d, &n, false);
    List *l = a ? list_from_array(a->items, n) : NULL;
    Str *res = NULL;
    if (l) {
        int64_t ml = __atomic_load_n(&d->maxlen, __ATOMIC_RELAXED);
        if (ml < 0) res = str_format("%U(%R)", name, OBJ_VAL(l));
        else res = str_format("%U(%R, maxlen=%lld)", name, OBJ_VAL(l), (long long)ml);
    }
    repr_leave(self);
    return res;
}

static Value deque_richcompare(Value a, Value b, int op) {
    if (!is_deque(a) || !is_deque(b)) return NOT_IMPLEMENTED;
    Deque *x = AS(Deque, a), *y = AS(Deque, b);
    if ((op == CMP_EQ || op == CMP_NE) && ld_len(x) != ld_len(y)) return BOOL_V(op == CMP_NE);
    int64_t nx, ny;
    ValArray *sx = deque_snapshot(x, &nx, false);
    if (!sx) return VNULL;
    ValArray *sy = deque_snapshot(y, &ny, false);
    if (!sy) return VNULL;
    return seq_richcompare(sx->items, nx, sy->items, ny, op);
}

static Value deque_add(Value a, Value b) {
    if (!is_deque(a)) return NOT_IMPLEMENTED;
    if (!is_deque(b))
        return err_format(&TypeError_type, "can only concatenate deque (not \"%s\") to deque",
                          type_name(val_type(b)));
    Value r = deque_copy_value(a);
    if (!r) return VNULL;
    if (!is_deque(r)) return r;
    if (deque_extend_side(AS(Deque, r), b, false) < 0) return VNULL;
    return r;
}

static Value deque_iadd(Value a, Value b) {
    if (!is_deque(a)) return NOT_IMPLEMENTED;
    if (deque_extend_side(AS(Deque, a), b, false) < 0) return VNULL;
    return a;
}

/* Repeat count for d * n: 1 ok, 0 not handled (NotImplemented), -1 error. */
static int repeat_count(Value n, int64_t *k) {
    if (IS_INT(n)) {
        *k = INT_VAL(n);
        return 1;
    }
    if (!IS_INTLIKE(n) && !val_type(n)->nb_index) {
        Type *t = val_type(n);
        /* a type of its own with __mul__/__rmul__ gets its turn */
        if ((t->flags & TF_HEAPTYPE) && t->nb[NB_MUL] && !is_deque(n)) return 0;
        err_format(&TypeError_type, "can't multiply sequence by non-int of type '%s'",
                   type_name(t));
        return -1;
    }
    return num_as_ssize(n, &OverflowError_type, k) < 0 ? -1 : 1;
}

/* d *= k in place, CPython's rules: k <= 0 clears, a bounded deque keeps
 * the last maxlen items of the repetition. */
static int repeat_inplace(Deque *d, int64_t k) {
    for (;;) {
        int64_t n;
        uint64_t st = __atomic_load_n(&d->state, __ATOMIC_RELAXED);
        int64_t len = ld_len(d);
        if (len == 0 || k == 1) return 0;
        if (k <= 0) return deque_clear_c(d);
        ValArray *src = deque_snapshot(d, &n, false);
        if (!src) return -1;
        if (n == 0) return 0;
        if (n > INT64_MAX / k) {
            err_no_memory();
            return -1;
        }
        int64_t total = n * k, ml = __atomic_load_n(&d->maxlen, __ATOMIC_RELAXED);
        int64_t keep = ml >= 0 && total > ml ? ml : total;
        if (keep > ((int64_t)1 << 56)) {
            err_no_memory();
            return -1;
        }
        ValArray *nb = valarray_new(pow2_at_least(keep));
        if (!nb) return -1;
        /* the kept items are the tail of the repetition: start at the
         * item whose repetition index is total - keep */
        int64_t off = (total - keep) % n;
        for (int64_t j = 0; j < keep; j++) {
            nb->items[j] = src->items[off];
            if (++off == n) off = 0;
            if ((j & 65535) == 65535) SAFEPOINT();
        }
        gc_barrier_bulk(&nb->hdr);
        wlock_acquire(&d->lock);
        if (d->state != st || d->len != n || d->maxlen != ml) {
            /* changed since the snapshot: start again */
            wlock_release(&d->lock);
            continue;
        }
        wr_begin(d);
        SET_FIELD(d, d->buf, nb);
        ST(d->head, 0);
        st_len(d, keep);
        bump_state(d);
        wr_end(d);
        wlock_release(&d->lock);
        return 0;
    }
}

static Value deque_mul(Value a, Value b) {
    Value seq = a, n = b;
    if (!is_deque(a)) {
        seq = b;
        n = a;
    }
    if (!is_deque(seq)) return NOT_IMPLEMENTED;
    int64_t k;
    int ok = repeat_count(n, &k);
    if (ok <= 0) return ok < 0 ? VNULL : NOT_IMPLEMENTED;
    Value r = deque_copy_value(seq);
    if (!r) return VNULL;
    if (is_deque(r) && repeat_inplace(AS(Deque, r), k) < 0) return VNULL;
    return r;
}

static Value deque_imul(Value a, Value b) {
    if (!is_deque(a)) return NOT_IMPLEMENTED;
    int64_t k;
    int ok = repeat_count(b, &k);
    if (ok <= 0) return ok < 0 ? VNULL : NOT_IMPLEMENTED;
    if (repeat_inplace(AS(Deque, a), k) < 0) return VNULL;
    return a;
}

static Value deque_iter_slot(Value self) { return deque_iter_make(self, false); }

static const MethodDef deque_methods[] = {
    {"append", m_append, 0, "Add an element to the right side of the deque."},
    {"appendleft", m_appendleft, 0, "Add an element to the left side of the deque."},
    {"clear", m_clear, 0, "Remove all elements from the deque."},
    {"copy", m_copy, 0, "Return a shallow copy of a deque."},
    {"count", m_count, 0, "D.count(value) -- return number of occurrences of value"},
    {"extend", m_extend, 0, "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", m_extendleft, 0, "Extend the left side of the deque with elements from the iterable"},
    {"index", m_index, 0,
     "D.index(value, [start, [stop]]) -- return first index of value.\n"
     "Raises ValueError if the value is not present."},
    {"insert", m_insert, 0, "D.insert(index, object) -- insert object before index"},
    {"pop", m_pop, 0, "Remove and return the rightmost element."},
    {"popleft", m_popleft, 0, "Remove and return the leftmost element."},
    {"remove", m_remove, 0, "D.remove(value) -- remove first occurrence of value."},
    {"reverse", m_reverse, 0, "D.reverse() -- reverse *IN PLACE*"},
    {"rotate", m_rotate, 0,
     "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
    {"__copy__", m_dunder_copy, 0, "Return a shallow copy of a deque."},
    {"__reversed__", m_reversed, 0, "D.__reversed__() -- return a reverse iterator over the deque"},
    {"__reduce__", m_reduce, 0, "Return state information for pickling."},
    {"__sizeof__", m_sizeof, 0, "D.__sizeof__() -- size of D in memory, in bytes"},
    {"__class_getitem__", m_class_getitem, METH_CLASS, "See PEP 585"},
    {"__iadd__", m_iadd, 0, NULL},
    {"__imul__", m_imul, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef deque_getsets[] = {
    {"maxlen", g_maxlen, NULL},
    {NULL, NULL, NULL},
};

Type deque_type = {
    .hdr = {&type_type},
    .name = "collections.deque",
    .basicsize = sizeof(Deque),
    .flags = TF_BASETYPE,
    .trace = deque_trace,
    .new_ = deque_new_slot,
    .init = deque_init,
    .repr = deque_repr,
    .richcompare = deque_richcompare,
    .iter = deque_iter_slot,
    .len = deque_len_slot,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .contains = deque_contains,
    .nb = {[NB_ADD] = deque_add, [NB_MUL] = deque_mul},
    .nb_inplace = {[NB_ADD] = deque_iadd, [NB_MUL] = deque_imul},
    .methods = deque_methods,
    .getsets = deque_getsets,
    .doc = "deque([iterable[, maxlen]]) --> deque object\n\n"
           "A list-like sequence optimized for data accesses near its endpoints.",
};

/* ---------------------------------------------------------- iterators -- */
/* An iterator may be shared by racing threads: its fields are relaxed
 * atomics, so a race may repeat or skip an item but reads nothing out of
 * bounds (deque_peek bounds-checks every read). */

static void deque_iter_trace(Obj *o, Tracer *tr) { GC_MARK(tr, ((DequeIter *)o)->d); }

static Value deque_iter_make(Value self, bool reverse) {
    Deque *d = AS(Deque, self);
    DequeIter *it = gc_alloc(reverse ? &deque_reviter_type : &deque_iter_type, sizeof(DequeIter));
    if (!it) return VNULL;
    View v;
    deque_peek(d, 0, false, &v);
    SET_FIELD(it, it->d, d);
    it->index = reverse ? v.len - 1 : 0;
    it->counter = v.len;
    it->state = v.state;
    return OBJ_VAL(it);
}

static Value deque_iter_step(Value self, int64_t dir) {
    DequeIter *it = AS(DequeIter, self);
    View v;
    int64_t i = RELAXED_LD(it->index);
    Value x = deque_peek(it->d, i, false, &v);
    if (v.state != it->state) {
        RELAXED_ST(it->counter, 0);
        return mutated_error(&RuntimeError_type);
    }
    int64_t c = RELAXED_LD(it->counter);
    if (c <= 0 || !x) return VNULL;
    RELAXED_ST(it->index, i + dir);
    RELAXED_ST(it->counter, c - 1);
    return x;
}

static Value deque_iter_next(Value self) { return deque_iter_step(self, 1); }
static Value deque_reviter_next(Value self) { return deque_iter_step(self, -1); }

static Value iter_self(Value self) { return self; }

static Value iter_length_hint(Value self, Value *args, size_t nargs, Tuple *kw) {
    return MK_INT(RELAXED_LD(AS(DequeIter, self)->counter));
}

static Value iter_reduce(Value self, Value *args, size_t nargs, Tuple *kw) {
    DequeIter *it = AS(DequeIter, self);
    int64_t done = ld_len(it->d) - RELAXED_LD(it->counter);
    Tuple *a = tuple_pack(2, OBJ_VAL(it->d), MK_INT(done));
    if (!a) return VNULL;
    Tuple *r = tuple_pack(2, OBJ_VAL(val_type(self)), OBJ_VAL(a));
    return r ? OBJ_VAL(r) : VNULL;
}

/* _deque_iterator(deque, index=0): an iterator advanced by index items
 * (unpickling support). */
static Value iter_new_slot(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    if (kwnames && kwnames->len)
        return err_format(&TypeError_type, "%s() takes no keyword arguments", type_name(t));
    if (nargs < 1 || nargs > 2)
        return err_format(&TypeError_type, "function takes at %s %d argument%s (%zu given)",
                          nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 2,
                          nargs < 1 ? "" : "s", nargs);
    if (!is_deque(args[0]))
        return err_format(&TypeError_type, "argument 1 must be collections.deque, not %s",
                          type_name(val_type(args[0])));
    int64_t skip = 0;
    if (nargs > 1 && to_ssize(args[1], true, &skip) < 0) return VNULL;
    Value it = deque_iter_make(args[0], t == &deque_reviter_type);
    if (!it) return VNULL;
    for (int64_t i = 0; i < skip; i++) {
        Value x = deque_iter_step(it, t == &deque_reviter_type ? -1 : 1);
        if (!x) {
            if (err_occurred()) return VNULL;
            break;
        }
    }
    return it;
}

static const MethodDef deque_iter_methods[] = {
    {"__length_hint__", iter_length_hint, METH_NOKW, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", iter_reduce, METH_NOKW, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

Type deque_iter_type = {
    .hdr = {&type_type},
    .name = "_collections._deque_iterator",
    .basicsize = sizeof(DequeIter),
    .trace = deque_iter_trace,
    .new_ = iter_new_slot,
    .iter = iter_self,
    .iternext = deque_iter_next,
    .methods = deque_iter_methods,
};

Type deque_reviter_type = {
    .hdr = {&type_type},
    .name = "_collections._deque_reverse_iterator",
    .basicsize = sizeof(DequeIter),
    .trace = deque_iter_trace,
    .new_ = iter_new_slot,
    .iter = iter_self,
    .iternext = deque_reviter_next,
    .methods = deque_iter_methods,
};
