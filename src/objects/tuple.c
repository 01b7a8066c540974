/* tuple.c - the immutable tuple, its iterator, and helpers shared by the
 * sequence types (index conversion, lexicographic comparison, the
 * per-thread repr guard).
 *
 * Invariant: a tuple's items are all set (non-VNULL) before the tuple is
 * published; after that nothing writes them.  The hash cache may be filled
 * by racing threads with the same value (relaxed stores).
 *
 * Thread-safety: immutable, so no locking.  The tuple iterator's position
 * is read and written without a lock: racing threads sharing one iterator
 * may see an item twice, never read out of bounds (the index is checked
 * against the tuple's fixed length on a local copy).
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime.h"

static struct {
    Tuple t;
} empty_tuple_obj = {{{&tuple_type}, 0, -1}};
Tuple *tuple_empty = &empty_tuple_obj.t;

/* ------------------------------------------------------------ helpers -- */

/* Objects whose repr is in progress on this thread.  The entries are also
 * arguments of live repr calls on this thread's C stack, so keeping them in
 * malloc()ed memory does not hide them from the collector; they are only
 * compared by identity. */
static _Thread_local Value *repr_stack;
static _Thread_local int64_t repr_len, repr_cap;

int repr_enter(Value v) {
    for (int64_t i = 0; i < repr_len; i++)
        if (repr_stack[i] == v) return 1;
    if (repr_len == repr_cap) {
        int64_t ncap = repr_cap ? repr_cap * 2 : 16;
        Value *ns = realloc(repr_stack, (size_t)ncap * sizeof(Value));
        if (!ns) {
            err_no_memory();
            return -1;
        }
        repr_stack = ns;
        repr_cap = ncap;
    }
    repr_stack[repr_len++] = v;
    return 0;
}

void repr_leave(Value v) {
    for (int64_t i = repr_len - 1; i >= 0; i--) {
        if (repr_stack[i] == v) {
            memmove(&repr_stack[i], &repr_stack[i + 1],
                    (size_t)(repr_len - i - 1) * sizeof(Value));
            repr_len--;
            return;
        }
    }
}

int seq_index_value(Value key, int64_t *out) {
    if (IS_INT(key)) {
        *out = INT_VAL(key);
        return 1;
    }
    if (!val_type(key)->nb_index && !IS_INTLIKE(key)) return 0;
    if (num_as_ssize(key, &IndexError_type, out) < 0) return -1;
    return 1;
}

Value seq_richcompare(const Value *a, int64_t na, const Value *b, int64_t nb, int op) {
    int64_t i;
    for (i = 0; i < na && i < nb; i++) {
        Value x = a[i], y = b[i];
        if (x == y) continue;
        int r = obj_eq(x, y);
        if (r < 0) return VNULL;
        if (!r) break;
    }
    if (i >= na || i >= nb) {
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
    return obj_richcompare(a[i], b[i], op);
}

/* ------------------------------------------------------------ creation -- */

Tuple *tuple_new(int64_t len) {
    if (len == 0) return tuple_empty;
    if (len < 0 || len > (int64_t)(SIZE_MAX / 16)) {
        err_no_memory();
        return NULL;
    }
    Tuple *t = gc_alloc(&tuple_type, sizeof(Tuple) + (size_t)len * sizeof(Value));
    if (!t) return NULL;
    t->len = len;
    t->hash = -1;
    return t;
}

Tuple *tuple_from_array(const Value *items, int64_t n) {
    if (n == 0) return tuple_empty;
    Tuple *t = tuple_new(n);
    if (!t) return NULL;
    memcpy(t->items, items, (size_t)n * sizeof(Value));
    gc_barrier_bulk(&t->hdr);
    return t;
}

Tuple *tuple_pack(int64_t n, ...) {
    Tuple *t = tuple_new(n);
    if (!t) return NULL;
    va_list ap;
    va_start(ap, n);
    for (int64_t i = 0; i < n; i++) SET_FIELD(t, t->items[i], va_arg(ap, Value));
    va_end(ap);
    return t;
}

Tuple *tuple_slice(Tuple *t, int64_t start, int64_t stop) {
    if (start < 0) start = 0;
    if (stop > t->len) stop = t->len;
    if (stop <= start) return tuple_empty;
    if (start == 0 && stop == t->len && IS_EXACT(OBJ_VAL(t), tuple_type)) return t;
    return tuple_from_array(t->items + start, stop - start);
}

Value tuple_subtype_new(Type *tp, Tuple *items) {
    if (tp == &tuple_type) return OBJ_VAL(items);
    int64_t n = items->len;
    Tuple *t = gc_alloc_instance(tp, sizeof(Tuple) + (size_t)n * sizeof(Value));
    if (!t) return VNULL;
    t->len = n;
    t->hash = -1;
    if (n) {
        memcpy(t->items, items->items, (size_t)n * sizeof(Value));
        gc_barrier_bulk(&t->hdr);
    }
    return OBJ_VAL(t);
}

/* -------------------------------------------------------------- slots -- */

static void tuple_trace(Obj *o, Tracer *tr) {
    Tuple *t = (Tuple *)o;
    gc_mark_range(tr, t->items, (size_t)t->len);
}

static Str *tuple_repr(Value self) {
    Tuple *t = AS(Tuple, self);
    if (t->len == 0) return str_from_cstr("()");
    int r = repr_enter(self);
    if (r < 0) return NULL;
    if (r > 0) return str_from_cstr("(...)");
    StrBuilder b;
    sb_init(&b);
    Str *res = NULL;
    if (thread_enter_recursive(" while getting the repr of an object") < 0) goto done;
    sb_append_char(&b, '(');
    for (int64_t i = 0; i < t->len; i++) {
        if (i) sb_append_cstr(&b, ", ");
        Str *s = obj_repr(t->items[i]);
        if (!s) {
            thread_leave_recursive();
            goto done;
        }
        sb_append_str(&b, s);
    }
    thread_leave_recursive();
    if (t->len == 1) sb_append_char(&b, ',');
    sb_append_char(&b, ')');
    res = sb_finish(&b);
    repr_leave(self);
    return res;
done:
    sb_free(&b);
    repr_leave(self);
    return NULL;
}

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static int64_t tuple_hash(Value self) {
    Tuple *t = AS(Tuple, self);
    int64_t h = __atomic_load_n(&t->hash, __ATOMIC_RELAXED);
    if (h != -1) return h;
    uint64_t acc = XXPRIME_5;
    for (int64_t i = 0; i < t->len; i++) {
        int64_t lane = obj_hash(t->items[i]);
        if (lane == -1) return -1;
        acc += (uint64_t)lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)t->len ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1) acc = 1546275796;
    h = (int64_t)acc;
    /* racing threads store the same value */
    __atomic_store_n(&t->hash, h, __ATOMIC_RELAXED);
    return h;
}

static Value tuple_richcompare(Value a, Value b, int op) {
    if (!IS_TUPLE(a) || !IS_TUPLE(b)) return NOT_IMPLEMENTED;
    Tuple *x = AS(Tuple, a), *y = AS(Tuple, b);
    return seq_richcompare(x->items, x->len, y->items, y->len, op);
}

static int64_t tuple_len_slot(Value self) { return AS(Tuple, self)->len; }

static Value tuple_getitem(Value self, Value key) {
    Tuple *t = AS(Tuple, self);
    int64_t i;
    if (IS_INT(key)) {
        i = INT_VAL(key);
    } else if (IS_EXACT(key, slice_type)) {
        int64_t start, stop, step, n;
        if (slice_indices(AS(Slice, key), t->len, &start, &stop, &step, &n) < 0) return VNULL;
        if (step == 1) return OBJ_VAL(tuple_slice(t, start, start + n));
        Tuple *r = tuple_new(n);
        if (!r) return VNULL;
        for (int64_t k = 0, j = start; k < n; k++, j += step) SET_FIELD(r, r->items[k], t->items[j]);
        return OBJ_VAL(r);
    } else {
        int ok = seq_index_value(key, &i);
        if (ok < 0) return VNULL;
        if (!ok)
            return err_format(&TypeError_type, "tuple indices must be integers or slices, not %T", key);
    }
    if (i < 0) i += t->len;
    if (i < 0 || i >= t->len) return err_str(&IndexError_type, "tuple index out of range");
    return t->items[i];
}

static int tuple_contains(Value self, Value item) {
    Tuple *t = AS(Tuple, self);
    for (int64_t i = 0; i < t->len; i++) {
        if (t->items[i] == item) return 1;
        int r = obj_eq(t->items[i], item);
        if (r) return r;
    }
    return 0;
}

/* True when `other` has no multiplication of its own to offer, so that
 * sequence * other should report CPython's sequence message. */
static bool seq_mul_unsupported(Value other) {
    Type *t = val_type(other);
    return t->nb[NB_MUL] == NULL || IS_STR(other) || IS_TUPLE(other) || IS_LIST(other) ||
           IS_BYTES(other);
}

static Value tuple_add(Value a, Value b) {
    if (!IS_TUPLE(a)) return NOT_IMPLEMENTED;
    if (!IS_TUPLE(b)) {
        Type *bt = val_type(b);
        if (bt->nb[NB_ADD] == NULL || IS_LIST(b) || IS_STR(b))
            return err_format(&TypeError_type,
                              "can only concatenate tuple (not \"%s\") to tuple",
                              type_name(bt));
        return NOT_IMPLEMENTED;
    }
    Tuple *x = AS(Tuple, a), *y = AS(Tuple, b);
    if (y->len == 0 && IS_EXACT(a, tuple_type)) return a;
    if (x->len == 0 && IS_EXACT(b, tuple_type)) return b;
    Tuple *r = tuple_new(x->len + y->len);
    if (!r) return VNULL;
    memcpy(r->items, x->items, (size_t)x->len * sizeof(Value));
    memcpy(r->items + x->len, y->items, (size_t)y->len * sizeof(Value));
    gc_barrier_bulk(&r->hdr);
    return OBJ_VAL(r);
}

static Value tuple_mul(Value a, Value b) {
    Value seq = a, n = b;
    if (!IS_TUPLE(a)) {
        seq = b;
        n = a;
    }
    if (!IS_TUPLE(seq)) return NOT_IMPLEMENTED;
    int64_t k;
    int ok = IS_INT(n) ? (k = INT_VAL(n), 1) : 0;
    if (!ok) {
        if (!val_type(n)->nb_index && !IS_INTLIKE(n)) {
            if (seq_mul_unsupported(n))
                return err_format(&TypeError_type, "can't multiply sequence by non-int of type '%s'",
                                  type_name(val_type(n)));
            return NOT_IMPLEMENTED;
        }
        if (num_as_ssize(n, &OverflowError_type, &k) < 0) return VNULL;
    }
    Tuple *t = AS(Tuple, seq);
    if (k < 0) k = 0;
    if (k == 1 && IS_EXACT(seq, tuple_type)) return seq;
    if (t->len == 0 || k == 0) return OBJ_VAL(tuple_empty);
    if (t->len > INT64_MAX / 16 / k) return err_no_memory();
    Tuple *r = tuple_new(t->len * k);
    if (!r) return VNULL;
    for (int64_t i = 0; i < k; i++) {
        memcpy(r->items + i * t->len, t->items, (size_t)t->len * sizeof(Value));
        if ((i & 1023) == 1023) SAFEPOINT();
    }
    gc_barrier_bulk(&r->hdr);
    return OBJ_VAL(r);
}

static Value tuple_new_slot(Type *tp, Value *args, size_t nargs, Tuple *kwnames) {
    if (tp == &tuple_type && kwnames && kwnames->len)
        return err_str(&TypeError_type, "tuple() takes no keyword arguments");
    if (nargs > 1) return err_format(&TypeError_type, "tuple expected at most 1 argument, got %zu", nargs);
    Tuple *items;
    if (nargs == 0) items = tuple_empty;
    else {
        items = obj_to_tuple(args[0]);
        if (!items) return VNULL;
    }
    return tuple_subtype_new(tp, items);
}

static Value tuple_iter(Value self);

/* ------------------------------------------------------------ methods -- */

static Value tuple_count(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("count", nargs, 1, 1) < 0) return VNULL;
    Tuple *t = AS(Tuple, self);
    int64_t c = 0;
    for (int64_t i = 0; i < t->len; i++) {
        int r = t->items[i] == args[0] ? 1 : obj_eq(t->items[i], args[0]);
        if (r < 0) return VNULL;
        c += r;
    }
    return MK_INT(c);
}

/* Shared by tuple.index, list.index, range.index: optional start/stop. */
int seq_index_bounds(Value *args, size_t nargs, int64_t len, int64_t *start, int64_t *stop);
int seq_index_bounds(Value *args, size_t nargs, int64_t len, int64_t *start, int64_t *stop) {
    *start = 0;
    *stop = INT64_MAX;
    for (size_t k = 1; k < nargs; k++) {
        int64_t v;
        if (!IS_INT(args[k]) && !val_type(args[k])->nb_index && !IS_INTLIKE(args[k])) {
            err_str(&TypeError_type,
                    "slice indices must be integers or have an __index__ method");
            return -1;
        }
        if (num_as_ssize(args[k], NULL, &v) < 0) return -1;
        if (k == 1) *start = v;
        else *stop = v;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0) *stop = 0;
    }
    return 0;
}

static Value tuple_index(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("index", nargs, 1, 3) < 0) return VNULL;
    Tuple *t = AS(Tuple, self);
    int64_t start, stop;
    if (seq_index_bounds(args, nargs, t->len, &start, &stop) < 0) return VNULL;
    for (int64_t i = start; i < stop && i < t->len; i++) {
        int r = t->items[i] == args[0] ? 1 : obj_eq(t->items[i], args[0]);
        if (r < 0) return VNULL;
        if (r) return MK_INT(i);
    }
    return err_str(&ValueError_type, "tuple.index(x): x not in tuple");
}

static Value tuple_getnewargs(Value self, Value *args, size_t nargs, Tuple *kw) {
    Tuple *t = AS(Tuple, self);
    Tuple *copy = tuple_from_array(t->items, t->len);
    if (!copy) return VNULL;
    return OBJ_VAL(tuple_pack(1, OBJ_VAL(copy)));
}

static const MethodDef tuple_methods[] = {
    {"count", tuple_count, METH_NOKW, "Return number of occurrences of value."},
    {"index", tuple_index, METH_NOKW, "Return first index of value."},
    {"__getnewargs__", tuple_getnewargs, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};

Type tuple_type = {
    .hdr = {&type_type},
    .name = "tuple",
    .basicsize = sizeof(Tuple),
    .itemsize = sizeof(Value),
    .flags = TF_BASETYPE | TF_TUPLE_SUBCLASS,
    .trace = tuple_trace,
    .new_ = tuple_new_slot,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .len = tuple_len_slot,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .nb = {[NB_ADD] = tuple_add, [NB_MUL] = tuple_mul},
    .methods = tuple_methods,
    .doc = "Built-in immutable sequence.",
};

/* ----------------------------------------------------------- iterator -- */

typedef struct TupleIter {
    Obj hdr;
    Tuple *t;          /* NULL once exhausted */
    int64_t i;
} TupleIter;

static void tuple_iter_trace(Obj *o, Tracer *tr) { GC_MARK(tr, ((TupleIter *)o)->t); }

static Value tuple_iter(Value self) {
    TupleIter *it = gc_alloc(&tuple_iter_type, sizeof(TupleIter));
    if (!it) return VNULL;
    SET_FIELD(it, it->t, AS(Tuple, self));
    return OBJ_VAL(it);
}

static Value tuple_iter_next(Value self) {
    TupleIter *it = AS(TupleIter, self);
    Tuple *t = __atomic_load_n(&it->t, __ATOMIC_ACQUIRE);
    if (!t) return VNULL;
    int64_t i = RELAXED_LD(it->i);
    do {
        if (i >= t->len) {
            SET_FIELD(it, it->t, (Tuple *)NULL);
            return VNULL;
        }
    } while (!ITER_CLAIM(it->i, i, i + 1));
    return t->items[i];
}

static Value self_iter(Value self) { return self; }

static Value tuple_iter_length_hint(Value self, Value *args, size_t nargs, Tuple *kw) {
    TupleIter *it = AS(TupleIter, self);
    Tuple *t = it->t;
    return MK_INT(t && it->i < t->len ? t->len - it->i : 0);
}

static const MethodDef tuple_iter_methods[] = {
    {"__length_hint__", tuple_iter_length_hint, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};

Type tuple_iter_type = {
    .hdr = {&type_type},
    .name = "tuple_iterator",
    .basicsize = sizeof(TupleIter),
    .trace = tuple_iter_trace,
    .iter = self_iter,
    .iternext = tuple_iter_next,
    .methods = tuple_iter_methods,
};
