/* list.c - the mutable list, its storage (ValArray) and its iterators.
 *
 * Layout: List holds a length and a pointer to a ValArray (capacity +
 * slots).  Invariant: slots [len, cap) of the current storage hold VNULL.
 *
 * Thread-safety:
 *  - Readers take no lock: they load `len` and `items` with acquire loads,
 *    bounds-check the index against both the length and the storage's own
 *    `cap`, and read the slot; a VNULL slot reads as "index out of range".
 *    A reader racing a writer sees the old or the new element, never
 *    garbage, because storage is never freed while reachable (tracing GC)
 *    and never shrunk in place.
 *  - Writers take the list's WLock.  Growth allocates a new ValArray, fills
 *    it, and publishes it with SET_FIELD (a release store); the length is
 *    published with a release store after the slots it covers are written.
 *  - No Python code runs under the lock.  remove, index and count scan
 *    under the lock while comparisons are decided in C (cont_fast_eq), so
 *    they are atomic for such items; a comparison that needs Python
 *    __eq__ drops the lock for the call and revalidates (remove searches
 *    again if the element moved).  ==, `in` and repr read lock-free and
 *    call __eq__/__repr__ unlocked.  list.sort() detaches the storage
 *    while it sorts a private copy, as CPython empties the list, and raises
 *    "list modified during sort" if someone stored into the list meanwhile.
 *  - list(x) / extend(x) from a dict, dict view or set copy one state of it
 *    under its lock (cont_snapshot_iterable), as CPython's are atomic.
 *  - Iterators claim each index with a CAS, so threads sharing one
 *    iterator get each item once.
 */
#include <stdlib.h>
#include <string.h>

#include "../runtime.h"
#include "slots.h"

int seq_index_bounds(Value *args, size_t nargs, int64_t len, int64_t *start, int64_t *stop);

/* ------------------------------------------------------------ storage -- */

static void valarray_trace(Obj *o, Tracer *tr) {
    ValArray *a = (ValArray *)o;
    gc_mark_range(tr, a->items, (size_t)a->cap);
}

Type valarray_type = {
    .hdr = {&type_type},
    .name = "valarray",
    .basicsize = sizeof(ValArray),
    .itemsize = sizeof(Value),
    .trace = valarray_trace,
};

ValArray *valarray_new(int64_t cap) {
    if (cap < 0 || cap > (int64_t)(SIZE_MAX / 16)) {
        err_no_memory();
        return NULL;
    }
    ValArray *a = gc_alloc(&valarray_type, sizeof(ValArray) + (size_t)cap * sizeof(Value));
    if (!a) return NULL;
    a->cap = cap;
    return a;
}

/* Copy n values within published storage (regions may overlap): word-sized
 * relaxed stores, so lock-free readers racing the move read whole values. */
static void vmove(Value *dst, const Value *src, int64_t n) {
    if (dst < src) {
        for (int64_t i = 0; i < n; i++) RELAXED_ST(dst[i], src[i]);
    } else {
        for (int64_t i = n - 1; i >= 0; i--) RELAXED_ST(dst[i], src[i]);
    }
}

static inline int64_t ld_len(List *l) { return __atomic_load_n(&l->len, __ATOMIC_ACQUIRE); }
static inline ValArray *ld_items(List *l) { return __atomic_load_n(&l->items, __ATOMIC_ACQUIRE); }
static inline void st_len(List *l, int64_t n) { __atomic_store_n(&l->len, n, __ATOMIC_RELEASE); }

/* Ensure room for `need` items; lock held.  CPython's over-allocation. */
static int list_reserve_locked(List *l, int64_t need) {
    ValArray *a = l->items;
    if (a && need <= a->cap) return 0;
    /* CPython's over-allocation (n/8 + 6) for small lists; big lists grow
     * by a quarter, since a copy (no realloc in place) costs O(n) */
    int64_t ncap = need < 65536 ? need + (need >> 3) + 6 : need + (need >> 2);
    ncap &= ~(int64_t)3;
    if (ncap < need) ncap = need;
    ValArray *na = valarray_new(ncap);
    if (!na) return -1;
    if (a && l->len) {
        memcpy(na->items, a->items, (size_t)l->len * sizeof(Value));
        gc_barrier_bulk(&na->hdr);
    }
    SET_FIELD(l, l->items, na);
    return 0;
}

/* ------------------------------------------------------------ C API -- */

static List *list_alloc(Type *t, int64_t cap) {
    List *l = t == &list_type ? gc_alloc(t, sizeof(List)) : gc_alloc_instance(t, sizeof(List));
    if (!l) return NULL;
    if (cap > 0) {
        ValArray *a = valarray_new(cap);
        if (!a) return NULL;
        SET_FIELD(l, l->items, a);
    }
    return l;
}

List *list_new(int64_t cap) { return list_alloc(&list_type, cap); }

List *list_from_array(const Value *items, int64_t n) {
    List *l = list_new(n);
    if (!l) return NULL;
    if (n) {
        memcpy(l->items->items, items, (size_t)n * sizeof(Value));
        gc_barrier_bulk(&l->items->hdr);
    }
    st_len(l, n);
    return l;
}


Value *list_items_snapshot(List *l, int64_t *n) {
    int64_t len = ld_len(l);
    ValArray *a = ld_items(l);
    if (!a) {
        *n = 0;
        return NULL;
    }
    if (len > a->cap) len = a->cap;
    *n = len;
    return a->items;
}

int list_set(List *l, int64_t i, Value v) {
    wlock_acquire(&l->lock);
    if (i < 0 || i >= l->len) {
        wlock_release(&l->lock);
        err_str(&IndexError_type, "list assignment index out of range");
        return -1;
    }
    SET_FIELD(l->items, l->items->items[i], v);
    wlock_release(&l->lock);
    return 0;
}

int list_append(List *l, Value v) {
    wlock_acquire(&l->lock);
    int64_t n = l->len;
    ValArray *a = l->items;
    if (__builtin_expect(!a || n >= a->cap, 0)) {
        if (list_reserve_locked(l, n + 1) < 0) {
            wlock_release(&l->lock);
            return -1;
        }
        a = l->items;
    }
    SET_FIELD(a, a->items[n], v);
    st_len(l, n + 1);
    wlock_release(&l->lock);
    return 0;
}

/* Append n values (already collected, no Python code needed). */
static int list_append_array(List *l, const Value *items, int64_t n) {
    if (n == 0) return 0;
    wlock_acquire(&l->lock);
    int64_t len = l->len;
    if (list_reserve_locked(l, len + n) < 0) {
        wlock_release(&l->lock);
        return -1;
    }
    ValArray *a = l->items;
    vmove(a->items + len, items, n);
    gc_barrier_bulk(&a->hdr);
    st_len(l, len + n);
    wlock_release(&l->lock);
    return 0;
}

int list_extend(List *l, Value iterable) {
    if (list_iterates_plainly(iterable) || tuple_iterates_plainly(iterable)) {
        Value *src;
        int64_t n;
        if (IS_TUPLE(iterable)) {
            src = AS(Tuple, iterable)->items;
            n = AS(Tuple, iterable)->len;
            return list_append_array(l, src, n);
        }
        /* copy first: the source may be l itself or change under us */
        List *o = AS(List, iterable);
        wlock_acquire(&o->lock);
        n = o->len;
        ValArray *snap = NULL;
        wlock_release(&o->lock);
        if (n == 0) return 0;
        snap = valarray_new(n);
        if (!snap) return -1;
        wlock_acquire(&o->lock);
        if (n > o->len) n = o->len;
        if (n) memcpy(snap->items, o->items->items, (size_t)n * sizeof(Value));
        wlock_release(&o->lock);
        gc_barrier_bulk(&snap->hdr);
        return list_append_array(l, snap->items, n);
    }
    ValArray *snap;
    int64_t n;
    int r = cont_snapshot_iterable(iterable, &snap, &n);   /* dicts, views, sets */
    if (r < 0) return -1;
    if (r) {
        wlock_acquire(&l->lock);
        if (l->len == 0) {
            /* empty list (list(d)): the fresh array becomes its storage */
            SET_FIELD(l, l->items, snap);
            st_len(l, n);
            wlock_release(&l->lock);
            return 0;
        }
        wlock_release(&l->lock);
        return list_append_array(l, snap->items, n);
    }
    Value it = obj_getiter(iterable);
    if (!it) return -1;
    UnaryFn next = val_type(it)->iternext;
    /* batch appends: one lock round per chunk (the chunk lives on the C
     * stack, which the collector scans) */
    Value buf[64];
    int nb = 0;
    for (;;) {
        Value v = next ? next(it) : obj_iternext(it);
        if (!v) {
            if (err_occurred()) return -1;
            return list_append_array(l, buf, nb);
        }
        buf[nb++] = v;
        if (nb == 64) {
            if (list_append_array(l, buf, nb) < 0) return -1;
            nb = 0;
        }
    }
}

int list_insert(List *l, int64_t i, Value v) {
    wlock_acquire(&l->lock);
    int64_t n = l->len;
    if (list_reserve_locked(l, n + 1) < 0) {
        wlock_release(&l->lock);
        return -1;
    }
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    ValArray *a = l->items;
    vmove(a->items + i + 1, a->items + i, n - i);
    SET_FIELD(a, a->items[i], v);
    gc_barrier_bulk(&a->hdr);
    st_len(l, n + 1);
    wlock_release(&l->lock);
    return 0;
}

/* Remove [lo, hi) with the lock held. */
static void list_del_range_locked(List *l, int64_t lo, int64_t hi) {
    int64_t n = l->len;
    if (hi <= lo) return;
    ValArray *a = l->items;
    vmove(a->items + lo, a->items + hi, n - hi);
    int64_t nn = n - (hi - lo);
    st_len(l, nn);
    for (int64_t k = nn; k < n; k++) __atomic_store_n(&a->items[k], VNULL, __ATOMIC_RELAXED);
    gc_barrier_bulk(&a->hdr);
}

Value list_pop(List *l, int64_t i) {
    wlock_acquire(&l->lock);
    int64_t n = l->len;
    if (n == 0) {
        wlock_release(&l->lock);
        return err_str(&IndexError_type, "pop from empty list");
    }
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        wlock_release(&l->lock);
        return err_str(&IndexError_type, "pop index out of range");
    }
    ValArray *a = l->items;
    Value v = a->items[i];
    if (i == n - 1) {
        st_len(l, n - 1);
        __atomic_store_n(&a->items[i], VNULL, __ATOMIC_RELAXED);
    } else {
        list_del_range_locked(l, i, i + 1);
    }
    wlock_release(&l->lock);
    return v;
}

int list_reverse(List *l) {
    wlock_acquire(&l->lock);
    int64_t n = l->len;
    ValArray *a = l->items;
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        Value t = a->items[i];
        __atomic_store_n(&a->items[i], a->items[j], __ATOMIC_RELAXED);
        __atomic_store_n(&a->items[j], t, __ATOMIC_RELAXED);
    }
    if (n > 1) gc_barrier_bulk(&a->hdr);
    wlock_release(&l->lock);
    return 0;
}

/* Copy of the items in a fresh ValArray (*n set), under the lock. */
static ValArray *list_snapshot(List *l, int64_t *n) {
    for (;;) {
        int64_t want = ld_len(l);
        ValArray *na = valarray_new(want);
        if (!na) return NULL;
        wlock_acquire(&l->lock);
        if (l->len > want) {
            wlock_release(&l->lock);
            continue;
        }
        *n = l->len;
        if (*n) memcpy(na->items, l->items->items, (size_t)*n * sizeof(Value));
        wlock_release(&l->lock);
        gc_barrier_bulk(&na->hdr);
        return na;
    }
}

List *list_copy(List *l) {
    int64_t n;
    ValArray *a = list_snapshot(l, &n);
    if (!a) return NULL;
    List *r = list_new(0);
    if (!r) return NULL;
    if (n) {
        SET_FIELD(r, r->items, a);
        st_len(r, n);
    }
    return r;
}

Tuple *list_to_tuple(List *l) {
    int64_t n;
    ValArray *a = list_snapshot(l, &n);
    if (!a) return NULL;
    return tuple_from_array(a->items, n);
}

static void list_clear_locked(List *l) {
    st_len(l, 0);
    SET_FIELD(l, l->items, (ValArray *)NULL);
}

/* ------------------------------------------------------------- sort -- */

int list_sort(List *l, Value key, bool reverse) {
    if (key == NONE) key = VNULL;
    /* Detach the storage (the list reads as empty while sorting). */
    wlock_acquire(&l->lock);
    int64_t n = l->len;
    ValArray *orig = l->items;
    list_clear_locked(l);
    wlock_release(&l->lock);

    ValArray *vals = valarray_new(n);
    ValArray *keys = NULL;
    int rc = 0;
    if (!vals) rc = -1;
    if (!rc && n) {
        memcpy(vals->items, orig->items, (size_t)n * sizeof(Value));
        gc_barrier_bulk(&vals->hdr);
    }
    if (!rc && key && n) {
        keys = valarray_new(n);
        if (!keys) rc = -1;
        for (int64_t i = 0; !rc && i < n; i++) {
            Value k = obj_call1(key, vals->items[i]);
            if (!k) rc = -1;
            else SET_FIELD(keys, keys->items[i], k);
        }
    }
    Value *kv = keys ? keys->items : (vals ? vals->items : NULL);
    if (!rc && n > 1) {
        if (reverse) {
            for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
                Value t = vals->items[i];
                vals->items[i] = vals->items[j];
                vals->items[j] = t;
                if (keys) {
                    t = keys->items[i];
                    keys->items[i] = keys->items[j];
                    keys->items[j] = t;
                }
            }
        }
        rc = timsort_values(kv, keys ? vals->items : NULL, n);
        if (reverse) {
            for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
                Value t = vals->items[i];
                vals->items[i] = vals->items[j];
                vals->items[j] = t;
            }
        }
        /* the sort permuted both private arrays with plain stores */
        gc_barrier_bulk(&vals->hdr);
        if (keys)
            gc_barrier_bulk(&keys->hdr);
    }
    /* Publish the result (or the original order if the key failed). */
    wlock_acquire(&l->lock);
    bool modified = l->items != NULL || l->len != 0;
    SET_FIELD(l, l->items, vals ? vals : orig);
    st_len(l, n);
    wlock_release(&l->lock);
    if (rc == 0 && modified) {
        err_str(&ValueError_type, "list modified during sort");
        return -1;
    }
    return rc;
}

/* -------------------------------------------------------------- slots -- */

static void list_trace(Obj *o, Tracer *tr) { GC_MARK(tr, ((List *)o)->items); }

static Str *list_repr(Value self) {
    List *l = AS(List, self);
    if (ld_len(l) == 0) return str_from_cstr("[]");
    int r = repr_enter(self);
    if (r < 0) return NULL;
    if (r > 0) return str_from_cstr("[...]");
    StrBuilder b;
    sb_init(&b);
    if (thread_enter_recursive(" while getting the repr of an object") < 0) goto fail;
    sb_append_char(&b, '[');
    for (int64_t i = 0;; i++) {
        Value v = list_get(l, i);
        if (!v) break;
        if (i) sb_append_cstr(&b, ", ");
        Str *s = obj_repr(v);
        if (!s) {
            thread_leave_recursive();
            goto fail;
        }
        sb_append_str(&b, s);
    }
    thread_leave_recursive();
    sb_append_char(&b, ']');
    repr_leave(self);
    return sb_finish(&b);
fail:
    sb_free(&b);
    repr_leave(self);
    return NULL;
}

static Value list_richcompare(Value a, Value b, int op) {
    if (!IS_LIST(a) || !IS_LIST(b)) return NOT_IMPLEMENTED;
    List *x = AS(List, a), *y = AS(List, b);
    if ((op == CMP_EQ || op == CMP_NE) && ld_len(x) != ld_len(y))
        return BOOL_V(op == CMP_NE);
    int64_t i;
    Value vx = VNULL, vy = VNULL;
    for (i = 0;; i++) {
        vx = list_get(x, i);
        vy = list_get(y, i);
        if (!vx || !vy) break;
        if (vx == vy) continue;
        int r = obj_eq(vx, vy);
        if (r < 0) return VNULL;
        if (!r) break;
    }
    if (!vx || !vy) {
        int64_t na = ld_len(x), nb = ld_len(y);
        int c = (na > nb) - (na < nb);
        bool res;
        switch (op) {
        case CMP_LT: res = c < 0; break;
        case CMP_LE: res = c <= 0; break;
        case CMP_EQ: res = c == 0; break;
        case CMP_NE: res = c != 0; break;
        case CMP_GT: res = c > 0; break;
        default: res = c >= 0; break;
        }
        return BOOL_V(res);
    }
    if (op == CMP_EQ) return FALSE_V;
    if (op == CMP_NE) return TRUE_V;
    return obj_richcompare(vx, vy, op);
}

static int64_t list_len_slot(Value self) { return ld_len(AS(List, self)); }

static Value list_getitem(Value self, Value key) {
    List *l = AS(List, self);
    int64_t i;
    if (IS_INT(key)) {
        i = INT_VAL(key);
    } else if (IS_EXACT(key, slice_type)) {
        /* indices may run __index__: compute unlocked, copy only the
         * selected items under the lock, retry if the length moved */
        for (;;) {
            int64_t start, stop, step, n, cnt = ld_len(l);
            if (slice_indices(AS(Slice, key), cnt, &start, &stop, &step, &n) < 0) return VNULL;
            List *r = list_new(n);
            if (!r) return VNULL;
            if (n == 0) return OBJ_VAL(r);
            ValArray *ra = r->items;
            wlock_acquire(&l->lock);
            if (l->len != cnt) {
                wlock_release(&l->lock);
                continue;
            }
            const Value *src = l->items->items;
            if (step == 1) memcpy(ra->items, src + start, (size_t)n * sizeof(Value));
            else
                for (int64_t k = 0, j = start; k < n; k++, j += step) ra->items[k] = src[j];
            wlock_release(&l->lock);
            gc_barrier_bulk(&ra->hdr);
            st_len(r, n);
            return OBJ_VAL(r);
        }
    } else {
        int ok = seq_index_value(key, &i);
        if (ok < 0) return VNULL;
        if (!ok)
            return err_format(&TypeError_type, "list indices must be integers or slices, not %T", key);
    }
    if (i < 0) i += ld_len(l);
    Value v = list_get(l, i);
    if (!v) return err_str(&IndexError_type, "list index out of range");
    return v;
}

/* l[slice] = v (v VNULL: delete). */
static int list_ass_slice(List *l, Slice *sl, Value v) {
    ValArray *src = NULL;
    int64_t m = 0;
    if (v) {
        if (IS_TUPLE(v)) {
            m = AS(Tuple, v)->len;
            src = valarray_new(m);
            if (!src) return -1;
            if (m) memcpy(src->items, AS(Tuple, v)->items, (size_t)m * sizeof(Value));
        } else if (IS_LIST(v)) {
            src = list_snapshot(AS(List, v), &m);
            if (!src) return -1;
        } else {
            if (!val_type(v)->iter && !val_type(v)->getitem) {
                err_str(&TypeError_type, "can only assign an iterable");
                return -1;
            }
            List *tmp = obj_to_list(v);
            if (!tmp) return -1;
            src = list_snapshot(tmp, &m);
            if (!src) return -1;
        }
    }
    /* slice_indices may run __index__: compute unlocked, then recheck the
     * length under the lock and start again if it moved. */
    int64_t start, stop, step, n, len;
    for (;;) {
        len = ld_len(l);
        if (slice_indices(sl, len, &start, &stop, &step, &n) < 0) return -1;
        wlock_acquire(&l->lock);
        if (l->len == len) break;
        wlock_release(&l->lock);
    }
    if (step == 1) {
        if (n < 0) n = 0;
        int64_t newlen = len - n + m;
        if (newlen > len) {
            if (list_reserve_locked(l, newlen) < 0) {
                wlock_release(&l->lock);
                return -1;
            }
        }
        ValArray *a = l->items;
        if (a) {
            vmove(a->items + start + m, a->items + start + n, len - start - n);
            if (m) vmove(a->items + start, src->items, m);
            for (int64_t k = newlen; k < len; k++) RELAXED_ST(a->items[k], VNULL);
            gc_barrier_bulk(&a->hdr);
        }
        st_len(l, newlen);
        wlock_release(&l->lock);
        return 0;
    }
    if (!v) {
        /* delete an extended slice: keep the items not selected */
        if (n > 0) {
            if (step < 0) {
                start = start + step * (n - 1);
                step = -step;
            }
            ValArray *a = l->items;
            int64_t w = start, k = 0;
            for (int64_t r = start; r < len; r++) {
                if (k < n && r == start + k * step) {
                    k++;
                    continue;
                }
                RELAXED_ST(a->items[w], a->items[r]);
                w++;
            }
            for (int64_t q = w; q < len; q++) RELAXED_ST(a->items[q], VNULL);
            gc_barrier_bulk(&a->hdr);
            st_len(l, w);
        }
        wlock_release(&l->lock);
        return 0;
    }
    if (m != n) {
        wlock_release(&l->lock);
        err_format(&ValueError_type,
                   "attempt to assign sequence of size %lld to extended slice of size %lld",
                   (long long)m, (long long)n);
        return -1;
    }
    ValArray *a = l->items;
    for (int64_t k = 0, j = start; k < n; k++, j += step) RELAXED_ST(a->items[j], src->items[k]);
    if (n) gc_barrier_bulk(&a->hdr);
    wlock_release(&l->lock);
    return 0;
}

static int list_setitem(Value self, Value key, Value v) {
    List *l = AS(List, self);
    int64_t i;
    if (IS_INT(key)) {
        i = INT_VAL(key);
    } else if (IS_EXACT(key, slice_type)) {
        return list_ass_slice(l, AS(Slice, key), v);
    } else {
        int ok = seq_index_value(key, &i);
        if (ok < 0) return -1;
        if (!ok) {
            err_format(&TypeError_type, "list indices must be integers or slices, not %T", key);
            return -1;
        }
    }
    wlock_acquire(&l->lock);
    int64_t n = l->len;
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        wlock_release(&l->lock);
        err_str(&IndexError_type, "list assignment index out of range");
        return -1;
    }
    if (v) {
        SET_FIELD(l->items, l->items->items[i], v);
    } else if (i == n - 1) {
        st_len(l, n - 1);
        __atomic_store_n(&l->items->items[i], VNULL, __ATOMIC_RELAXED);
    } else {
        list_del_range_locked(l, i, i + 1);
    }
    wlock_release(&l->lock);
    return 0;
}

static int list_contains(Value self, Value item) {
    List *l = AS(List, self);
    for (int64_t i = 0;; i++) {
        Value v = list_get(l, i);
        if (!v) return 0;
        if (v == item) return 1;
        int r = obj_eq(v, item);
        if (r) return r;
    }
}

static Value list_add(Value a, Value b) {
    if (!IS_LIST(a)) return NOT_IMPLEMENTED;
    if (!IS_LIST(b)) {
        Type *bt = val_type(b);
        if (bt->nb[NB_ADD] == NULL || IS_TUPLE(b) || IS_STR(b))
            return err_format(&TypeError_type, "can only concatenate list (not \"%s\") to list",
                              type_name(bt));
        return NOT_IMPLEMENTED;
    }
    List *x = AS(List, a), *y = AS(List, b);
    for (;;) {
        int64_t na = ld_len(x), nb = ld_len(y);
        List *r = list_new(na + nb);
        if (!r) return VNULL;
        if (na + nb == 0) return OBJ_VAL(r);
        Value *dst = r->items->items;
        /* each operand copied whole under its own lock */
        wlock_acquire(&x->lock);
        bool ok = x->len == na;
        if (ok && na) memcpy(dst, x->items->items, (size_t)na * sizeof(Value));
        wlock_release(&x->lock);
        if (!ok) continue;
        wlock_acquire(&y->lock);
        ok = y->len == nb;
        if (ok && nb) memcpy(dst + na, y->items->items, (size_t)nb * sizeof(Value));
        wlock_release(&y->lock);
        if (!ok) continue;
        gc_barrier_bulk(&r->items->hdr);
        st_len(r, na + nb);
        return OBJ_VAL(r);
    }
}

static bool seq_mul_bad(Value other) {
    Type *t = val_type(other);
    return t->nb[NB_MUL] == NULL || IS_STR(other) || IS_TUPLE(other) || IS_LIST(other) ||
           IS_BYTES(other);
}

/* Repeat count for seq * n; 1 ok, 0 NOT_IMPLEMENTED, -1 error. */
static int repeat_count(Value n, int64_t *k) {
    if (IS_INT(n)) {
        *k = INT_VAL(n);
        return 1;
    }
    if (!val_type(n)->nb_index && !IS_INTLIKE(n)) {
        if (seq_mul_bad(n)) {
            err_format(&TypeError_type, "can't multiply sequence by non-int of type '%s'",
                       type_name(val_type(n)));
            return -1;
        }
        return 0;
    }
    if (num_as_ssize(n, &OverflowError_type, k) < 0) return -1;
    return 1;
}

static List *list_repeat(ValArray *src, int64_t n, int64_t k) {
    if (k < 0) k = 0;
    if (n && k > INT64_MAX / 16 / n) {
        err_no_memory();
        return NULL;
    }
    List *r = list_new(n * k);
    if (!r) return NULL;
    if (n > 0 && k > 0) {
        Value *d = r->items->items;
        if (n == 1) {
            Value v = src->items[0];
            for (int64_t i = 0; i < k; i++) d[i] = v;
        } else {
            for (int64_t i = 0; i < k; i++) {
                memcpy(d + i * n, src->items, (size_t)n * sizeof(Value));
                if ((i & 1023) == 1023) SAFEPOINT();
            }
        }
        gc_barrier_bulk(&r->items->hdr);
    }
    st_len(r, n * k);
    return r;
}

static Value list_mul(Value a, Value b) {
    Value seq = a, n = b;
    if (!IS_LIST(a)) {
        seq = b;
        n = a;
    }
    if (!IS_LIST(seq)) return NOT_IMPLEMENTED;
    int64_t k;
    int ok = repeat_count(n, &k);
    if (ok <= 0) return ok < 0 ? VNULL : NOT_IMPLEMENTED;
    int64_t cnt;
    ValArray *src = list_snapshot(AS(List, seq), &cnt);
    if (!src) return VNULL;
    List *r = list_repeat(src, cnt, k);
    return r ? OBJ_VAL(r) : VNULL;
}

static Value list_iadd(Value a, Value b) {
    if (!IS_LIST(a)) return NOT_IMPLEMENTED;
    if (list_extend(AS(List, a), b) < 0) return VNULL;
    return a;
}

static Value list_imul(Value a, Value b) {
    if (!IS_LIST(a)) return NOT_IMPLEMENTED;
    int64_t k;
    int ok = repeat_count(b, &k);
    if (ok <= 0) return ok < 0 ? VNULL : NOT_IMPLEMENTED;
    List *l = AS(List, a);
    int64_t cnt;
    ValArray *src = list_snapshot(l, &cnt);
    if (!src) return VNULL;
    List *r = list_repeat(src, cnt, k);
    if (!r) return VNULL;
    wlock_acquire(&l->lock);
    SET_FIELD(l, l->items, r->items);
    st_len(l, r->len);
    wlock_release(&l->lock);
    return a;
}

static Value list_new_slot(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    List *l = list_alloc(t, 0);
    return l ? OBJ_VAL(l) : VNULL;
}

static Value list_init(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (kwnames && kwnames->len && val_type(self) == &list_type)
        return err_str(&TypeError_type, "list() takes no keyword arguments");
    if (nargs > 1) return err_format(&TypeError_type, "list expected at most 1 argument, got %zu", nargs);
    List *l = AS(List, self);
    wlock_acquire(&l->lock);
    list_clear_locked(l);
    wlock_release(&l->lock);
    if (nargs && list_extend(l, args[0]) < 0) return VNULL;
    return NONE;
}

static Value list_iter(Value self);

/* ------------------------------------------------------------ methods -- */

static Value m_append(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (nargs != 1) return err_format(&TypeError_type, "list.append() takes exactly one argument (%zu given)", nargs);
    if (list_append(AS(List, self), args[0]) < 0) return VNULL;
    return NONE;
}

static Value m_extend(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (nargs != 1) return err_format(&TypeError_type, "list.extend() takes exactly one argument (%zu given)", nargs);
    if (list_extend(AS(List, self), args[0]) < 0) return VNULL;
    return NONE;
}

static Value m_insert(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (nargs != 2) return err_format(&TypeError_type, "insert expected 2 arguments, got %zu", nargs);
    int64_t i;
    if (!IS_INT(args[0]) && !val_type(args[0])->nb_index && !IS_INTLIKE(args[0]))
        return err_format(&TypeError_type, "'%s' object cannot be interpreted as an integer",
                          type_name(val_type(args[0])));
    if (num_as_ssize(args[0], NULL, &i) < 0) return VNULL;
    if (list_insert(AS(List, self), i, args[1]) < 0) return VNULL;
    return NONE;
}

static Value m_pop(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("pop", nargs, 0, 1) < 0) return VNULL;
    int64_t i = -1;
    if (nargs) {
        if (!IS_INT(args[0]) && !val_type(args[0])->nb_index && !IS_INTLIKE(args[0]))
            return err_format(&TypeError_type, "'%s' object cannot be interpreted as an integer",
                              type_name(val_type(args[0])));
        if (num_as_ssize(args[0], &IndexError_type, &i) < 0) return VNULL;
    }
    return list_pop(AS(List, self), i);
}

/* Search [start, stop) for an item equal to x.  While comparisons need no
 * Python code (cont_fast_eq decides) the scan holds the lock, so it is
 * atomic against writers: an item present throughout is found, however
 * other threads insert or delete around it (a lock-free scan can be passed
 * by an item that a deletion before it shifts left).  A comparison that
 * needs Python __eq__ runs with the lock dropped, and the scan goes on at
 * the next index of the list as it is then (CPython's guarantee, too, ends
 * where Python code runs).
 * mode FIND: returns the index with the lock HELD and *found set to the
 * item (a caller that deletes it needs no revalidation); -1 (absent) or -2
 * (error) with the lock released.  mode COUNT: returns the number of equal
 * items (lock released), -2 on error. */
enum { FIND, COUNT };
static int64_t scan_locked(List *l, Value x, int64_t start, int64_t stop, int mode,
                           Value *found) {
    int64_t count = 0;
    wlock_acquire(&l->lock);
    /* the length and storage only change under the lock: cached while held */
    int64_t n = l->len < stop ? l->len : stop;
    const Value *items = n > 0 ? l->items->items : NULL;
    for (int64_t i = start; i < n; i++) {
        Value v = items[i];
        /* two different small ints are unequal: the common case, inline */
        int r = v == x ? 1 : (IS_INT(v) && IS_INT(x)) ? 0 : cont_fast_eq(v, x, 0);
        if (r == 2) {
            wlock_release(&l->lock);
            r = obj_eq(v, x);
            if (r < 0) return -2;
            wlock_acquire(&l->lock);
            n = l->len < stop ? l->len : stop;
            items = n > 0 ? l->items->items : NULL;
            /* FIND must return with v still at i: else search again */
            if (r && mode == FIND && !(i < n && items[i] == v)) {
                i = start - 1;
                continue;
            }
        }
        if (r && mode == FIND) {
            *found = v;
            return i;
        }
        count += r;
        if ((i & 4095) == 4095) SAFEPOINT();   /* world stops: waiters are detached */
    }
    wlock_release(&l->lock);
    return mode == FIND ? -1 : count;
}

static Value m_remove(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (nargs != 1) return err_format(&TypeError_type, "list.remove() takes exactly one argument (%zu given)", nargs);
    List *l = AS(List, self);
    Value v;
    int64_t i = scan_locked(l, args[0], 0, INT64_MAX, FIND, &v);
    if (i == -2) return VNULL;
    if (i < 0) return err_str(&ValueError_type, "list.remove(x): x not in list");
    list_del_range_locked(l, i, i + 1);
    wlock_release(&l->lock);
    return NONE;
}

static Value m_index(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("index", nargs, 1, 3) < 0) return VNULL;
    List *l = AS(List, self);
    int64_t start, stop;
    if (seq_index_bounds(args, nargs, ld_len(l), &start, &stop) < 0) return VNULL;
    Value v;
    int64_t i = scan_locked(l, args[0], start, stop, FIND, &v);
    if (i == -2) return VNULL;
    if (i < 0) return err_format(&ValueError_type, "%R is not in list", args[0]);
    wlock_release(&l->lock);
    return MK_INT(i);
}

static Value m_count(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (nargs != 1) return err_format(&TypeError_type, "list.count() takes exactly one argument (%zu given)", nargs);
    int64_t c = scan_locked(AS(List, self), args[0], 0, INT64_MAX, COUNT, NULL);
    return c < 0 ? VNULL : MK_INT(c);
}

static Value m_reverse(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("reverse", nargs, 0, 0) < 0) return VNULL;
    list_reverse(AS(List, self));
    return NONE;
}

static Value m_sort(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (nargs) return err_str(&TypeError_type, "sort() takes no positional arguments");
    static const char *const names[] = {"key", "reverse"};
    Value out[2] = {VNULL, VNULL};
    if (args_bind("sort", args, nargs, kwnames, names, 0, 2, out) < 0) return VNULL;
    bool rev = false;
    if (out[1]) {
        if (!IS_INTLIKE(out[1]) && !IS_INT(out[1])) {
            if (IS_FLOAT(out[1]))
                return err_str(&TypeError_type, "'float' object cannot be interpreted as an integer");
        }
        int t = obj_truthy(out[1]);
        if (t < 0) return VNULL;
        rev = t;
    }
    if (list_sort(AS(List, self), out[0] ? out[0] : VNULL, rev) < 0) return VNULL;
    return NONE;
}

static Value m_copy(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("copy", nargs, 0, 0) < 0) return VNULL;
    List *r = list_copy(AS(List, self));
    return r ? OBJ_VAL(r) : VNULL;
}

static Value m_clear(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("clear", nargs, 0, 0) < 0) return VNULL;
    List *l = AS(List, self);
    wlock_acquire(&l->lock);
    list_clear_locked(l);
    wlock_release(&l->lock);
    return NONE;
}

typedef struct ListIter {
    Obj hdr;
    List *l;           /* NULL once exhausted */
    int64_t i;
} ListIter;

static Value m_reversed(Value self, Value *args, size_t nargs, Tuple *kw) {
    ListIter *it = gc_alloc(&list_reviter_type, sizeof(ListIter));
    if (!it) return VNULL;
    SET_FIELD(it, it->l, AS(List, self));
    it->i = ld_len(AS(List, self)) - 1;
    return OBJ_VAL(it);
}

static Value m_iadd(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("__iadd__", nargs, 1, 1) < 0) return VNULL;
    return list_iadd(self, args[0]);
}

static Value m_imul(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("__imul__", nargs, 1, 1) < 0) return VNULL;
    return list_imul(self, args[0]);
}

static Value m_class_getitem(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("__class_getitem__", nargs, 1, 1) < 0) return VNULL;
    return generic_alias_new(self, args[0]);
}

static Value m_sizeof(Value self, Value *args, size_t nargs, Tuple *kw) {
    ValArray *a = ld_items(AS(List, self));
    return MK_INT(40 + (a ? a->cap * 8 : 0));
}

static const MethodDef list_methods[] = {
    {"append", m_append, METH_NOKW, "Append object to the end of the list."},
    {"extend", m_extend, METH_NOKW, "Extend list by appending elements from the iterable."},
    {"insert", m_insert, METH_NOKW, "Insert object before index."},
    {"pop", m_pop, METH_NOKW, "Remove and return item at index (default last)."},
    {"remove", m_remove, METH_NOKW, "Remove first occurrence of value."},
    {"index", m_index, METH_NOKW, "Return first index of value."},
    {"count", m_count, METH_NOKW, "Return number of occurrences of value."},
    {"reverse", m_reverse, METH_NOKW, "Reverse *IN PLACE*."},
    {"sort", m_sort, 0, "Sort the list in ascending order and return None."},
    {"copy", m_copy, METH_NOKW, "Return a shallow copy of the list."},
    {"clear", m_clear, METH_NOKW, "Remove all items from list."},
    {"__reversed__", m_reversed, METH_NOKW, "Return a reverse iterator over the list."},
    {"__iadd__", m_iadd, METH_NOKW, NULL},
    {"__imul__", m_imul, METH_NOKW, NULL},
    {"__class_getitem__", m_class_getitem, METH_NOKW | METH_CLASS, NULL},
    {"__sizeof__", m_sizeof, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};

Type list_type = {
    .hdr = {&type_type},
    .name = "list",
    .basicsize = sizeof(List),
    .flags = TF_BASETYPE | TF_LIST_SUBCLASS,
    .trace = list_trace,
    .new_ = list_new_slot,
    .init = list_init,
    .repr = list_repr,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .len = list_len_slot,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .nb = {[NB_ADD] = list_add, [NB_MUL] = list_mul},
    .nb_inplace = {[NB_ADD] = list_iadd, [NB_MUL] = list_imul},
    .methods = list_methods,
    .doc = "Built-in mutable sequence.",
};

/* ---------------------------------------------------------- iterators -- */

static void list_iter_trace(Obj *o, Tracer *tr) { GC_MARK(tr, ((ListIter *)o)->l); }

static Value list_iter(Value self) {
    ListIter *it = gc_alloc(&list_iter_type, sizeof(ListIter));
    if (!it) return VNULL;
    SET_FIELD(it, it->l, AS(List, self));
    return OBJ_VAL(it);
}

static Value list_iter_next(Value self) {
    ListIter *it = AS(ListIter, self);
    List *l = __atomic_load_n(&it->l, __ATOMIC_ACQUIRE);
    if (!l) return VNULL;
    int64_t i = RELAXED_LD(it->i);
    for (;;) {
        Value v = list_get(l, i);
        if (!v) {
            SET_FIELD(it, it->l, (List *)NULL);
            return VNULL;
        }
        if (ITER_CLAIM(it->i, i, i + 1)) return v;
    }
}

static Value list_reviter_next(Value self) {
    ListIter *it = AS(ListIter, self);
    List *l = __atomic_load_n(&it->l, __ATOMIC_ACQUIRE);
    if (!l) return VNULL;
    int64_t i = RELAXED_LD(it->i);
    for (;;) {
        Value v = i >= 0 ? list_get(l, i) : VNULL;
        if (!v) {
            SET_FIELD(it, it->l, (List *)NULL);
            return VNULL;
        }
        if (ITER_CLAIM(it->i, i, i - 1)) return v;
    }
}

static Value iter_self(Value self) { return self; }

static Value list_iter_hint(Value self, Value *args, size_t nargs, Tuple *kw) {
    ListIter *it = AS(ListIter, self);
    List *l = __atomic_load_n(&it->l, __ATOMIC_ACQUIRE);
    if (!l) return MK_INT(0);
    int64_t n = ld_len(l) - RELAXED_LD(it->i);
    return MK_INT(n > 0 ? n : 0);
}

static Value list_reviter_hint(Value self, Value *args, size_t nargs, Tuple *kw) {
    ListIter *it = AS(ListIter, self);
    List *l = __atomic_load_n(&it->l, __ATOMIC_ACQUIRE);
    int64_t i = RELAXED_LD(it->i);
    if (!l || i >= ld_len(l)) return MK_INT(0);
    return MK_INT(i + 1);
}

static const MethodDef list_iter_methods[] = {
    {"__length_hint__", list_iter_hint, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};
static const MethodDef list_reviter_methods[] = {
    {"__length_hint__", list_reviter_hint, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};

Type list_iter_type = {
    .hdr = {&type_type},
    .name = "list_iterator",
    .basicsize = sizeof(ListIter),
    .trace = list_iter_trace,
    .iter = iter_self,
    .iternext = list_iter_next,
    .methods = list_iter_methods,
};

Type list_reviter_type = {
    .hdr = {&type_type},
    .name = "list_reverseiterator",
    .basicsize = sizeof(ListIter),
    .trace = list_iter_trace,
    .iter = iter_self,
    .iternext = list_reviter_next,
    .methods = list_reviter_methods,
};
