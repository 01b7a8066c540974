/* range.c - the immutable range object and its iterators.
 *
 * start/stop/step/length are ints, small or big; everything is O(1):
 * len, `in` for ints, index, count, subscripts and slicing (which yield a
 * new range).  Iteration uses int64 counters when every value the range
 * produces is a small int (range_iter_type); otherwise it steps with big
 * int arithmetic (longrange_iter_type).
 *
 * Thread-safety: range objects are immutable.  Iterator state is plain
 * memory: threads sharing one iterator may see a value twice, never one
 * outside the range (the remaining count is checked on a local copy).
 */
#include "../runtime.h"

static inline bool all_small(Value a, Value b, Value c) { return IS_INT(a) && IS_INT(b) && IS_INT(c); }

static Value compute_len(Value lo, Value hi, Value step) {
    if (all_small(lo, hi, step)) {
        int64_t l = INT_VAL(lo), h = INT_VAL(hi), s = INT_VAL(step);
        if (s > 0 && l < h) return int_from_i64((h - l - 1) / s + 1);
        if (s < 0 && l > h) return int_from_i64((l - h - 1) / (-s) + 1);
        return MK_INT(0);
    }
    int sg = int_sign(step);
    Value diff, st = step;
    if (sg > 0) {
        if (int_compare(lo, hi) >= 0) return MK_INT(0);
        diff = int_sub(hi, lo);
    } else {
        if (int_compare(lo, hi) <= 0) return MK_INT(0);
        diff = int_sub(lo, hi);
        if (diff) st = int_sub(MK_INT(0), step);
    }
    if (!diff || !st) return VNULL;
    diff = int_sub(diff, MK_INT(1));
    if (!diff) return VNULL;
    Value q = int_floordiv(diff, st);
    if (!q) return VNULL;
    return int_add(q, MK_INT(1));
}

static Range *range_alloc(Value start, Value stop, Value step, Value len) {
    Range *r = gc_alloc(&range_type, sizeof(Range));
    if (!r) return NULL;
    SET_FIELD(r, r->start, start);
    SET_FIELD(r, r->stop, stop);
    SET_FIELD(r, r->step, step);
    SET_FIELD(r, r->length, len);
    return r;
}

Value range_new(Value start, Value stop, Value step) {
    if (int_sign(step) == 0) return err_str(&ValueError_type, "range() arg 3 must not be zero");
    Value len = compute_len(start, stop, step);
    if (!len) return VNULL;
    Range *r = range_alloc(start, stop, step, len);
    return r ? OBJ_VAL(r) : VNULL;
}

static Value as_index(Value v) {
    if (IS_INT(v)) return v;
    if (!val_type(v)->nb_index && !IS_INTLIKE(v))
        return err_format(&TypeError_type, "'%s' object cannot be interpreted as an integer",
                          type_name(val_type(v)));
    return num_index(v);
}

static Value range_new_slot(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    if (kwnames && kwnames->len) return err_str(&TypeError_type, "range() takes no keyword arguments");
    if (nargs == 0) return err_str(&TypeError_type, "range expected at least 1 argument, got 0");
    if (nargs > 3) return err_format(&TypeError_type, "range expected at most 3 arguments, got %zu", nargs);
    Value v[3];
    for (size_t i = 0; i < nargs; i++) {
        v[i] = as_index(args[i]);
        if (!v[i]) return VNULL;
    }
    if (nargs == 1) return range_new(MK_INT(0), v[0], MK_INT(1));
    return range_new(v[0], v[1], nargs == 3 ? v[2] : MK_INT(1));
}

static void range_trace(Obj *o, Tracer *tr) {
    Range *r = (Range *)o;
    gc_mark(tr, r->start);
    gc_mark(tr, r->stop);
    gc_mark(tr, r->step);
    gc_mark(tr, r->length);
}

static Str *range_repr(Value self) {
    Range *r = AS(Range, self);
    if (r->step == MK_INT(1)) return str_format("range(%R, %R)", r->start, r->stop);
    return str_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static int64_t range_len_slot(Value self) {
    Range *r = AS(Range, self);
    if (IS_INT(r->length)) return INT_VAL(r->length);
    int64_t n;
    if (int_as_i64(r->length, &n) == 0) return n;
    err_clear();
    err_str(&OverflowError_type, "Python int too large to convert to C ssize_t");
    return -1;
}

/* A slice bound as an int (big allowed), clamped to [lower, upper] after
 * adding length to negatives; None gives dflt. */
static Value slice_bound(Value v, Value length, Value lower, Value upper, Value dflt) {
    if (v == NONE) return dflt;
    if (!IS_INT(v) && !val_type(v)->nb_index && !IS_INTLIKE(v))
        return err_str(&TypeError_type,
                       "slice indices must be integers or None or have an __index__ method");
    Value i = IS_INT(v) ? v : num_index(v);
    if (!i) return VNULL;
    if (int_sign(i) < 0) {
        i = int_add(i, length);
        if (!i) return VNULL;
        if (int_compare(i, lower) < 0) i = lower;
    } else if (int_compare(i, upper) > 0) {
        i = upper;
    }
    return i;
}

/* range[slice] with big-int arithmetic (CPython's compute_slice). */
static Value range_slice(Range *r, Slice *sl) {
    Value step = MK_INT(1);
    if (sl->step != NONE) {
        if (!IS_INT(sl->step) && !val_type(sl->step)->nb_index && !IS_INTLIKE(sl->step))
            return err_str(&TypeError_type,
                           "slice indices must be integers or None or have an __index__ method");
        step = IS_INT(sl->step) ? sl->step : num_index(sl->step);
        if (!step) return VNULL;
        if (int_sign(step) == 0) return err_str(&ValueError_type, "slice step cannot be zero");
    }
    bool neg = int_sign(step) < 0;
    Value lower = neg ? MK_INT(-1) : MK_INT(0);
    Value upper = neg ? int_add(r->length, MK_INT(-1)) : r->length;
    if (!upper) return VNULL;
    Value start = slice_bound(sl->start, r->length, lower, upper, neg ? upper : lower);
    if (!start) return VNULL;
    Value stop = slice_bound(sl->stop, r->length, lower, upper, neg ? lower : upper);
    if (!stop) return VNULL;
    Value nstep = int_mul(r->step, step);
    Value a = int_mul(start, r->step), b = int_mul(stop, r->step);
    if (!nstep || !a || !b) return VNULL;
    Value nstart = int_add(r->start, a), nstop = int_add(r->start, b);
    if (!nstart || !nstop) return VNULL;
    return range_new(nstart, nstop, nstep);
}

static int range_bool(Value self) { return AS(Range, self)->length != MK_INT(0); }

/* start + i*step for an int i already known in range. */
static Value range_item(Range *r, Value i) {
    if (all_small(r->start, r->step, i)) {
        __int128 v = (__int128)INT_VAL(r->start) + (__int128)INT_VAL(i) * INT_VAL(r->step);
        if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) return MK_INT((int64_t)v);
    }
    Value p = int_mul(i, r->step);
    if (!p) return VNULL;
    return int_add(r->start, p);
}

static Value range_getitem(Value self, Value key) {
    Range *r = AS(Range, self);
    if (IS_EXACT(key, slice_type)) return range_slice(r, AS(Slice, key));
    Value i;
    if (IS_INT(key)) i = key;
    else if (val_type(key)->nb_index || IS_INTLIKE(key)) {
        i = num_index(key);
        if (!i) return VNULL;
    } else {
        return err_format(&TypeError_type, "range indices must be integers or slices, not %T", key);
    }
    if (IS_INT(i) && IS_INT(r->length)) {
        int64_t k = INT_VAL(i), n = INT_VAL(r->length);
        if (k < 0) k += n;
        if (k < 0 || k >= n) return err_str(&IndexError_type, "range object index out of range");
        return range_item(r, MK_INT(k));
    }
    if (int_sign(i) < 0) {
        i = int_add(i, r->length);
        if (!i) return VNULL;
    }
    if (int_sign(i) < 0 || int_compare(i, r->length) >= 0)
        return err_str(&IndexError_type, "range object index out of range");
    return range_item(r, i);
}

/* Exact-int membership: 1, 0, -1. */
static int range_contains_int(Range *r, Value ob) {
    if (all_small(r->start, r->stop, r->step) && IS_INT(ob)) {
        int64_t s = INT_VAL(r->start), e = INT_VAL(r->stop), st = INT_VAL(r->step), v = INT_VAL(ob);
        if (st > 0 ? (v < s || v >= e) : (v > s || v <= e)) return 0;
        return (v - s) % st == 0;
    }
    if (int_sign(r->step) > 0) {
        if (int_compare(ob, r->start) < 0 || int_compare(ob, r->stop) >= 0) return 0;
    } else {
        if (int_compare(ob, r->start) > 0 || int_compare(ob, r->stop) <= 0) return 0;
    }
    Value d = int_sub(ob, r->start);
    if (!d) return -1;
    Value m = int_mod(d, r->step);
    if (!m) return -1;
    return int_sign(m) == 0;
}

static Value range_iter(Value self);

static int range_contains(Value self, Value ob) {
    Range *r = AS(Range, self);
    if (IS_INT(ob) || IS_EXACT(ob, int_type) || IS_EXACT(ob, bool_type))
        return range_contains_int(r, IS_INT(ob) ? ob : int_unwrap(ob));
    Value it = range_iter(self);
    if (!it) return -1;
    for (;;) {
        Value v = obj_iternext(it);
        if (!v) return err_occurred() ? -1 : 0;
        int c = obj_eq(v, ob);
        if (c) return c;
    }
}

static Value range_richcompare(Value a, Value b, int op) {
    if (!IS_EXACT(b, range_type) || (op != CMP_EQ && op != CMP_NE)) return NOT_IMPLEMENTED;
    Range *x = AS(Range, a), *y = AS(Range, b);
    bool eq;
    if (x == y) eq = true;
    else if (int_compare(x->length, y->length) != 0) eq = false;
    else if (x->length == MK_INT(0)) eq = true;
    else if (int_compare(x->start, y->start) != 0) eq = false;
    else if (x->length == MK_INT(1)) eq = true;
    else eq = int_compare(x->step, y->step) == 0;
    return BOOL_V(op == CMP_EQ ? eq : !eq);
}

static int64_t range_hash(Value self) {
    Range *r = AS(Range, self);
    Tuple *t;
    if (r->length == MK_INT(0)) t = tuple_pack(3, r->length, NONE, NONE);
    else if (r->length == MK_INT(1)) t = tuple_pack(3, r->length, r->start, NONE);
    else t = tuple_pack(3, r->length, r->start, r->step);
    if (!t) return -1;
    return obj_hash(OBJ_VAL(t));
}

static Value g_start(Value self) { return AS(Range, self)->start; }
static Value g_stop(Value self) { return AS(Range, self)->stop; }
static Value g_step(Value self) { return AS(Range, self)->step; }

static const GetSetDef range_getsets[] = {
    {"start", g_start, NULL},
    {"stop", g_stop, NULL},
    {"step", g_step, NULL},
    {NULL, NULL, NULL},
};

static Value m_count(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("count", nargs, 1, 1) < 0) return VNULL;
    Value ob = args[0];
    if (IS_INT(ob) || IS_EXACT(ob, int_type) || IS_EXACT(ob, bool_type)) {
        int c = range_contains_int(AS(Range, self), IS_INT(ob) ? ob : int_unwrap(ob));
        return c < 0 ? VNULL : MK_INT(c);
    }
    Value it = range_iter(self);
    if (!it) return VNULL;
    int64_t n = 0;
    for (;;) {
        Value v = obj_iternext(it);
        if (!v) return err_occurred() ? VNULL : MK_INT(n);
        int c = obj_eq(v, ob);
        if (c < 0) return VNULL;
        n += c;
    }
}

static Value m_index(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("index", nargs, 1, 1) < 0) return VNULL;
    Range *r = AS(Range, self);
    Value ob = args[0];
    if (IS_INT(ob) || IS_EXACT(ob, int_type) || IS_EXACT(ob, bool_type)) {
        Value o = IS_INT(ob) ? ob : int_unwrap(ob);
        int c = range_contains_int(r, o);
        if (c < 0) return VNULL;
        if (!c) return err_format(&ValueError_type, "%R is not in range", ob);
        Value d = int_sub(o, r->start);
        if (!d) return VNULL;
        return int_floordiv(d, r->step);
    }
    Value it = range_iter(self);
    if (!it) return VNULL;
    for (int64_t i = 0;; i++) {
        Value v = obj_iternext(it);
        if (!v) {
            if (err_occurred()) return VNULL;
            return err_format(&ValueError_type, "%R is not in range", ob);
        }
        int c = obj_eq(v, ob);
        if (c < 0) return VNULL;
        if (c) return MK_INT(i);
    }
}

/* ---------------------------------------------------------- iterators -- */

typedef struct RangeIter {
    Obj hdr;
    int64_t next;
    int64_t step;
    int64_t remaining;
} RangeIter;

typedef struct LongRangeIter {
    Obj hdr;
    Value next;
    Value step;
    Value remaining;
} LongRangeIter;

static Value make_iter(Value start, Value step, Value len) {
    /* small path: start, step, len small and the last value small too */
    if (IS_INT(start) && IS_INT(step) && IS_INT(len)) {
        __int128 last = (__int128)INT_VAL(start) + ((__int128)INT_VAL(len) - 1) * INT_VAL(step);
        if (last >= SMALL_INT_MIN && last <= SMALL_INT_MAX) {
            RangeIter *it = gc_alloc(&range_iter_type, sizeof(RangeIter));
            if (!it) return VNULL;
            it->next = INT_VAL(start);
            it->step = INT_VAL(step);
            it->remaining = INT_VAL(len);
            return OBJ_VAL(it);
        }
    }
    LongRangeIter *it = gc_alloc(&longrange_iter_type, sizeof(LongRangeIter));
    if (!it) return VNULL;
    SET_FIELD(it, it->next, start);
    SET_FIELD(it, it->step, step);
    SET_FIELD(it, it->remaining, len);
    return OBJ_VAL(it);
}

static Value range_iter(Value self) {
    Range *r = AS(Range, self);
    return make_iter(r->start, r->step, r->length);
}

static Value m_reversed(Value self, Value *args, size_t nargs, Tuple *kw) {
    Range *r = AS(Range, self);
    if (r->length == MK_INT(0)) return make_iter(r->start, r->step, MK_INT(0));
    Value lm1 = int_sub(r->length, MK_INT(1));
    if (!lm1) return VNULL;
    Value last = range_item(r, lm1);
    if (!last) return VNULL;
    Value nstep = int_sub(MK_INT(0), r->step);
    if (!nstep) return VNULL;
    return make_iter(last, nstep, r->length);
}

static Value m_reduce(Value self, Value *args, size_t nargs, Tuple *kw) {
    Range *r = AS(Range, self);
    Tuple *a = tuple_pack(3, r->start, r->stop, r->step);
    if (!a) return VNULL;
    return OBJ_VAL(tuple_pack(2, OBJ_VAL(&range_type), OBJ_VAL(a)));
}

static const MethodDef range_methods[] = {
    {"count", m_count, METH_NOKW, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", m_index, METH_NOKW, "rangeobject.index(value) -> integer -- return index of value."},
    {"__reversed__", m_reversed, METH_NOKW, "Return a reverse iterator."},
    {"__reduce__", m_reduce, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};

Type range_type = {
    .hdr = {&type_type},
    .name = "range",
    .basicsize = sizeof(Range),
    .trace = range_trace,
    .new_ = range_new_slot,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .len = range_len_slot,
    .getitem = range_getitem,
    .contains = range_contains,
    .nb_bool = range_bool,
    .methods = range_methods,
    .getsets = range_getsets,
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object",
};

static Value iter_self(Value self) { return self; }

static Value range_iter_next(Value self) {
    RangeIter *it = AS(RangeIter, self);
    int64_t rem = RELAXED_LD(it->remaining);
    if (rem <= 0) return VNULL;
    int64_t v = RELAXED_LD(it->next);
    RELAXED_ST(it->remaining, rem - 1);
    RELAXED_ST(it->next, v + it->step);
    return MK_INT(v);
}

static Value range_iter_hint(Value self, Value *args, size_t nargs, Tuple *kw) {
    int64_t rem = AS(RangeIter, self)->remaining;
    return MK_INT(rem > 0 ? rem : 0);
}

static const MethodDef range_iter_methods[] = {
    {"__length_hint__", range_iter_hint, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};

Type range_iter_type = {
    .hdr = {&type_type},
    .name = "range_iterator",
    .basicsize = sizeof(RangeIter),
    .iter = iter_self,
    .iternext = range_iter_next,
    .methods = range_iter_methods,
};

/* Kept for the type list: reversed ranges use range_iter_type too. */
Type range_reviter_type = {
    .hdr = {&type_type},
    .name = "range_iterator",
    .basicsize = sizeof(RangeIter),
    .iter = iter_self,
    .iternext = range_iter_next,
    .methods = range_iter_methods,
};

static void longrange_trace(Obj *o, Tracer *tr) {
    LongRangeIter *it = (LongRangeIter *)o;
    gc_mark(tr, it->next);
    gc_mark(tr, it->step);
    gc_mark(tr, it->remaining);
}

static Value longrange_next(Value self) {
    LongRangeIter *it = AS(LongRangeIter, self);
    Value rem = it->remaining;
    if (int_sign(rem) <= 0) return VNULL;
    Value v = it->next;
    Value nrem = int_sub(rem, MK_INT(1));
    Value nnext = int_add(v, it->step);
    if (!nrem || !nnext) return VNULL;
    SET_FIELD(it, it->remaining, nrem);
    SET_FIELD(it, it->next, nnext);
    return v;
}

static Value longrange_hint(Value self, Value *args, size_t nargs, Tuple *kw) {
    return AS(LongRangeIter, self)->remaining;
}

static const MethodDef longrange_methods[] = {
    {"__length_hint__", longrange_hint, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};

Type longrange_iter_type = {
    .hdr = {&type_type},
    .name = "longrange_iterator",
    .basicsize = sizeof(LongRangeIter),
    .trace = longrange_trace,
    .iter = iter_self,
    .iternext = longrange_next,
    .methods = longrange_methods,
};
