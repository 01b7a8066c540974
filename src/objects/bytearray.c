/* bytearray.c - the mutable bytearray: storage, mutation (append, extend,
 * insert, pop, remove, item/slice assignment and deletion, +=, *=) and the
 * type's slots.  The non-mutating methods are shared with bytes
 * (bytes_methods.c).
 *
 * Thread-safety (as list): readers take no lock.  They load `buf`
 * (acquire) and `len` (acquire) and clamp len to that buffer's own cap, so
 * they always index valid memory; a racing reader may see stale or
 * half-updated *bytes*, never a wild pointer.  Writers take the object's
 * WLock.  Growth allocates a new ByteBuf, copies, publishes it with
 * SET_FIELD (a release store) and only then publishes the new length;
 * buffers are never shrunk in place.  No Python code (__index__, iteration
 * of an argument) runs while the lock is held: arguments are converted and
 * collected into C memory first.
 */
#include <stdio.h>
#include <string.h>

#include "str_impl.h"

extern const MethodDef bytearray_methods[];
Value bytes_richcompare_any(Value a, Value b, int op);
Value bytes_getitem_any(Value self, Value key, bool ba);
int bytes_contains_any(Value self, Value item);
Value bytes_mul_any(Value a, Value b, bool ba);
Value bytes_iter_any(Value v, Type *it_type);
Str *bytes_repr_raw(const uint8_t *p, int64_t n, const char *prefix, const char *suffix);
int bytes_collect(Value x, uint8_t **out, int64_t *outlen, bool allow_count, const char *tname);
int bytes_ctor_args(const char *tname, Value *args, size_t nargs, Tuple *kwnames, uint8_t **out, int64_t *n,
                    bool *is_self_bytes);

static Type bytebuf_type = {
    .hdr = {&type_type},
    .name = "bytearray_buffer",
    .basicsize = sizeof(ByteBuf),
};

#define BA_OF(v) AS(ByteArray, v)

static ByteBuf *buf_new(int64_t cap) {
    ByteBuf *b = gc_alloc(&bytebuf_type, sizeof(ByteBuf) + (size_t)cap + 1);
    if (b) b->cap = cap;
    return b;
}

static void ba_trace(Obj *o, Tracer *t) {
    ByteArray *a = (ByteArray *)o;
    if (a->buf) GC_MARK(t, a->buf);
}

/* Make room for `need` bytes; lock held.  Copies the current contents. */
static int reserve_locked(ByteArray *a, int64_t need) {
    ByteBuf *old = a->buf;
    if (old && old->cap >= need) return 0;
    if (need < 0 || need > INT64_MAX / 4) {
        err_no_memory();
        return -1;
    }
    int64_t cap = need + (need >> 3) + 8;
    ByteBuf *nb = buf_new(cap);
    if (!nb) return -1;
    if (old && a->len) memcpy(nb->data, old->data, (size_t)(a->len < old->cap ? a->len : old->cap));
    SET_FIELD(a, a->buf, nb);
    return 0;
}

static inline void ba_set_len(ByteArray *a, int64_t n) {
    /* release: bytes written before are visible to a reader seeing n */
    __atomic_store_n(&a->len, n, __ATOMIC_RELEASE);
}

static ByteArray *ba_alloc(Type *t, const void *data, size_t n) {
    ByteArray *a = t == &bytearray_type ? gc_alloc(t, sizeof(ByteArray)) : gc_alloc_instance(t, sizeof(ByteArray));
    if (!a) return NULL;
    if (n || data) {
        ByteBuf *b = buf_new((int64_t)n);
        if (!b) return NULL;
        if (data && n) memcpy(b->data, data, n);
        SET_FIELD(a, a->buf, b);
    }
    a->len = (int64_t)n;
    return a;
}

ByteArray *bytearray_new(const void *data, size_t n) { return ba_alloc(&bytearray_type, data, n); }

/* Replace a[lo:hi] by src[0:m] (step 1); lock taken here. */
static int ba_splice(ByteArray *a, int64_t lo, int64_t hi, const uint8_t *src, int64_t m) {
    wlock_acquire(&a->lock);
    int64_t n = a->len;
    if (lo < 0) lo = 0;
    if (lo > n) lo = n;
    if (hi < lo) hi = lo;
    if (hi > n) hi = n;
    int64_t newlen = n - (hi - lo) + m;
    if (reserve_locked(a, newlen) < 0) {
        wlock_release(&a->lock);
        return -1;
    }
    uint8_t *d = a->buf ? a->buf->data : NULL;
    if (d) {
        memmove(d + lo + m, d + hi, (size_t)(n - hi));
        if (m) memcpy(d + lo, src, (size_t)m);
    }
    ba_set_len(a, newlen);
    wlock_release(&a->lock);
    return 0;
}

static int byte_value(Value v, uint8_t *out) {
    int64_t x;
    if (IS_INT(v)) x = INT_VAL(v);
    else if (IS_INTLIKE(v) || (IS_OBJ(v) && val_type(v)->nb_index)) {
        if (num_as_ssize(v, NULL, &x) < 0) return -1;
    } else {
        err_format(&TypeError_type, "'%s' object cannot be interpreted as an integer", val_type(v)->name);
        return -1;
    }
    if (x < 0 || x > 255) {
        err_str(&ValueError_type, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (uint8_t)x;
    return 0;
}

static int ba_args(const char *name, size_t nargs, Tuple *kw, size_t n) {
    if (kw && tuple_len(kw)) {
        err_format(&TypeError_type, "bytearray.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != n) {
        if (n == 0) err_format(&TypeError_type, "bytearray.%s() takes no arguments (%zu given)", name, nargs);
        else err_format(&TypeError_type, "bytearray.%s() takes exactly one argument (%zu given)", name, nargs);
        return -1;
    }
    return 0;
}

/* ---------------------------------------------------------------------
 * Mutating methods
 */
Value bytearray_m_append(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (ba_args("append", nargs, kw, 1) < 0) return VNULL;
    uint8_t c;
    if (byte_value(args[0], &c) < 0) return VNULL;
    ByteArray *a = BA_OF(self);
    wlock_acquire(&a->lock);
    if (reserve_locked(a, a->len + 1) < 0) {
        wlock_release(&a->lock);
        return VNULL;
    }
    a->buf->data[a->len] = c;
    ba_set_len(a, a->len + 1);
    wlock_release(&a->lock);
    return NONE;
}

static int extend_with(ByteArray *a, Value x) {
    uint8_t *buf;
    int64_t n;
    if (!(IS_BYTES(x) || IS_BYTEARRAY(x)) && !val_type(x)->iter && !val_type(x)->getitem) {
        err_format(&TypeError_type, "can't extend bytearray with %s", val_type(x)->name);
        return -1;
    }
    if (IS_STR(x)) {
        if (AS(Str, x)->len == 0) return 0;
        err_str(&TypeError_type, "'str' object cannot be interpreted as an integer");
        return -1;
    }
    if (bytes_collect(x, &buf, &n, false, "bytearray") < 0) return -1;
    int64_t end = a->len;
    int r = ba_splice(a, INT64_MAX, INT64_MAX, buf, n);
    (void)end;
    free(buf);
    return r;
}

Value bytearray_m_extend(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (ba_args("extend", nargs, kw, 1) < 0) return VNULL;
    return extend_with(BA_OF(self), args[0]) < 0 ? VNULL : NONE;
}

Value bytearray_m_insert(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (kw && tuple_len(kw)) return err_str(&TypeError_type, "bytearray.insert() takes no keyword arguments");
    if (nargs != 2) return err_format(&TypeError_type, "insert expected 2 arguments, got %zu", nargs);
    int64_t i;
    if (IS_INT(args[0])) i = INT_VAL(args[0]);
    else if (IS_INTLIKE(args[0]) || (IS_OBJ(args[0]) && val_type(args[0])->nb_index)) {
        if (num_as_ssize(args[0], NULL, &i) < 0) return VNULL;
    } else
        return err_format(&TypeError_type, "'%s' object cannot be interpreted as an integer", val_type(args[0])->name);
    uint8_t c;
    if (byte_value(args[1], &c) < 0) return VNULL;
    ByteArray *a = BA_OF(self);
    int64_t n = a->len;
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    return ba_splice(a, i, i, &c, 1) < 0 ? VNULL : NONE;
}

Value bytearray_m_pop(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (kw && tuple_len(kw)) return err_str(&TypeError_type, "bytearray.pop() takes no keyword arguments");
    if (nargs > 1) return err_format(&TypeError_type, "pop expected at most 1 argument, got %zu", nargs);
    int64_t i = -1;
    if (nargs) {
        if (IS_INT(args[0])) i = INT_VAL(args[0]);
        else if (IS_INTLIKE(args[0]) || (IS_OBJ(args[0]) && val_type(args[0])->nb_index)) {
            if (num_as_ssize(args[0], &IndexError_type, &i) < 0) return VNULL;
        } else
            return err_format(&TypeError_type, "'%s' object cannot be interpreted as an integer",
                              val_type(args[0])->name);
    }
    ByteArray *a = BA_OF(self);
    wlock_acquire(&a->lock);
    int64_t n = a->len;
    if (n == 0) {
        wlock_release(&a->lock);
        return err_str(&IndexError_type, "pop from empty bytearray");
    }
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        wlock_release(&a->lock);
        return err_str(&IndexError_type, "pop index out of range");
    }
    uint8_t *d = a->buf->data;
    uint8_t c = d[i];
    memmove(d + i, d + i + 1, (size_t)(n - i - 1));
    ba_set_len(a, n - 1);
    wlock_release(&a->lock);
    return MK_INT(c);
}

Value bytearray_m_remove(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (ba_args("remove", nargs, kw, 1) < 0) return VNULL;
    uint8_t c;
    if (byte_value(args[0], &c) < 0) return VNULL;
    ByteArray *a = BA_OF(self);
    wlock_acquire(&a->lock);
    int64_t n = a->len;
    uint8_t *d = a->buf ? a->buf->data : NULL;
    uint8_t *f = d ? memchr(d, c, (size_t)n) : NULL;
    if (!f) {
        wlock_release(&a->lock);
        return err_str(&ValueError_type, "value not found in bytearray");
    }
    memmove(f, f + 1, (size_t)(n - (f - d) - 1));
    ba_set_len(a, n - 1);
    wlock_release(&a->lock);
    return NONE;
}

Value bytearray_m_reverse(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (ba_args("reverse", nargs, kw, 0) < 0) return VNULL;
    ByteArray *a = BA_OF(self);
    wlock_acquire(&a->lock);
    int64_t n = a->len;
    uint8_t *d = a->buf ? a->buf->data : NULL;
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        uint8_t t = d[i];
        d[i] = d[j];
        d[j] = t;
    }
    wlock_release(&a->lock);
    return NONE;
}

Value bytearray_m_clear(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (ba_args("clear", nargs, kw, 0) < 0) return VNULL;
    ByteArray *a = BA_OF(self);
    wlock_acquire(&a->lock);
    ba_set_len(a, 0);
    wlock_release(&a->lock);
    return NONE;
}

Value bytearray_m_copy(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (ba_args("copy", nargs, kw, 0) < 0) return VNULL;
    const uint8_t *p;
    int64_t n;
    bytes_view(self, &p, &n);
    ByteArray *r = bytearray_new(p, (size_t)n);
    return r ? OBJ_VAL(r) : VNULL;
}

Value bytearray_m_alloc(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (ba_args("__alloc__", nargs, kw, 0) < 0) return VNULL;
    ByteBuf *b = BA_OF(self)->buf;
    return MK_INT(b ? b->cap + 1 : 0);
}

/* ---------------------------------------------------------------------
 * Slots
 */
static Str *ba_repr(Value v) {
    const uint8_t *p;
    int64_t n;
    bytes_view(v, &p, &n);
    uint8_t *copy = malloc((size_t)n + 1);
    if (!copy) {
        err_no_memory();
        return NULL;
    }
    memcpy(copy, p, (size_t)n);
    char prefix[256];
    snprintf(prefix, sizeof prefix, "%s(", val_type(v)->name);
    Str *r = bytes_repr_raw(copy, n, prefix, ")");
    free(copy);
    return r;
}

static int64_t ba_len(Value v) { return __atomic_load_n(&BA_OF(v)->len, __ATOMIC_ACQUIRE); }

static Value ba_getitem(Value self, Value key) { return bytes_getitem_any(self, key, true); }

static int ba_setitem(Value self, Value key, Value v) {
    ByteArray *a = BA_OF(self);
    if (IS_INT(key) || IS_INTLIKE(key) || (IS_OBJ(key) && val_type(key)->nb_index && !IS_EXACT(key, slice_type))) {
        int64_t i;
        if (IS_INT(key)) i = INT_VAL(key);
        else if (num_as_ssize(key, &IndexError_type, &i) < 0) return -1;
        uint8_t c = 0;
        if (v && byte_value(v, &c) < 0) return -1;
        wlock_acquire(&a->lock);
        int64_t n = a->len;
        if (i < 0) i += n;
        if (i < 0 || i >= n) {
            wlock_release(&a->lock);
            err_str(&IndexError_type, "bytearray index out of range");
            return -1;
        }
        if (v) {
            a->buf->data[i] = c;
            wlock_release(&a->lock);
            return 0;
        }
        uint8_t *d = a->buf->data;
        memmove(d + i, d + i + 1, (size_t)(n - i - 1));
        ba_set_len(a, n - 1);
        wlock_release(&a->lock);
        return 0;
    }
    if (!(IS_OBJ(key) && obj_is_instance_of(key, &slice_type))) {
        err_format(&TypeError_type, "bytearray indices must be integers or slices, not %s", val_type(key)->name);
        return -1;
    }
    uint8_t *src = NULL;
    int64_t m = 0;
    if (v) {
        if (IS_INTLIKE(v) || IS_STR(v) || (!val_type(v)->iter && !val_type(v)->getitem && !IS_BYTES(v) && !IS_BYTEARRAY(v))) {
            err_str(&TypeError_type, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            return -1;
        }
        if (bytes_collect(v, &src, &m, false, "bytearray") < 0) return -1;
    }
    int64_t start, stop, step, slen;
    if (slice_indices(AS(Slice, key), a->len, &start, &stop, &step, &slen) < 0) {
        free(src);
        return -1;
    }
    int r = 0;
    if (step == 1) {
        if (stop < start) stop = start;
        r = ba_splice(a, start, stop, src, m);
        free(src);
        return r;
    }
    wlock_acquire(&a->lock);
    int64_t n = a->len;
    /* clamp to the current length (it may have changed) */
    while (slen > 0 && (start + (slen - 1) * step >= n || start + (slen - 1) * step < 0)) slen--;
    if (v) {
        if (m != slen) {
            wlock_release(&a->lock);
            free(src);
            err_format(&ValueError_type, "attempt to assign bytes of size %lld to extended slice of size %lld",
                       (long long)m, (long long)slen);
            return -1;
        }
        for (int64_t i = 0, j = start; i < slen; i++, j += step) a->buf->data[j] = src[i];
    } else if (slen > 0) {
        /* delete every step-th byte: normalise to ascending order */
        if (step < 0) {
            start = start + (slen - 1) * step;
            step = -step;
        }
        uint8_t *d = a->buf->data;
        int64_t w = start, nextdel = start, deleted = 0;
        for (int64_t rd = start; rd < n; rd++) {
            if (deleted < slen && rd == nextdel) {
                deleted++;
                nextdel += step;
                continue;
            }
            d[w++] = d[rd];
        }
        ba_set_len(a, n - deleted);
    }
    wlock_release(&a->lock);
    free(src);
    return r;
}

static Value ba_add(Value a, Value b) {
    const uint8_t *p, *q;
    int64_t n, m;
    if (!IS_BYTEARRAY(a)) return NOT_IMPLEMENTED;
    if (!(IS_BYTES(b) || IS_BYTEARRAY(b))) {
        if (val_type(b)->flags & TF_HEAPTYPE) return NOT_IMPLEMENTED;
        return err_format(&TypeError_type, "can't concat %s to bytearray", val_type(b)->name);
    }
    bytes_view(b, &q, &m);
    bytes_view(a, &p, &n);
    ByteArray *r = bytearray_new(NULL, (size_t)(n + m));
    if (!r) return VNULL;
    bytes_view(a, &p, &n);
    bytes_view(b, &q, &m);
    if (r->buf && n + m <= r->buf->cap) {
        memcpy(r->buf->data, p, (size_t)n);
        memcpy(r->buf->data + n, q, (size_t)m);
        r->len = n + m;
    }
    return OBJ_VAL(r);
}

static Value ba_iadd(Value a, Value b) {
    if (!IS_BYTEARRAY(a)) return NOT_IMPLEMENTED;
    if (!(IS_BYTES(b) || IS_BYTEARRAY(b))) {
        if (val_type(b)->flags & TF_HEAPTYPE) return NOT_IMPLEMENTED;
        return err_format(&TypeError_type, "can't concat %s to bytearray", val_type(b)->name);
    }
    const uint8_t *q;
    int64_t m;
    bytes_view(b, &q, &m);
    uint8_t *copy = malloc((size_t)m + 1);
    if (!copy) return err_no_memory();
    memcpy(copy, q, (size_t)m);
    int r = ba_splice(BA_OF(a), INT64_MAX, INT64_MAX, copy, m);
    free(copy);
    return r < 0 ? VNULL : a;
}

static Value ba_mul(Value a, Value b) {
    if (!IS_BYTEARRAY(a) && !IS_BYTEARRAY(b)) return NOT_IMPLEMENTED;
    return bytes_mul_any(a, b, true);
}

static Value ba_imul(Value a, Value b) {
    if (!IS_BYTEARRAY(a)) return NOT_IMPLEMENTED;
    int64_t count;
    if (IS_INT(b)) count = INT_VAL(b);
    else if (IS_INTLIKE(b) || (IS_OBJ(b) && val_type(b)->nb_index)) {
        if (num_as_ssize(b, &OverflowError_type, &count) < 0) return VNULL;
    } else {
        if (val_type(b)->flags & TF_HEAPTYPE) return NOT_IMPLEMENTED;
        return err_format(&TypeError_type, "can't multiply sequence by non-int of type '%s'", val_type(b)->name);
    }
    ByteArray *x = BA_OF(a);
    wlock_acquire(&x->lock);
    int64_t n = x->len;
    if (count <= 0 || n == 0) {
        ba_set_len(x, 0);
        wlock_release(&x->lock);
        return a;
    }
    if (n > INT64_MAX / 4 / count) {
        wlock_release(&x->lock);
        return err_no_memory();
    }
    if (reserve_locked(x, n * count) < 0) {
        wlock_release(&x->lock);
        return VNULL;
    }
    uint8_t *d = x->buf->data;
    for (int64_t i = 1; i < count; i++) memcpy(d + i * n, d, (size_t)n);
    ba_set_len(x, n * count);
    wlock_release(&x->lock);
    return a;
}

static Value ba_mod(Value a, Value b) {
    if (!IS_BYTEARRAY(a)) return NOT_IMPLEMENTED;
    Value r = percent_format(a, b, true);
    if (!r) return VNULL;
    ByteArray *x = bytearray_new(AS(Bytes, r)->data, (size_t)AS(Bytes, r)->len);
    return x ? OBJ_VAL(x) : VNULL;
}

static Value ba_iter(Value v) { return bytes_iter_any(v, &bytearray_iter_type); }

/* As in CPython, bytearray.__new__ only allocates and __init__ fills, so
 * a subclass may give __init__ its own signature. */
static Value ba_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    ByteArray *a = ba_alloc(t, NULL, 0);
    return a ? OBJ_VAL(a) : VNULL;
}

static Value ba_init(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    uint8_t *buf;
    int64_t n;
    if (bytes_ctor_args("bytearray", args, nargs, kwnames, &buf, &n, NULL) < 0) return VNULL;
    ByteArray *a = BA_OF(self);
    wlock_acquire(&a->lock);
    int r = 0;
    if (a->buf && a->buf->cap >= n) {
        memcpy(a->buf->data, buf, (size_t)n);
    } else {
        ByteBuf *nb = buf_new(n);
        if (nb) {
            memcpy(nb->data, buf, (size_t)n);
            SET_FIELD(a, a->buf, nb);
        } else {
            r = -1;
        }
    }
    if (r == 0) ba_set_len(a, n);
    wlock_release(&a->lock);
    free(buf);
    return r < 0 ? VNULL : NONE;
}

Type bytearray_type = {
    .hdr = {&type_type},
    .name = "bytearray",
    .basicsize = sizeof(ByteArray),
    .flags = TF_BASETYPE,
    .trace = ba_trace,
    .new_ = ba_new,
    .init = ba_init,
    .repr = ba_repr,
    .str = ba_repr,
    .richcompare = bytes_richcompare_any,
    .iter = ba_iter,
    .len = ba_len,
    .getitem = ba_getitem,
    .setitem = ba_setitem,
    .contains = bytes_contains_any,
    .nb = {[NB_ADD] = ba_add, [NB_MUL] = ba_mul, [NB_MOD] = ba_mod},
    .nb_inplace = {[NB_ADD] = ba_iadd, [NB_MUL] = ba_imul},
    .methods = bytearray_methods,
    .doc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array",
};
